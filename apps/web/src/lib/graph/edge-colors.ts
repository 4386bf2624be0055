/**
 * Resting colours of relations in the graph: a typed relation, and a mere co-occurrence (`related-to`),
 * drawn lighter so the specific relations stand out. Shared by sigma and the 2D preview.
 */
export const TYPED_EDGE_COLOR = '#8a96a8';
export const VAGUE_EDGE_COLOR = '#d9dee6';

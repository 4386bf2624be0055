/**
 * Colour of each concept kind in the graph, legend and mini-graphs: the Okabe–Ito palette (Okabe & Ito 2008),
 * built for categorical data and distinct under the common colour-vision deficiencies, plus a neutral grey.
 * Kinds that sit side by side in a notes graph (network / network mode, concept / tool, kernel feature /
 * term) get hues far apart. The light hues (orange, sky blue, yellow) are below 3:1 on white, so discs are
 * always drawn with a label or legend beside them, never as the only cue.
 */
export const KIND_COLORS: Readonly<Record<string, string>> = {
  component: '#0072B2', // blue
  storage: '#E69F00', // orange
  network: '#56B4E9', // sky blue
  'network-mode': '#009E73', // bluish green
  'kernel-feature': '#CC79A7', // reddish purple
  tool: '#D55E00', // vermilion
  concept: '#000000', // black
  resource: '#F0E442', // yellow
  command: '#7F7F7F', // grey
  term: '#B8B8B8', // light grey
};

/** Drawn for kinds the palette does not know. */
const UNKNOWN_KIND = '#7F7F7F';

/** The colour of `kind`; unknown kinds are grey. */
export function kindColor(kind: string): string {
  return KIND_COLORS[kind] ?? UNKNOWN_KIND;
}

/** A concept as the browser draws it (from the API's graphology export). */
export interface GraphNodeView {
  id: string;
  label: string;
  labelZh: string;
  labelEn: string;
  kind: string;
  aliases: string[];
  x: number;
  y: number;
  size: number;
  mentions: number;
}

/** A typed, directed relation between two concepts, with the passages that support it. */
export interface GraphEdgeView {
  id: string;
  source: string;
  target: string;
  type: string;
  evidence: string[];
  weight: number;
}

/** The whole concept graph, validated. */
export interface GraphView {
  nodes: GraphNodeView[];
  edges: GraphEdgeView[];
}

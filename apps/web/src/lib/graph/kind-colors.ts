/**
 * Colour of each concept kind in the graph, legend and mini-graphs. Every colour has at least 3:1 contrast
 * with white (WCAG non-text contrast), and neighbouring kinds differ in hue.
 */
export const KIND_COLORS: Readonly<Record<string, string>> = {
  'kernel-feature': '#7c3aed',
  component: '#2563eb',
  storage: '#b45309',
  network: '#0e7490',
  'network-mode': '#0f766e',
  tool: '#be185d',
  concept: '#dc2626',
  resource: '#4d7c0f',
  command: '#475569',
  term: '#9333ea',
};

/** The colour of `kind`; unknown kinds are grey. */
export function kindColor(kind: string): string {
  return KIND_COLORS[kind] ?? '#64748b';
}

import type { GraphNodeView } from './graph-view';

/**
 * A concept node of a graph view for tests: labelled by its id in both languages, at the origin, size 1,
 * mentioned once, with `fields` laid over.
 *
 * @example
 * graphNode('docker', { x: 3, size: 5 }); // { id: 'docker', label: 'docker', …, x: 3, y: 0, size: 5, mentions: 1 }
 */
export function graphNode(id: string, fields: Partial<GraphNodeView> = {}): GraphNodeView {
  return {
    id,
    label: id,
    labelZh: id,
    labelEn: id,
    kind: 'concept',
    aliases: [],
    x: 0,
    y: 0,
    size: 1,
    mentions: 1,
    ...fields,
  };
}

import { describe, expect, it } from 'vitest';
import type { GraphNodeView } from './graph-view';
import { matchConcepts } from './match-concepts';

const node = (
  id: string,
  labelZh: string,
  labelEn: string,
  aliases: string[],
  mentions = 1,
): GraphNodeView => ({
  id,
  label: labelZh,
  labelZh,
  labelEn,
  kind: 'concept',
  aliases,
  x: 0,
  y: 0,
  size: 1,
  mentions,
});
const nodes = [
  node('namespaces', '命名空间', 'Namespaces', ['namespace', 'ns'], 5),
  node('cgroups', 'Cgroups', 'Cgroups', ['cgroup', '控制组'], 8),
  node('container', '容器', 'Container', ['containers'], 12),
  node('libcontainer', 'libcontainer', 'libcontainer', [], 1),
];

describe('matchConcepts', () => {
  it('finds a concept by any alias, in either language', () => {
    expect(matchConcepts(nodes, '命名空间')[0]?.id).toBe('namespaces');
    expect(matchConcepts(nodes, 'NAMESPACE')[0]?.id).toBe('namespaces');
    expect(matchConcepts(nodes, '控制组')[0]?.id).toBe('cgroups');
  });

  it('ranks exact, then prefix, then substring matches', () => {
    expect(matchConcepts(nodes, 'container').map((n) => n.id)).toEqual(['container', 'libcontainer']);
  });

  it('treats full-width input like half-width and ignores empty queries', () => {
    expect(matchConcepts(nodes, 'ｃｇｒｏｕｐｓ')[0]?.id).toBe('cgroups');
    expect(matchConcepts(nodes, '   ')).toEqual([]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { seedKnowledgeBase } from '../test/corpus';
import { shortestConceptPath } from './shortest-concept-path';
import type { KnowledgeBase } from './types';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

describe('shortestConceptPath', () => {
  it('follows typed relations with their direction and evidence: bridge → DNAT → iptables', () => {
    const steps = shortestConceptPath(kb.graph, 'bridge', 'iptables');
    expect(steps?.map((s) => `${s.from} -${s.relation}/${s.direction}-> ${s.to}`)).toEqual([
      'bridge -requires/forward-> dnat',
      'dnat -implemented-by/forward-> iptables',
    ]);
    expect(steps?.[1]?.evidence).toContain('docker-concepts.zh#5.2');
  });

  it('walks relations backwards when the question goes the other way', () => {
    const steps = shortestConceptPath(kb.graph, 'iptables', 'bridge');
    expect(steps?.map((s) => s.direction)).toEqual(['backward', 'backward']);
    expect(steps?.map((s) => s.edge)).toEqual(['dnat->implemented-by->iptables', 'bridge->requires->dnat']);
  });

  it('prefers a chain of typed relations to a co-occurrence shortcut', () => {
    const steps = shortestConceptPath(kb.graph, 'runc', 'lxc') ?? [];
    expect(steps.length).toBeGreaterThan(0);
    // runc ← libcontainer … docker → lxc: the stated relations at both ends, co-occurrence only in between.
    expect(steps[0]?.relation).toBe('replaced-by');
    expect(steps[steps.length - 1]?.relation).toBe('based-on');
    expect(steps.filter((s) => s.relation === 'related-to').length).toBeLessThanOrEqual(2);
  });

  it('is empty from a concept to itself, null to an unknown or unreachable one, and deterministic', () => {
    expect(shortestConceptPath(kb.graph, 'docker0', 'docker0')).toEqual([]);
    expect(shortestConceptPath(kb.graph, 'docker0', 'nope')).toBeNull();
    expect(shortestConceptPath(kb.graph, 'namespaces', 'overlay2')).toEqual(
      shortestConceptPath(kb.graph, 'namespaces', 'overlay2'),
    );
  });
});

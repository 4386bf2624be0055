import type { KnowledgeBase } from '@notetutor/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { knowledgeBaseFrom, seedKnowledgeBase } from '../../test/knowledge-base-from';
import { buildStudyPath } from './build-study-path';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

const ids = (path: ReturnType<typeof buildStudyPath>) => path.steps.map((s) => s.concept.id);

describe('buildStudyPath', () => {
  it('leads to DNAT through iptables, with the relation and the passage that say so', () => {
    const path = buildStudyPath(kb, { target: 'dnat' });
    expect(ids(path)).toEqual(['iptables', 'dnat']);
    const reason = path.steps[0]?.reason;
    expect(reason?.relation).toBe('implemented-by');
    expect(reason?.statement).toBe('DNAT is implemented by iptables');
    expect(reason?.evidence[0]?.quote).toContain('iptables');
    expect(path.steps[1]?.reason).toBeNull();
    expect(path.target?.id).toBe('dnat');
  });

  it('orders every prerequisite before what needs it, the target last', () => {
    const path = buildStudyPath(kb, { target: 'bridge' });
    const order = ids(path);
    expect(order.at(-1)).toBe('bridge');
    expect(order.indexOf('iptables')).toBeLessThan(order.indexOf('dnat'));
    expect(order.indexOf('dnat')).toBeLessThan(order.indexOf('bridge'));
    for (const step of path.steps)
      if (step.reason)
        expect(order.indexOf(step.concept.id)).toBeLessThan(order.indexOf(step.reason.prerequisiteOf.id));
  });

  it('puts mastered concepts after unmastered ones that are ready at the same time', () => {
    const parts = ['ipc-namespace', 'mount-namespace', 'pid-namespace', 'uts-namespace', 'user-namespace'];
    const plain = ids(buildStudyPath(kb, { target: 'namespaces', limit: 30 }));
    const first = plain.find((id) => parts.includes(id)) as string;
    const mastered = ids(
      buildStudyPath(kb, { target: 'namespaces', limit: 30, mastery: new Map([[first, 0.95]]) }),
    );
    expect(mastered.indexOf(first)).toBeGreaterThan(plain.indexOf(first));
    expect(mastered.at(-1)).toBe('namespaces');
  });

  it('starts a path without target at the most central concepts, in Chinese when asked', () => {
    const path = buildStudyPath(kb, { lang: 'zh' });
    expect(path.target).toBeNull();
    expect(ids(path)).toContain('container');
    expect(path.steps.find((s) => s.concept.id === 'container')?.concept.label).toBe('容器');
  });

  it('breaks a cycle the same way every time and says which link it dropped', () => {
    const cyclic = knowledgeBaseFrom({
      'loop.md': '# Loop\n\nDocker uses runc. runc uses iptables. iptables uses Docker.\n',
    });
    const a = buildStudyPath(cyclic, { target: 'docker' });
    const b = buildStudyPath(cyclic, { target: 'docker' });
    expect(a).toEqual(b);
    const order = ids(a);
    expect(order.at(-1)).toBe('docker');
    expect([...order].sort()).toEqual(['docker', 'iptables', 'runc']);
    // docker uses runc, runc uses iptables, iptables uses docker: one link must go, and it is the one broken.
    expect(a.brokenCycles).toHaveLength(1);
    const dropped = a.brokenCycles[0];
    if (!dropped) throw new Error('no link dropped');
    expect(order.indexOf(dropped.to)).toBeLessThan(order.indexOf(dropped.from));
  });
});

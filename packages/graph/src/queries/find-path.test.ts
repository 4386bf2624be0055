import { PathResultSchema } from '@notetutor/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedKnowledgeBase } from '../../test/corpus';
import type { KnowledgeBase } from '../types';
import { findPath } from './find-path';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

describe('findPath', () => {
  it('explains how bridge networking ends up in iptables, with the passages along the way', () => {
    const path = findPath(kb, 'bridge', 'iptables');
    expect(PathResultSchema.parse(path)).toEqual(path);
    expect(path.found).toBe(true);
    expect(path.from).toEqual({ id: 'bridge', label: '网桥 bridge' });
    expect(path.steps.map((s) => [s.from.id, s.relation, s.to.id])).toEqual([
      ['bridge', 'requires', 'dnat'],
      ['dnat', 'implemented-by', 'iptables'],
    ]);
    const texts = path.steps[1]?.evidence.map((p) => p.text).join('\n') ?? '';
    expect(texts).toContain('iptables');
    expect(path.steps[1]?.evidence.find((p) => p.lang === 'en')?.originalId).toBe('docker-concepts.zh#5.2');
  });

  it('reports not found for unknown concepts', () => {
    const path = findPath(kb, 'bridge', 'kubernetes');
    expect(path).toMatchObject({ found: false, steps: [], to: { id: 'kubernetes', label: 'kubernetes' } });
  });
});

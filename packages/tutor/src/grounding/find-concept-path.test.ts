import { findPath, type KnowledgeBase } from '@notetutor/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedKnowledgeBase } from '../../test/knowledge-base-fixture';
import { findConceptPath, MAX_PATH_LENGTH } from './find-concept-path';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

describe('findConceptPath', () => {
  it('explains every pair of seed concepts by the route /api/path shows (findPath), or not at all when longer', () => {
    const ids = kb.graph.nodes().sort();
    let compared = 0;
    let explained = 0;
    for (const from of ids) {
      for (const to of ids) {
        if (from === to) continue;
        const shown = findPath(kb, from, to);
        const chat = findConceptPath(kb, from, to, 'en');
        const route = (shown.found ? shown.steps : []).map((s) =>
          s.direction === 'forward'
            ? `${s.from.id} -${s.relation}-> ${s.to.id}`
            : `${s.to.id} -${s.relation}-> ${s.from.id}`,
        );
        if (!shown.found || route.length > MAX_PATH_LENGTH) {
          expect(chat, `${from} → ${to}`).toBeUndefined();
        } else {
          expect(
            chat?.map((r) => `${r.source} -${r.type}-> ${r.target}`),
            `${from} → ${to}`,
          ).toEqual(route);
          explained++;
        }
        compared++;
      }
    }
    expect(compared).toBe(ids.length * (ids.length - 1));
    // Most pairs of the seed are connected within the bound: the comparison is not vacuous.
    expect(explained).toBeGreaterThan(compared / 2);
  });

  it('gives each relation its evidence in the answer language', () => {
    const zh = findConceptPath(kb, 'bridge', 'iptables', 'zh') ?? [];
    const en = findConceptPath(kb, 'bridge', 'iptables', 'en') ?? [];
    expect(zh.map((r) => r.type)).toEqual(['requires', 'implemented-by']);
    expect(zh[1]?.evidence).toContain('docker-concepts.zh#5.2');
    expect(en[1]?.evidence.every((id) => id.includes('.en#'))).toBe(true);
  });

  it('has no path from a concept to itself or to an unknown one', () => {
    expect(findConceptPath(kb, 'docker0', 'docker0', 'en')).toBeUndefined();
    expect(findConceptPath(kb, 'docker0', 'nope', 'en')).toBeUndefined();
  });
});

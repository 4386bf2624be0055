import { describe, expect, it } from 'vitest';
import { toConceptDetail, toPathResult } from './to-concept-detail';

const passage = {
  id: 'n#2.3',
  text: 'Cgroups 限制资源',
  lang: 'zh',
  source: { file: 'n.md', heading: '1.', line: 8 },
  headingPath: ['一', '1.'],
};

describe('toConceptDetail', () => {
  it('accepts the API’s concept and merges duplicate neighbour entries', () => {
    const detail = toConceptDetail({
      id: 'cgroups',
      label: 'Cgroups',
      labelZh: 'Cgroups',
      labelEn: 'Cgroups',
      kind: 'kernel-feature',
      aliases: ['cgroup'],
      mentions: 4,
      definition: passage,
      evidence: [passage, { broken: true }],
      neighbours: [
        {
          concept: { id: 'container', label: '容器', kind: 'concept' },
          relation: 'limits',
          direction: 'out',
          evidence: ['a'],
        },
        {
          concept: { id: 'container', label: '容器', kind: 'concept' },
          relation: 'limits',
          direction: 'out',
          evidence: ['b'],
        },
        {
          concept: { id: 'kernel', label: '内核', kind: 'concept' },
          relation: 'part-of',
          direction: 'out',
          evidence: [],
        },
        { concept: 'nonsense' },
      ],
    });
    expect(detail?.definition?.source.line).toBe(8);
    expect(detail?.evidence).toHaveLength(1);
    expect(detail?.neighbours.map((n) => [n.concept.id, n.evidence])).toEqual([
      ['container', ['a', 'b']],
      ['kernel', []],
    ]);
  });

  it('refuses what is not a concept', () => {
    expect(toConceptDetail({ error: { code: 'not_found' } })).toBeUndefined();
    expect(toConceptDetail('container')).toBeUndefined();
  });
});

describe('toPathResult', () => {
  it('keeps well-formed steps and calls a path without steps not found', () => {
    const ok = toPathResult({
      from: { id: 'a', label: 'A' },
      to: { id: 'b', label: 'B' },
      found: true,
      steps: [
        {
          from: { id: 'a', label: 'A' },
          to: { id: 'b', label: 'B' },
          relation: 'uses',
          direction: 'backward',
          evidence: [passage],
        },
      ],
    });
    expect(ok?.steps[0]).toMatchObject({ relation: 'uses', direction: 'backward' });
    expect(toPathResult({ from: { id: 'a' }, to: { id: 'b' }, found: true, steps: [] })?.found).toBe(false);
  });
});

import { ConceptDetailSchema } from '@notetutor/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedKnowledgeBase } from '../../test/corpus';
import type { KnowledgeBase } from '../types';
import { describeConcept } from './describe-concept';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

describe('describeConcept', () => {
  it('returns a valid ConceptDetail with the defining passage, evidence and relations', () => {
    const detail = describeConcept(kb, 'cgroups');
    expect(ConceptDetailSchema.parse(detail)).toEqual(detail);
    expect(detail).toMatchObject({ id: 'cgroups', labelEn: 'Cgroups', kind: 'kernel-feature' });
    expect(detail?.definition).toMatchObject({
      id: 'docker-concepts.zh#2.3',
      lang: 'zh',
      source: { file: 'docker-concepts.zh.md', heading: '1. 容器与虚拟机有什么区别？' },
    });
    const limits = detail?.neighbours.filter((n) => n.relation === 'limits').map((n) => n.concept.id);
    expect(limits).toEqual(expect.arrayContaining(['cpu', 'memory']));
    expect(detail?.neighbours.find((n) => n.concept.id === 'kernel')).toMatchObject({
      relation: 'provides',
      direction: 'in',
    });
    // Typed relations come before mere co-occurrence.
    const types = detail?.neighbours.map((n) => n.relation) ?? [];
    expect(
      types.indexOf('related-to') === -1 || types.lastIndexOf('limits') < types.indexOf('related-to'),
    ).toBe(true);
  });

  it('shows passages in the learner’s language when the notes have a translation', () => {
    const detail = describeConcept(kb, 'cgroups', { lang: 'en' });
    expect(detail?.definition).toMatchObject({
      id: 'docker-concepts.en#2.3',
      lang: 'en',
      originalId: 'docker-concepts.zh#2.3',
    });
    expect(detail?.evidence.every((p) => p.lang === 'en')).toBe(true);
    expect(detail?.evidence.map((p) => p.id)).toContain('docker-concepts.en#2.3');
  });

  it('is undefined for an unknown concept', () => {
    expect(describeConcept(kb, 'kubernetes')).toBeUndefined();
  });
});

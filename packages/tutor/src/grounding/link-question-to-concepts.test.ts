import type { KnowledgeBase } from '@notetutor/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedKnowledgeBase } from '../../test/knowledge-base-fixture';
import { linkQuestionToConcepts } from './link-question-to-concepts';
import { resolveFollowUp } from './resolve-follow-up';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

const ids = (text: string, lang: 'zh' | 'en') => linkQuestionToConcepts(kb, text, lang).map((c) => c.id);

describe('linkQuestionToConcepts', () => {
  it('links Chinese, English and mixed questions, in order of mention', () => {
    expect(ids('命名空间和Cgroups的区别是什么？', 'zh')).toEqual(['namespaces', 'cgroups']);
    expect(ids('How does the docker client talk to the daemon?', 'en')).toEqual(
      expect.arrayContaining(['docker-client', 'docker-daemon']),
    );
    expect(ids('那host模式呢？', 'zh')).toEqual(['host-mode']);
  });

  it('links the notes’ own spellings, full-width forms and typos, marking typos as less certain', () => {
    expect(ids('overla2', 'en')).toContain('overlay2');
    expect(ids('ＤＯＣＫＥＲ０', 'zh')).toContain('docker0');
    const typo = linkQuestionToConcepts(kb, 'what is a namspace', 'en').find((c) => c.id === 'namespaces');
    expect(typo?.fuzzy).toBe(true);
    expect(typo?.score).toBeLessThan(1);
    expect(linkQuestionToConcepts(kb, 'what are namespaces', 'en')[0]?.score).toBe(1);
  });

  it('labels concepts in the question’s language and keeps the words that named them', () => {
    const [link] = linkQuestionToConcepts(kb, '什么是联合挂载', 'zh');
    expect(link).toMatchObject({ id: 'union-mount', label: '联合挂载', matched: '联合挂载' });
    expect(link?.terms).toEqual(['联合', '合挂', '挂载']);
  });
});

describe('resolveFollowUp', () => {
  const history = [
    { role: 'user' as const, content: '什么是Cgroups？' },
    { role: 'assistant' as const, content: 'Cgroups是……' },
  ];

  it('carries the previous question’s concepts into a question that points back', () => {
    const context = resolveFollowUp(kb, '它能限制哪些资源？', [], ['限制', '资源'], history, 'zh');
    expect(context.elliptical).toBe(true);
    expect(context.concepts.map((c) => c.id)).toEqual(['cgroups']);
    expect(context.concepts[0]?.matched).toBe('history');
  });

  it('lets them count only a little when the question names its own concept', () => {
    const own = linkQuestionToConcepts(kb, '那内存呢？', 'zh');
    const context = resolveFollowUp(kb, '那内存呢？', own, ['内存'], history, 'zh');
    expect(context.elliptical).toBe(true);
    expect(context.concepts[0]?.score).toBeLessThan(0.5);
  });

  it('leaves a complete question alone, and needs an earlier user turn', () => {
    const own = linkQuestionToConcepts(kb, 'What is a union mount?', 'en');
    expect(
      resolveFollowUp(kb, 'What is a union mount?', own, ['union', 'mount'], history, 'en').elliptical,
    ).toBe(false);
    expect(resolveFollowUp(kb, 'And it?', [], [], [], 'en').elliptical).toBe(false);
  });
});

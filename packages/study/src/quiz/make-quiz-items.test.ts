import type { KnowledgeBase } from '@notetutor/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { knowledgeBaseFrom, seedKnowledgeBase } from '../../test/knowledge-base-from';
import { foldAnswer } from './fold-answer';
import { isJunkConcept } from './is-junk-concept';
import { makeQuizItems } from './make-quiz-items';
import type { QuizItem } from './quiz-item';

let kb: KnowledgeBase;
let items: QuizItem[];
beforeAll(async () => {
  kb = await seedKnowledgeBase();
  items = [...makeQuizItems(kb, 'en'), ...makeQuizItems(kb, 'zh')];
});

const states = (source: string, type: string, target: string) =>
  kb.graph.edges(source, target).some((e) => kb.graph.getEdgeAttribute(e, 'type') === type);

describe('makeQuizItems on the seed notes', () => {
  it('makes every kind of question in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      const kinds = new Set(makeQuizItems(kb, lang).map((i) => i.kind));
      expect([...kinds].sort()).toEqual(['choice', 'cloze', 'explain', 'true-false']);
    }
  });

  it('offers siblings of the answer as distractors, never one the graph makes true for the stem', () => {
    const choices = items.filter((i) => i.kind === 'choice');
    expect(choices.length).toBeGreaterThan(4);
    for (const item of choices) {
      const answer = item.answerConcept as string;
      expect(item.options[item.correct as number]).toBe(item.answer);
      expect(new Set(item.options.map(foldAnswer)).size).toBe(item.options.length);
      for (const [index, id] of item.optionConcepts.entries()) {
        if (index === item.correct || !id) continue;
        expect(kb.graph.getNodeAttribute(id, 'kind')).toBe(kb.graph.getNodeAttribute(answer, 'kind'));
        if (item.relation) expect(states(item.relation.source, item.relation.type, id)).toBe(false);
        const aliases = new Set(kb.graph.getNodeAttribute(answer, 'aliases').map(foldAnswer));
        expect(kb.graph.getNodeAttribute(id, 'aliases').some((a) => aliases.has(foldAnswer(a)))).toBe(false);
      }
    }
  });

  it('never offers overlay2 against AUFS for union mount: the notes say both implement it', () => {
    const item = items.find(
      (i) => i.kind === 'choice' && i.relation?.source === 'union-mount' && i.relation.target === 'aufs',
    );
    expect(item?.options).toContain('AUFS');
    expect(item?.optionConcepts).not.toContain('overlay2');
  });

  it('keys true/false by the graph: a false statement swaps in a sibling the graph does not relate', () => {
    const statements = items.filter((i) => i.kind === 'true-false');
    expect(statements.some((i) => i.correct === 1)).toBe(true);
    for (const item of statements) {
      const r = item.relation;
      if (!r) throw new Error('a true/false question without its relation');
      expect(states(r.source, r.type, r.stated)).toBe(item.correct === 0);
    }
    const bridge = statements.find(
      (i) => i.lang === 'en' && i.relation?.source === 'bridge' && i.relation.type === 'requires',
    );
    expect(bridge?.prompt).toBe('True or false: bridge requires DNAT.');
  });

  it('blanks the answer of a cloze in the sentence it cites, and accepts any of its names', () => {
    const cloze = items.find(
      (i) => i.kind === 'cloze' && i.lang === 'en' && i.relation?.target === 'iptables',
    );
    expect(cloze?.prompt).toContain('____');
    expect(cloze?.explanation.quote).toContain('iptables');
    expect(cloze?.explanation.source.file).toBe('docker-concepts.en.md');
    for (const item of items) {
      const needed = item.relation?.target ?? item.answerConcept ?? item.conceptIds[0];
      const named = kb.lookup.find(item.explanation.quote, { lang: item.lang }).map((m) => m.id);
      expect(named, item.prompt).toContain(needed);
    }
  });

  it('asks nothing of related-to, and nothing about a concept with an everyday name', () => {
    for (const item of items) {
      expect(item.relation?.type).not.toBe('related-to');
      const about = item.relation
        ? [item.relation.source, item.relation.target]
        : [item.conceptIds[0] as string];
      for (const id of about) expect(isJunkConcept(kb, id), id).toBe(false);
    }
    expect(isJunkConcept(kb, 'process')).toBe(true);
    expect(isJunkConcept(kb, 'cgroups')).toBe(false);
  });

  it('gives notes whose terms are everyday words no questions', () => {
    const plain = knowledgeBaseFrom({
      'plain.md': '# Cooking\n\n**Water** is used by **bread**. **Bread** requires **water** and **salt**.\n',
    });
    expect(makeQuizItems(plain, 'en')).toEqual([]);
  });
});

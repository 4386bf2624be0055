import type { KnowledgeBase } from '@notetutor/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedKnowledgeBase } from '../../test/knowledge-base-from';
import { buildQuiz } from './build-quiz';
import { gradeQuizItem } from './grade-quiz-item';
import { quizQualityReport } from './quiz-quality-report';
import { resolveQuizTopic } from './resolve-quiz-topic';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

describe('buildQuiz', () => {
  it('fills a quiz on a topic with few facts from its neighbours in the graph, the topic first', () => {
    // "考考我网络": the notes state four facts about network modes and namespaces in Chinese.
    const topic = resolveQuizTopic(kb, '网络');
    const quiz = buildQuiz(kb, { conceptIds: topic, count: 5, lang: 'zh', seed: 1 });
    expect(quiz.items).toHaveLength(5);
    const first = quiz.items[0];
    const about = first?.relation ? [first.relation.source, first.relation.target] : first?.conceptIds;
    expect(about?.some((id) => topic.includes(id))).toBe(true);
  });

  it('gives the same quiz for the same seed and another order for another seed', () => {
    const a = buildQuiz(kb, { count: 8, seed: 42 });
    const b = buildQuiz(kb, { count: 8, seed: 42 });
    const c = buildQuiz(kb, { count: 8, seed: 43 });
    expect(a.items.map((i) => [i.id, i.options])).toEqual(b.items.map((i) => [i.id, i.options]));
    expect(a.items.map((i) => i.id)).not.toEqual(c.items.map((i) => i.id));
    expect(a.items).toHaveLength(8);
  });

  it('mixes kinds, asks each fact once and stays on the concepts asked', () => {
    const quiz = buildQuiz(kb, { conceptIds: ['bridge', 'docker0', 'dnat'], count: 6, seed: 1 });
    expect(new Set(quiz.items.map((i) => i.kind)).size).toBeGreaterThan(1);
    const facts = quiz.items.map((i) =>
      i.relation ? `${i.relation.source}${i.relation.type}${i.relation.target}` : i.id,
    );
    expect(new Set(facts).size).toBe(facts.length);
    for (const item of quiz.items) {
      const about = item.relation ? [item.relation.source, item.relation.target] : [item.conceptIds[0]];
      expect(about.some((id) => ['bridge', 'docker0', 'dnat'].includes(id as string))).toBe(true);
    }
  });

  it('asks in Chinese when asked to, and about central concepts without concepts', () => {
    const quiz = buildQuiz(kb, { lang: 'zh', count: 5 });
    expect(quiz.lang).toBe('zh');
    expect(quiz.items.every((i) => i.lang === 'zh')).toBe(true);
    expect(quiz.conceptIds).toContain('container');
  });

  it('ignores unknown concepts and concepts with everyday names', () => {
    const quiz = buildQuiz(kb, { conceptIds: ['no-such-concept', 'process'], count: 3 });
    expect(quiz.conceptIds).not.toContain('process');
    expect(quiz.items.length).toBe(3);
  });
});

describe('gradeQuizItem', () => {
  it('grades options by index, a cloze by any name of the answer, explain by the self-rating', () => {
    const items = buildQuiz(kb, { conceptIds: ['dnat', 'bridge'], count: 20, seed: 3 }).items;
    const choice = items.find((i) => i.options.length > 0);
    if (!choice || choice.correct === null) throw new Error('no question with options');
    expect(gradeQuizItem(choice, { questionId: choice.id, choice: choice.correct })).toBe(true);
    expect(
      gradeQuizItem(choice, { questionId: choice.id, choice: (choice.correct + 1) % choice.options.length }),
    ).toBe(false);
    expect(gradeQuizItem(choice, undefined)).toBeNull();
    const cloze = items.find((i) => i.kind === 'cloze' && i.answerConcept === 'dnat');
    if (cloze) {
      expect(gradeQuizItem(cloze, { questionId: cloze.id, text: ' destination nat ' })).toBe(true);
      expect(gradeQuizItem(cloze, { questionId: cloze.id, text: 'iptables' })).toBe(false);
    }
    const explain = items.find((i) => i.kind === 'explain');
    if (explain) expect(gradeQuizItem(explain, { questionId: explain.id, selfRated: true })).toBe(true);
  });
});

describe('resolveQuizTopic', () => {
  it('finds concepts by name, by kind and by label word, in both languages', () => {
    expect(resolveQuizTopic(kb, 'docker networking')).toEqual(
      expect.arrayContaining(['bridge', 'docker', 'docker0', 'dnat']),
    );
    expect(resolveQuizTopic(kb, '命名空间')).toEqual(expect.arrayContaining(['namespaces', 'pid-namespace']));
    expect(resolveQuizTopic(kb, 'gardening')).toEqual([]);
  });
});

describe('quizQualityReport', () => {
  it('holds the gates on the seed notes and samples ten questions', () => {
    const { counts, samples } = quizQualityReport(kb);
    expect(counts.questions).toBeGreaterThan(50);
    expect(counts.exactlyOneCorrect).toBe(counts.withOptions);
    expect(counts.duplicateOptions).toBe(0);
    expect(counts.distractorsTrue).toBe(0);
    expect(counts.answerInPassage).toBe(counts.questions);
    expect(counts.junkSubjects).toBe(0);
    expect(samples).toHaveLength(10);
  });
});

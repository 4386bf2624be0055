import { describe, expect, it } from 'vitest';
import { toQuiz, toQuizResult, toStudyPath } from './to-quiz';
import { toChatEvent } from './to-tutor-event';

const citation = { id: 'n#1.1', quote: 'q', source: { file: 'n.md', heading: '', line: 2 } };

describe('quiz and path validators', () => {
  it('keeps well-formed questions and drops ones a learner could not answer', () => {
    const quiz = toQuiz({
      id: 'quiz_1',
      lang: 'zh',
      concepts: [{ id: 'bridge', label: 'bridge' }],
      questions: [
        {
          id: 'q-1',
          kind: 'choice',
          lang: 'zh',
          concepts: [{ id: 'bridge' }],
          prompt: 'p',
          options: ['a', 'b'],
        },
        { id: 'q-2', kind: 'choice', lang: 'zh', concepts: [{ id: 'bridge' }], prompt: 'p', options: ['a'] },
        { id: 'q-3', kind: 'essay', lang: 'zh', concepts: [{ id: 'bridge' }], prompt: 'p', options: [] },
        { id: 'q-4', kind: 'cloze', lang: 'zh', concepts: [], prompt: 'p', options: [] },
      ],
    });
    expect(quiz?.questions.map((q) => q.id)).toEqual(['q-1']);
    expect(quiz?.questions[0]).toMatchObject({
      difficulty: 'medium',
      concepts: [{ id: 'bridge', label: 'bridge' }],
    });
    expect(toQuiz({ id: 'x' })).toBeUndefined();
  });

  it('reads a graded quiz and a path, and rejects what is not one', () => {
    const result = toQuizResult({
      quizId: 'quiz_1',
      results: [
        {
          questionId: 'q-1',
          answered: true,
          correct: false,
          correctChoice: 1,
          answer: 'b',
          explanation: citation,
        },
        { questionId: 'q-2', answered: true, correct: true, correctChoice: null, answer: 'x' },
      ],
      score: { correct: 0, total: 2 },
      recorded: true,
      mastery: [{ concept: { id: 'bridge', label: 'bridge' }, mastery: 1.4 }],
    });
    expect(result?.results.map((r) => r.questionId)).toEqual(['q-1']);
    expect(result?.mastery[0]?.mastery).toBe(1);
    expect(toQuizResult({ quizId: 'quiz_1', score: { correct: -1, total: 2 } })).toBeUndefined();
    const path = toStudyPath({
      target: { id: 'dnat', label: 'DNAT' },
      steps: [
        {
          concept: { id: 'iptables', label: 'iptables' },
          mastery: null,
          reason: {
            prerequisiteOf: { id: 'dnat', label: 'DNAT' },
            relation: 'implemented-by',
            statement: 's',
            evidence: [citation],
          },
        },
        { concept: { id: 'dnat', label: 'DNAT' }, mastery: 0.5, reason: null },
        { concept: {} },
      ],
      brokenCycles: [],
    });
    expect(path?.steps.map((s) => s.concept.id)).toEqual(['iptables', 'dnat']);
    expect(path?.steps[0]?.reason?.evidence).toHaveLength(1);
    expect(toStudyPath({ target: null })).toBeUndefined();
  });

  it('turns chat stream events into study events, and skips a malformed one', () => {
    expect(toChatEvent({ type: 'study-path', path: { target: null, steps: [], brokenCycles: [] } })).toEqual({
      type: 'study-path',
      path: { target: null, steps: [], brokenCycles: [] },
    });
    expect(toChatEvent({ type: 'quiz', quiz: { id: 'q' } })).toBeUndefined();
    expect(toChatEvent({ type: 'delta', text: 'hi' })).toEqual({ type: 'delta', text: 'hi' });
  });
});

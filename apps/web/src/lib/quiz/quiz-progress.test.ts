import type { Quiz, QuizResult } from '@notetutor/contracts';
import { describe, expect, it } from 'vitest';
import { applyTutorEvent } from '../chat/apply-tutor-event';
import type { AssistantMessage } from '../chat/chat-types';
import { loadConversations, saveConversations } from '../chat/conversation-store';
import {
  answersToSend,
  finishQuiz,
  nextQuestion,
  onLastQuestion,
  quizStage,
  withAnswer,
  withResult,
} from './quiz-progress';

const citation = { id: 'n#1.1', quote: 'bridge 使用 DNAT', source: { file: 'n.md', heading: 'H', line: 3 } };
const quiz: Quiz = {
  id: 'quiz_1',
  lang: 'en',
  concepts: [{ id: 'bridge', label: 'bridge' }],
  questions: [
    {
      id: 'q-a',
      kind: 'choice',
      lang: 'en',
      concepts: [{ id: 'bridge', label: 'bridge' }],
      prompt: 'bridge uses ____',
      options: ['DNAT', 'overlay2', 'AUFS'],
      difficulty: 'easy',
    },
    {
      id: 'q-b',
      kind: 'explain',
      lang: 'en',
      concepts: [{ id: 'dnat', label: 'DNAT' }],
      prompt: 'Explain DNAT',
      options: [],
      difficulty: 'medium',
    },
  ],
  matched: true,
  seed: 's',
  expiresAt: '2030-01-01T00:00:00.000Z',
};
const graded = (questionId: string, answered: boolean, correct: boolean): QuizResult => ({
  quizId: 'quiz_1',
  results: [
    {
      questionId,
      answered,
      correct,
      correctChoice: questionId === 'q-a' ? 0 : null,
      answer: 'DNAT',
      explanation: citation,
    },
  ],
  score: { correct: correct ? 1 : 0, total: 2 },
  recorded: true,
  mastery: [],
});
const message = (): AssistantMessage => ({
  id: 'm1',
  role: 'assistant',
  status: 'streaming',
  text: '',
  citations: [],
  concepts: [],
  followUps: [],
});

describe('a quiz in the chat', () => {
  it('goes question by question: asked, checked, revealed; an explain question shows the passage, then the rating', () => {
    let p = applyTutorEvent(message(), { type: 'quiz', quiz }).quiz;
    if (!p) throw new Error('no quiz on the message');
    expect(quizStage(p)).toBe('asking');
    p = withAnswer(p, { questionId: 'q-a', choice: 2 });
    expect(quizStage(p)).toBe('checking');
    // The first answer counts: picking again after the pick changes nothing.
    expect(withAnswer(p, { questionId: 'q-a', choice: 0 }).answers['q-a']?.choice).toBe(2);
    p = withResult(p, 'q-a', graded('q-a', true, false));
    expect(quizStage(p)).toBe('revealed');
    expect(p.results['q-a']?.correctChoice).toBe(0);
    expect(onLastQuestion(p)).toBe(false);
    p = nextQuestion(p);
    expect(quizStage(p)).toBe('asking');
    // The passage comes back unanswered: the learner now rates their own explanation.
    p = withAnswer(p, { questionId: 'q-b' });
    p = withResult(p, 'q-b', graded('q-b', false, false));
    expect(quizStage(p)).toBe('rating');
    p = withAnswer(p, { questionId: 'q-b', selfRated: true });
    p = withResult(p, 'q-b', graded('q-b', true, true));
    expect(quizStage(p)).toBe('revealed');
    expect(onLastQuestion(p)).toBe(true);
    expect(answersToSend(p)).toEqual([
      { questionId: 'q-a', choice: 2 },
      { questionId: 'q-b', selfRated: true },
    ]);
    p = finishQuiz(p, { ...graded('q-b', true, true), score: { correct: 1, total: 2 } });
    expect(quizStage(p)).toBe('finished');
    expect(p.final).toMatchObject({ correct: 1, total: 2, recorded: true });
  });

  it('survives a reload: the quiz, the answers and grades come back from localStorage, junk is dropped', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    let m = applyTutorEvent(message(), { type: 'quiz', quiz });
    if (!m.quiz) throw new Error('no quiz');
    const answered = withResult(
      withAnswer(m.quiz, { questionId: 'q-a', choice: 0 }),
      'q-a',
      graded('q-a', true, true),
    );
    m = {
      ...m,
      status: 'done',
      quiz: { ...answered, answers: { ...answered.answers, junk: { questionId: 'junk' } } },
    };
    const path = {
      target: { id: 'dnat', label: 'DNAT' },
      steps: [{ concept: { id: 'dnat', label: 'DNAT' }, mastery: null, reason: null }],
      brokenCycles: [],
    };
    saveConversations(storage, [
      {
        id: 'c',
        title: 't',
        createdAt: 1,
        updatedAt: 1,
        messages: [m, { ...message(), id: 'm2', status: 'done', studyPath: path }],
      },
    ]);
    const [back] = loadConversations(storage);
    const restored = back?.messages[0];
    if (restored?.role !== 'assistant' || !restored.quiz) throw new Error('the quiz was not kept');
    expect(quizStage(restored.quiz)).toBe('revealed');
    expect(restored.quiz.results['q-a']?.explanation.source.line).toBe(3);
    expect(Object.keys(restored.quiz.answers)).toEqual(['q-a']);
    expect(back?.messages[1]).toMatchObject({ studyPath: path });
  });
});

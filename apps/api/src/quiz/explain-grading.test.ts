import { type Quiz, type QuizResult, QuizResultSchema } from '@notetutor/contracts';
import { freshSqlite } from '@notetutor/db/testing';
import { type FakeOpenAI, type FakeReply, startFakeOpenAI } from '@notetutor/test-support/fake-openai-server';
import { createExplanationGrader } from '@notetutor/tutor';
import { afterEach, describe, expect, it } from 'vitest';
import { studyApp } from '../../test/study-app';

describe('explain-in-your-own-words answers graded by a model', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  let server: FakeOpenAI | undefined;

  async function open(script?: FakeReply[], timeoutMs = 2_000) {
    server = script ? await startFakeOpenAI({ script }) : undefined;
    const grader = server
      ? createExplanationGrader({
          baseURL: server.baseURL,
          apiKey: 'test',
          model: 'fake',
          timeoutMs,
          maxRetries: 0,
        })
      : undefined;
    const app = await studyApp(freshSqlite, { deps: grader ? { explanationGrader: grader } : {} });
    const running = server;
    cleanups.push(
      () => app.close(),
      async () => running?.close(),
    );
    return app;
  }

  /** A quiz on cgroups with an explain question, and that question. */
  async function explainQuiz(app: Awaited<ReturnType<typeof open>>) {
    for (let seed = 0; seed < 20; seed++) {
      const quiz = (await (
        await app.post('/api/quiz', { concepts: ['cgroups', 'namespaces'], count: 10, seed, language: 'en' })
      ).json()) as Quiz;
      const question = quiz.questions.find((q) => q.kind === 'explain');
      if (question) return { quiz, question };
    }
    throw new Error('no explain question in 20 quizzes');
  }

  async function answer(
    app: Awaited<ReturnType<typeof open>>,
    answers: Array<{ questionId: string; text?: string; selfRated?: boolean }>,
    quizId: string,
    token?: string,
  ): Promise<QuizResult> {
    const res = await app.post(`/api/quiz/${quizId}/answers`, { answers }, token);
    expect(res.status).toBe(200);
    return QuizResultSchema.parse(await res.json());
  }

  it('grades the learner text against the cited passage, with feedback, and records it for the learner', async () => {
    const app = await open([
      {
        type: 'stream',
        chunks: ['{"grade":"correct","feedback":"Right: the notes say it limits CPU and memory."}'],
      },
    ]);
    const token = await app.newLearner();
    const { quiz, question } = await explainQuiz(app);
    const result = await answer(
      app,
      [{ questionId: question.id, text: 'It limits the resources a container may use.' }],
      quiz.id,
      token,
    );
    const graded = result.results.find((r) => r.questionId === question.id);
    expect(graded).toMatchObject({
      answered: true,
      correct: true,
      grade: 'correct',
      feedback: 'Right: the notes say it limits CPU and memory.',
    });
    expect(graded?.notice).toBeUndefined();
    // The model saw the cited passage as its key and the learner's text as the answer.
    const prompt = server?.requests[0]?.body?.messages?.[1]?.content ?? '';
    expect(prompt).toContain(graded?.explanation.quote.slice(0, 20));
    expect(prompt).toContain('It limits the resources a container may use.');
    expect(result.recorded).toBe(true);
    expect(result.mastery.some((m) => m.mastery > 0)).toBe(true);
  });

  it('counts a partly right explanation as not correct', async () => {
    const app = await open([
      {
        type: 'stream',
        chunks: ['{"grade":"partial","feedback":"You name CPU; the notes also name memory."}'],
      },
    ]);
    const { quiz, question } = await explainQuiz(app);
    const result = await answer(app, [{ questionId: question.id, text: 'It limits CPU.' }], quiz.id);
    expect(result.results.find((r) => r.questionId === question.id)).toMatchObject({
      answered: true,
      correct: false,
      grade: 'partial',
    });
  });

  it('falls back to the self-rating with a notice when the model fails or stalls, never a 500', async () => {
    for (const reply of [{ type: 'error', status: 500 }, { type: 'stall' }] as FakeReply[]) {
      const app = await open([reply], 300);
      const { quiz, question } = await explainQuiz(app);
      const result = await answer(
        app,
        [{ questionId: question.id, text: 'It limits resources.', selfRated: true }],
        quiz.id,
      );
      const graded = result.results.find((r) => r.questionId === question.id);
      expect(graded, reply.type).toMatchObject({ answered: true, correct: true });
      expect(graded?.grade).toBeUndefined();
      expect(graded?.notice).toMatch(/rate it yourself/);
    }
  });

  it('without a model, says so and takes the learner’s own rating', async () => {
    const app = await open();
    const { quiz, question } = await explainQuiz(app);
    const rated = await answer(
      app,
      [{ questionId: question.id, text: 'No idea.', selfRated: false }],
      quiz.id,
    );
    expect(rated.results.find((r) => r.questionId === question.id)).toMatchObject({
      answered: true,
      correct: false,
      notice: expect.stringMatching(/No model is set up/),
    });
  });
});

import type { Quiz, QuizResult, StudyPath } from '@notetutor/contracts';
import { QuizResultSchema, QuizSchema, StudyPathSchema } from '@notetutor/contracts';
import { freshSqlite } from '@notetutor/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { studyApp } from '../../test/study-app';

describe('quiz and study path routes', () => {
  const apps: Array<{ close: () => Promise<void> }> = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });
  async function open() {
    const app = await studyApp(freshSqlite);
    apps.push(app);
    return app;
  }

  it('makes an anonymous quiz on a topic without the answers, the same one for the same seed', async () => {
    const app = await open();
    const res = await app.post('/api/quiz', { topic: 'docker networking', count: 5, seed: 'net' });
    expect(res.status).toBe(200);
    const quiz = QuizSchema.parse(await res.json());
    expect(quiz.matched).toBe(true);
    expect(quiz.questions).toHaveLength(5);
    const text = JSON.stringify(quiz);
    expect(text).not.toContain('"correct"');
    expect(text).not.toContain('explanation');
    const again = QuizSchema.parse(
      await (await app.post('/api/quiz', { topic: 'docker networking', count: 5, seed: 'net' })).json(),
    );
    expect(again.questions).toEqual(quiz.questions);
    expect(again.id).not.toBe(quiz.id);
  });

  it('grades answers with the right answer and the cited passage, and records nothing anonymously', async () => {
    const app = await open();
    const quiz = (await (
      await app.post('/api/quiz', { concepts: ['bridge', 'DNAT'], count: 4, seed: 2 })
    ).json()) as Quiz;
    const answers = quiz.questions.map((q) => ({
      questionId: q.id,
      choice: 0,
      text: 'DNAT',
      selfRated: true,
    }));
    const res = await app.post(`/api/quiz/${quiz.id}/answers`, { answers });
    expect(res.status).toBe(200);
    const result = QuizResultSchema.parse(await res.json());
    expect(result.recorded).toBe(false);
    expect(result.score.total).toBe(4);
    expect(result.score.correct).toBe(result.results.filter((r) => r.correct).length);
    for (const r of result.results) {
      expect(r.explanation.quote.length).toBeGreaterThan(0);
      expect(r.explanation.source.file).toMatch(/docker-concepts\.(en|zh)\.md/);
    }
    const choice = result.results.find((r) => r.correctChoice !== null);
    if (choice) expect(choice.correct).toBe(choice.correctChoice === 0);
  });

  it('feeds a learner’s quiz into mastery, once however often the answers are sent', async () => {
    const app = await open();
    const token = await app.newLearner();
    const quiz = (await (
      await app.post('/api/quiz', { concepts: ['dnat'], count: 3, seed: 1 }, token)
    ).json()) as Quiz;
    expect(quiz.questions.length).toBeGreaterThan(0);
    const graded = (await (
      await app.post(
        `/api/quiz/${quiz.id}/answers`,
        {
          answers: quiz.questions.map((q) => ({
            questionId: q.id,
            choice: 0,
            text: 'iptables',
            selfRated: true,
          })),
        },
        token,
      )
    ).json()) as QuizResult;
    expect(graded.recorded).toBe(true);
    const before = (await (await app.get('/api/study/progress', token)).json()) as {
      totals: { reviews: number };
    };
    expect(before.totals.reviews).toBeGreaterThan(0);
    await app.post(
      `/api/quiz/${quiz.id}/answers`,
      { answers: quiz.questions.map((q) => ({ questionId: q.id, choice: 0 })) },
      token,
    );
    const after = (await (await app.get('/api/study/progress', token)).json()) as {
      totals: { reviews: number };
    };
    expect(after.totals.reviews).toBe(before.totals.reviews);
  });

  it('records answers sent one question at a time, each once, and shows the last quiz per concept', async () => {
    const app = await open();
    const token = await app.newLearner();
    const quiz = (await (
      await app.post('/api/quiz', { concepts: ['bridge'], count: 3, seed: 'one-by-one' }, token)
    ).json()) as Quiz;
    const choices = quiz.questions.filter((q) => q.options.length > 0);
    expect(choices.length).toBeGreaterThan(1);
    const reviews = async () =>
      ((await (await app.get('/api/study/progress', token)).json()) as { totals: { reviews: number } }).totals
        .reviews;
    // Asking for a question's explanation without answering records nothing.
    const peek = QuizResultSchema.parse(
      await (
        await app.post(`/api/quiz/${quiz.id}/answers`, { answers: [{ questionId: choices[0]?.id }] }, token)
      ).json(),
    );
    expect(peek.results.find((r) => r.questionId === choices[0]?.id)?.answered).toBe(false);
    expect(await reviews()).toBe(0);
    let right = 0;
    for (const [i, q] of choices.entries()) {
      const res = QuizResultSchema.parse(
        await (
          await app.post(
            `/api/quiz/${quiz.id}/answers`,
            { answers: [{ questionId: q.id, choice: 0 }] },
            token,
          )
        ).json(),
      );
      if (res.results.find((r) => r.questionId === q.id)?.correct) right += 1;
      expect(await reviews()).toBe(i + 1);
    }
    // All at once at the end: the score, nothing recorded twice.
    const final = QuizResultSchema.parse(
      await (
        await app.post(
          `/api/quiz/${quiz.id}/answers`,
          { answers: choices.map((q) => ({ questionId: q.id, choice: 0 })) },
          token,
        )
      ).json(),
    );
    expect(final.score.correct).toBe(right);
    expect(await reviews()).toBe(choices.length);
    const progress = (await (await app.get('/api/study/progress', token)).json()) as {
      concepts: { concept: { id: string }; lastQuiz: { correct: number; total: number } | null }[];
    };
    const quizzed = progress.concepts.filter((c) => c.lastQuiz);
    expect(quizzed.length).toBeGreaterThan(0);
    expect(quizzed.reduce((n, c) => n + (c.lastQuiz?.total ?? 0), 0)).toBe(choices.length);
    expect(quizzed.reduce((n, c) => n + (c.lastQuiz?.correct ?? 0), 0)).toBe(right);
    expect(progress.concepts.find((c) => c.concept.id === 'dnat')?.lastQuiz ?? null).toBeNull();
  });

  it('says a topic the notes do not name was not matched, and refuses unknown quizzes and questions', async () => {
    const app = await open();
    const quiz = (await (await app.post('/api/quiz', { topic: 'gardening' })).json()) as Quiz;
    expect(quiz.matched).toBe(false);
    expect(quiz.questions.length).toBeGreaterThan(0);
    expect((await app.post('/api/quiz/quiz_nope/answers', { answers: [] })).status).toBe(404);
    const bad = await app.post(`/api/quiz/${quiz.id}/answers`, {
      answers: [{ questionId: 'q-x', choice: 0 }],
    });
    expect(bad.status).toBe(400);
    // An option the question does not have is refused, not graded wrong.
    const picked = quiz.questions.find((q) => q.options.length > 0);
    const outOfRange = await app.post(`/api/quiz/${quiz.id}/answers`, {
      answers: [{ questionId: picked?.id, choice: 999 }],
    });
    expect(outOfRange.status).toBe(400);
    expect(((await outOfRange.json()) as { error: { message: string } }).error.message).toMatch(/not 999/);
    expect((await app.post('/api/quiz', { count: 500 })).status).toBe(400);
    expect((await app.post('/api/quiz', { topic: 'x' }, 'not-a-token')).status).toBe(401);
  });

  it('gives the study path to DNAT with its prerequisite and evidence, anonymously', async () => {
    const app = await open();
    const res = await app.get('/api/study/path?to=DNAT');
    expect(res.status).toBe(200);
    const path = StudyPathSchema.parse(await res.json()) as StudyPath;
    expect(path.steps.map((s) => s.concept.id)).toEqual(['iptables', 'dnat']);
    expect(path.steps[0]?.reason?.evidence[0]?.quote).toContain('iptables');
    expect(path.steps[0]?.mastery).toBeNull();
    const start = StudyPathSchema.parse(await (await app.get('/api/study/path?lang=zh')).json());
    expect(start.target).toBeNull();
    expect(start.steps.length).toBeGreaterThan(3);
    expect((await app.get('/api/study/path?to=gardening')).status).toBe(404);
    const token = await app.newLearner();
    const mine = StudyPathSchema.parse(await (await app.get('/api/study/path?to=dnat', token)).json());
    expect(mine.steps[0]?.mastery).toBe(0);
  });

  it('lists the quiz and path routes in the OpenAPI document', async () => {
    const app = await open();
    const doc = (await (await app.get('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/quiz', '/api/quiz/{id}/answers', '/api/study/path']),
    );
  });
});

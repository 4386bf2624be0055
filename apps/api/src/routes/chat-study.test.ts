import { AnswerSchema, ChatStudyEventSchema, TutorEventSchema } from '@notetutor/contracts';
import { parseSse } from '@notetutor/test-support/sse';
import { describe, expect, it } from 'vitest';
import { postJson, testApp } from '../../test/test-app';

async function chat(content: string) {
  const { app } = await testApp();
  const res = await app.request('/api/chat', postJson({ messages: [{ role: 'user', content }] }));
  expect(res.status).toBe(200);
  const events = parseSse(await res.text()).messages.map((m) => {
    const json = JSON.parse(m.data);
    expect(m.event).toBe(json.type);
    return json.type === 'quiz' || json.type === 'study-path'
      ? ChatStudyEventSchema.parse(json)
      : TutorEventSchema.parse(json);
  });
  return { app, events };
}

describe('POST /api/chat with a study request', () => {
  it('answers "quiz me on docker networking" with a quiz from the notes, never a decline', async () => {
    const { app, events } = await chat('Quiz me on Docker networking');
    expect(events.map((e) => e.type)).toEqual(['meta', 'concepts', 'citations', 'quiz', 'delta', 'done']);
    const quiz = events.find((e) => e.type === 'quiz');
    if (quiz?.type !== 'quiz') throw new Error('no quiz event');
    expect(quiz.quiz.questions).toHaveLength(5);
    expect(quiz.quiz.matched).toBe(true);
    const done = events.at(-1);
    if (done?.type !== 'done') throw new Error('no done');
    expect(done.answer.grounded).toBe(true);
    expect(done.answer.answer).toContain(quiz.quiz.questions[0]?.prompt ?? '?');
    // The quiz is answerable through the quiz route.
    const answers = quiz.quiz.questions.map((q) => ({ questionId: q.id, choice: 0 }));
    const graded = await app.request(`/api/quiz/${quiz.quiz.id}/answers`, postJson({ answers }));
    expect(graded.status).toBe(200);
  });

  it('answers 考考我 in Chinese', async () => {
    const { events } = await chat('考考我网络模式');
    const quiz = events.find((e) => e.type === 'quiz');
    if (quiz?.type !== 'quiz') throw new Error('no quiz event');
    expect(quiz.quiz.lang).toBe('zh');
    expect(quiz.quiz.questions.length).toBeGreaterThan(0);
  });

  it('answers "学习路线" and "what should I learn first" with a study path citing its evidence', async () => {
    for (const question of ['学习路线', 'What should I learn first?']) {
      const { events } = await chat(question);
      const path = events.find((e) => e.type === 'study-path');
      if (path?.type !== 'study-path') throw new Error(`no path for ${question}`);
      expect(path.path.target).toBeNull();
      expect(path.path.steps.length).toBeGreaterThan(3);
    }
    const { events } = await chat('learning path to DNAT');
    const path = events.find((e) => e.type === 'study-path');
    if (path?.type !== 'study-path') throw new Error('no path');
    expect(path.path.steps.map((s) => s.concept.id)).toEqual(['iptables', 'dnat']);
    const done = events.at(-1);
    if (done?.type !== 'done') throw new Error('no done');
    expect(done.answer.answer).toContain('[1]');
    expect(done.answer.citations[0]?.quote).toContain('iptables');
  });
});

describe('POST /api/ask with a study request', () => {
  it('answers "quiz me on …" and "学习路线" with a quiz or the path, never with what the notes lack', async () => {
    const { app } = await testApp();
    const quiz = await app.request('/api/ask', postJson({ question: 'Quiz me on Docker networking' }));
    expect(quiz.status).toBe(200);
    const quizAnswer = AnswerSchema.parse(await quiz.json());
    expect(quizAnswer.grounded).toBe(true);
    expect(quizAnswer.answer).toMatch(/question quiz on Docker networking/);
    expect(quizAnswer.coverage).not.toBe('partial');

    const path = await app.request('/api/ask', postJson({ question: '给我一条学习路线' }));
    const pathAnswer = AnswerSchema.parse(await path.json());
    expect(pathAnswer.grounded).toBe(true);
    expect(pathAnswer.answer).not.toMatch(/超出了你的笔记范围|没有讲到/);
  });
});

import type { Answer, ChatStudyEvent, Citation, ConceptRef, TutorEvent } from '@notetutor/contracts';
import { resolveQuizTopic } from '@notetutor/study';
import type { KnowledgeHolder } from '../knowledge/knowledge-holder';
import type { QuizService } from './quiz-service';
import type { StudyRequest } from './recognise-study-request';

const TEXT = {
  en: {
    quiz: (n: number, on: string) =>
      `Here is a ${n}-question quiz on ${on}. Pick an answer to see the passage that gives it.`,
    unmatched: (topic: string) =>
      `Your notes do not name “${topic}”, so this quiz is on their central concepts.`,
    central: 'the central concepts of your notes',
    none: 'Your notes do not give enough typed relations or definitions to make quiz questions yet.',
    path: (to: string) => `A study path to ${to}, prerequisites first:`,
    start: 'Where to start: the central concepts of your notes, prerequisites first:',
    unknown: (to: string) => `Your notes do not name “${to}”; here is where to start instead:`,
  },
  zh: {
    quiz: (n: number, on: string) => `这是关于${on}的 ${n} 道题。选一个答案，就能看到笔记中给出答案的段落。`,
    unmatched: (topic: string) => `你的笔记没有提到“${topic}”，所以这套题考的是笔记中的核心概念。`,
    central: '笔记核心概念',
    none: '你的笔记中还没有足够的明确关系或定义来出题。',
    path: (to: string) => `学习${to}的路线（先学前置知识）：`,
    start: '从这里开始：笔记中的核心概念，前置知识在前：',
    unknown: (to: string) => `你的笔记没有提到“${to}”；可以从这里开始：`,
  },
};

/**
 * The events of a chat turn that asked for a quiz or a study path, in the tutor's order (`meta`,
 * `concepts`, then the `quiz` / `study-path` event, the text as one `delta`, and `done` with that text as a
 * grounded answer citing the passages used), so a client that knows only tutor events still shows it.
 */
export function studyChatTurn(
  request: StudyRequest,
  quizzes: QuizService,
  knowledge: KnowledgeHolder,
): Array<TutorEvent | ChatStudyEvent> {
  const lang = request.lang;
  const t = TEXT[lang];
  const lines: string[] = [];
  const citations: Citation[] = [];
  let concepts: ConceptRef[] = [];
  let special: ChatStudyEvent;
  if (request.kind === 'quiz') {
    const quiz = quizzes.create({
      ...(request.topic ? { topic: request.topic } : {}),
      count: request.count,
      language: lang,
    });
    concepts = quiz.concepts;
    if (!quiz.matched && request.topic) lines.push(t.unmatched(request.topic));
    const on = quiz.matched && request.topic ? request.topic : t.central;
    lines.push(quiz.questions.length > 0 ? t.quiz(quiz.questions.length, on) : t.none);
    quiz.questions.forEach((q, i) => {
      lines.push('', `${i + 1}. ${q.prompt}`);
      q.options.forEach((option, k) => {
        lines.push(`   ${String.fromCharCode(65 + k)}. ${option}`);
      });
    });
    special = { type: 'quiz', quiz };
  } else {
    const snapshot = knowledge.current;
    const target = request.target
      ? (snapshot.resolveConcept(request.target) ?? resolveQuizTopic(snapshot.kb, request.target)[0])
      : undefined;
    const path = quizzes.pathSync(target, lang);
    if (request.target && !target) lines.push(t.unknown(request.target));
    else lines.push(path.target ? t.path(path.target.label) : t.start);
    path.steps.forEach((step, i) => {
      const marks = (step.reason?.evidence ?? []).map((citation) => {
        citations.push(citation);
        return `[${citations.length}]`;
      });
      const why = step.reason ? ` — ${step.reason.statement} ${marks.join('')}`.trimEnd() : '';
      lines.push(`${i + 1}. ${step.concept.label}${why}`);
    });
    concepts = path.steps.map((s) => s.concept);
    special = { type: 'study-path', path };
  }
  const text = lines.join('\n');
  const answer: Answer = {
    answer: text,
    grounded: true,
    engine: 'offline',
    citations,
    concepts,
    followUps: [],
    language: lang,
  };
  return [
    { type: 'meta', engine: 'offline', language: lang },
    { type: 'concepts', concepts },
    { type: 'citations', citations },
    special,
    { type: 'delta', text },
    { type: 'done', answer },
  ];
}

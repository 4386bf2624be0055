import type { Answer } from '@notetutor/contracts';
import type { KnowledgeBase } from '@notetutor/graph';
import type { Grounding } from '../types';
import { conceptPhrase } from './concept-phrase';
import { joinLabels } from './join-labels';
import { phraseQuestion } from './phrase-question';

/**
 * The polite refusal for a question the notes do not support: says so plainly, names what the notes do
 * cover (the concepts the question came closest to, else the notes' most central concepts) and offers
 * questions about them (phrased with the concepts' kinds when `kb` is given). `grounded: false`, no citations.
 *
 * @example
 * composeDecline(groundQuestion(kb, { question: 'What is the capital of France?' })).answer;
 * // "That's outside what your notes cover, so I can't answer it from them…"
 */
export function composeDecline(grounding: Grounding, kb?: KnowledgeBase): Answer {
  const language = grounding.language;
  const suggestions = grounding.suggestions ?? [];
  const labels = suggestions.map((s) => s.label);
  const named = grounding.concepts.filter((c) => c.matched !== 'history' && c.matched !== 'graph');
  // The thing the question is about that the notes never name (`银行家算法`), when that is why.
  const absent = grounding.missing?.[0];
  // In English, a kind in general is a plural: "your notes mainly cover containers, Docker and images".
  const general = (concept: { id: string; label: string }) =>
    kb ? conceptPhrase(kb, concept.id, 'en', 'generic') : concept.label;
  const parts: string[] = [];
  if (language === 'zh') {
    if (grounding.uncoveredReason === 'empty') parts.push('我没太明白你想问什么，能把问题说得再具体一点吗？');
    else if (grounding.uncoveredReason === 'off-topic') {
      parts.push(
        absent
          ? `你的笔记没有讲到“${absent}”，我没法根据笔记回答，也不想凭空猜测。`
          : '这个问题超出了你的笔记范围，我没法根据笔记回答，也不想凭空猜测。',
      );
    } else {
      parts.push('你的笔记里没有足够的内容来回答这个问题，我不想凭空猜测。');
      if (named.length > 0)
        parts.push(
          `笔记里提到了${joinLabels(
            named.map((c) => bold(c.label)),
            'zh',
          )}，但没有讲到${absent ? `“${absent}”` : '你问的这一点'}。`,
        );
    }
    if (labels.length > 0)
      parts.push(`这些笔记主要讲的是${joinLabels(labels.map(bold), 'zh')}，可以问问这些方面的问题。`);
  } else {
    if (grounding.uncoveredReason === 'empty') {
      parts.push("I'm not sure what you're asking — could you put the question in a few more words?");
    } else if (grounding.uncoveredReason === 'off-topic') {
      parts.push(
        absent
          ? `Your notes don't mention “${absent}”, so I can't answer it from them, and I'd rather not guess.`
          : "That's outside what your notes cover, so I can't answer it from them, and I'd rather not guess.",
      );
    } else {
      parts.push("Your notes don't say enough to answer that, and I'd rather not guess.");
      if (named.length > 0) {
        parts.push(
          `They do mention ${joinLabels(
            named.map((c) => bold(general(c))),
            'en',
          )}, but not ${absent ? `“${absent}”` : 'this'}.`,
        );
      }
    }
    if (labels.length > 0)
      parts.push(
        `Your notes mainly cover ${joinLabels(
          suggestions.map((c) => bold(general(c))),
          'en',
        )}: ask me about any of those.`,
      );
  }
  return {
    answer: parts.join(language === 'zh' ? '' : ' '),
    grounded: false,
    engine: 'offline',
    citations: [],
    concepts: [],
    followUps: suggestions.slice(0, 3).map((s) => {
      const concept = kb ? conceptPhrase(kb, s.id, language, 'indefinite') : s.label;
      return phraseQuestion({ kind: 'what-is', concept }, language);
    }),
    language,
  };
}

function bold(text: string): string {
  return `**${text}**`;
}

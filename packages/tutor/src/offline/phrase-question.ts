import { looksPlural } from '@notetutor/lexicon/english';

/** The kinds of follow-up question the tutor suggests. */
export type SuggestedQuestion =
  | { kind: 'what-is'; concept: string }
  | { kind: 'relation'; a: string; b: string }
  | { kind: 'difference'; a: string; b: string };

/**
 * A suggested question in the reader's language, from a template per kind.
 *
 * @example
 * phraseQuestion({ kind: 'relation', a: '命名空间', b: '隔离' }, 'zh'); // '命名空间和隔离有什么关系？'
 * phraseQuestion({ kind: 'what-is', concept: 'namespaces' }, 'en'); // 'What are namespaces?'
 */
export function phraseQuestion(question: SuggestedQuestion, language: 'zh' | 'en'): string {
  switch (question.kind) {
    case 'what-is':
      return language === 'zh'
        ? `什么是${question.concept}？`
        : `What ${looksPlural(question.concept) ? 'are' : 'is'} ${question.concept}?`;
    // English labels arrive as noun phrases (see `englishNounPhrase`): "a union mount", "Namespaces".
    case 'relation':
      return language === 'zh'
        ? `${question.a}和${question.b}有什么关系？`
        : `What is the relationship between ${question.a} and ${question.b}?`;
    case 'difference':
      return language === 'zh'
        ? `${question.a}和${question.b}有什么区别？`
        : `What is the difference between ${question.a} and ${question.b}?`;
  }
}

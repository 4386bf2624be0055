import type { AnswerContext } from './answer-context';
import { conceptPhrase } from './concept-phrase';
import { joinLabels } from './join-labels';
import { phraseRelation } from './phrase-relation';

/** A relation (possibly several sources or targets of one type) as a sentence with its marks. */
export function relationSentence(
  context: AnswerContext,
  type: string,
  sources: readonly string[],
  targets: readonly string[],
  marks: readonly number[],
): string {
  const { kb, language } = context;
  const list = (ids: readonly string[]) =>
    joinLabels(
      ids.map((id) => conceptPhrase(kb, id, language, 'definite')),
      language,
    );
  const source = list(sources);
  const phrase =
    sources.length > 1
      ? phraseRelation(type, source, list(targets), language, true)
      : phraseRelation(type, source, list(targets), language);
  const citation = [...marks]
    .sort((x, y) => x - y)
    .map((n) => `[${n}]`)
    .join('');
  return `${phrase} ${citation}${language === 'zh' ? '。' : '.'}`;
}

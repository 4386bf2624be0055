/**
 * The clauses of a question (split at `。！？；:` and sentence ends), each with whether it asks. When the learner
 * marks their questions with `?`/`？`, a clause asks when the sentence it belongs to ends in one, and the
 * others tell: "My NIC has eight RX queues. How do I pin each IRQ with smp_affinity?" tells one sentence and
 * asks the other. A colon or a semicolon inside an asked sentence leaves every clause of it asking ("For
 * `S ::= Aa | bAc`, is it LL(1)?"). A question without a question mark has every clause asking.
 *
 * @example
 * questionClauses('My NIC drops packets. Which queue should I grow?');
 * // [{ text: 'My NIC drops packets', asks: false }, { text: 'Which queue should I grow', asks: true }]
 */
export function questionClauses(question: string): QuestionClause[] {
  const sentences = question.split(SENTENCE_END);
  const marksQuestions = sentences.some((piece, i) => i % 2 === 1 && QUESTION_MARK.test(piece));
  const clauses: QuestionClause[] = [];
  for (let i = 0; i < sentences.length; i += 2) {
    const asks = !marksQuestions || QUESTION_MARK.test(sentences[i + 1] ?? '');
    for (const text of (sentences[i] as string).split(CLAUSE_MARK)) {
      if (text.trim() !== '') clauses.push({ text, asks });
    }
  }
  return clauses;
}

export interface QuestionClause {
  text: string;
  /** False for a clause that tells (context the learner gives) rather than asks. */
  asks: boolean;
}

/** What ends a sentence, kept by `split` as a piece of its own (it says whether the sentence asks). */
const SENTENCE_END = /([。！？!?\n]+|\.\s+)/u;
/** What divides a sentence into clauses. */
const CLAUSE_MARK = /[；;]+|[:：]\s*/u;
const QUESTION_MARK = /[?？]/u;

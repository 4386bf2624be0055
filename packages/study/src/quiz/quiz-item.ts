import type { Citation, QuizDifficulty, QuizQuestionKind, RelationType } from '@notetutor/contracts';
import type { Lang } from '@notetutor/notes';

/**
 * A quiz question with its key: what the learner sees (`prompt`, `options`) and what grades it. Only the
 * API strips the key before sending a question out.
 */
export interface QuizItem {
  /** Stable: from what it asks (kind, concepts, relation, language), never from the wording. */
  id: string;
  kind: QuizQuestionKind;
  lang: Lang;
  /** The concept asked about first, then every other it involves. */
  conceptIds: string[];
  prompt: string;
  /** Options shown (`choice`, `true-false`); empty otherwise. */
  options: string[];
  /** The concept each option names (`choice`), for the quality gates; `null` for true/false options. */
  optionConcepts: (string | null)[];
  /** Index of the right option (`choice`, `true-false`), else null. */
  correct: number | null;
  /** The right answer as text (an option, the blanked name, or the passage's sentence). */
  answer: string;
  /** The concept that answers it (the blank or the right option), or null for true/false and explain. */
  answerConcept: string | null;
  /** Folded spellings a `cloze` answer may take (every alias of the answer). */
  accepted: string[];
  /**
   * The relation the question stands on (`source type target`), when it comes from one; a true/false
   * statement says `source type stated`, which is `target` when true and a sibling when false.
   */
  relation: { source: string; type: RelationType; target: string; stated: string } | null;
  difficulty: QuizDifficulty;
  /** 0–1: how close the wrong options are to the right one. */
  similarity: number;
  /** The passage sentence that answers it. */
  explanation: Citation;
}

import type { Grounding } from '../types';
import type { PassageStore } from './passage-store';

/** A passage as numbered in the prompt: the model cites it as `[n]`. */
export interface PromptPassage {
  /** 1-based number the model cites. */
  n: number;
  id: string;
  /** Headings from the top of the document down to the passage. */
  headingPath: readonly string[];
  text: string;
}

/** How much of the notes goes into one prompt. */
export interface PromptPassageLimits {
  /** Most passages numbered in the prompt. */
  maxPassages: number;
  /** Budget for all passage texts together, in characters (the first passage is always included). */
  maxChars: number;
  /** Longest single passage text; longer ones are cut with `…`. */
  maxPassageChars: number;
}

export const DEFAULT_PROMPT_PASSAGE_LIMITS: PromptPassageLimits = {
  maxPassages: 8,
  maxChars: 9000,
  maxPassageChars: 2000,
};

/**
 * Picks the passages that go into the prompt, best first as the grounding ranked them, numbered from 1.
 * Ids the store does not hold and repeated ids are skipped; the count and total length are bounded so a
 * large corpus cannot blow up the prompt.
 *
 * @example
 * selectPromptPassages(kb, grounding).map((p) => `[${p.n}] ${p.id}`);
 * // → ['[1] docker-concepts.en#1.2', '[2] docker-concepts.en#1.1', …]
 */
export function selectPromptPassages(
  store: PassageStore,
  grounding: Pick<Grounding, 'passages'>,
  limits: PromptPassageLimits = DEFAULT_PROMPT_PASSAGE_LIMITS,
): PromptPassage[] {
  const chosen: PromptPassage[] = [];
  const seen = new Set<string>();
  let total = 0;
  for (const ranked of grounding.passages) {
    if (chosen.length >= limits.maxPassages) break;
    if (seen.has(ranked.id)) continue;
    const passage = store.passages.get(ranked.id);
    if (!passage) continue;
    seen.add(ranked.id);
    const text =
      passage.text.length > limits.maxPassageChars
        ? `${passage.text.slice(0, limits.maxPassageChars).trimEnd()}…`
        : passage.text;
    if (chosen.length > 0 && total + text.length > limits.maxChars) break;
    total += text.length;
    chosen.push({ n: chosen.length + 1, id: ranked.id, headingPath: passage.headingPath, text });
  }
  return chosen;
}

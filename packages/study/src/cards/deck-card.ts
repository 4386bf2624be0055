import type { CardKind } from '@notetutor/contracts';
import type { Lang } from '@notetutor/notes';

/** One side-by-side rendering of a card in one language. */
export interface CardFace {
  front: string;
  /** The short answer (a name, a definition). */
  answer: string;
  /** The sentences of the notes that give the answer, one per line. */
  back: string;
  /** Passage ids the back quotes, in the order it uses them (passages of this language). */
  passageIds: string[];
}

/**
 * A review card made from the notes. `id` is stable: derived from the concept, the kind and what the card
 * asks, never from the wording, so a reworded note keeps the card (and its schedule) and only changes
 * `contentHash`.
 */
export interface DeckCard {
  id: string;
  kind: CardKind;
  /** The concept the card is about first, then any other it involves. */
  conceptIds: string[];
  /** The card in each language the notes allow (at least one). */
  faces: Partial<Record<Lang, CardFace>>;
  /** Original passage ids it was made from (translations follow their originals). */
  passageIds: string[];
  /** SHA-256 over the texts of every passage it was made from, and what it asks. */
  contentHash: string;
}

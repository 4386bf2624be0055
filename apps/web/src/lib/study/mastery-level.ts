import type { ConceptProgress } from '@notetutor/contracts';

/**
 * A concept's progress as the graph draws it: `none` (the notes give it no cards), `new` (cards, none
 * reviewed yet), then four steps of mastery (mean recall probability of its cards), the last being
 * "mastered" (≥ 0.8, the study path's threshold).
 */
export type MasteryLevel = 'none' | 'new' | 'low' | 'some' | 'good' | 'mastered';

/** The levels in legend order. */
export const MASTERY_LEVELS: readonly MasteryLevel[] = ['new', 'low', 'some', 'good', 'mastered', 'none'];

/** What counts as mastered, as in the study path. */
export const MASTERED = 0.8;

/** The level of a concept from `GET /api/study/progress` (undefined: no cards). */
export function masteryLevel(
  progress: Pick<ConceptProgress, 'cards' | 'reviewed' | 'mastery'> | undefined,
): MasteryLevel {
  if (!progress || progress.cards === 0) return 'none';
  if (progress.reviewed === 0) return 'new';
  if (progress.mastery >= MASTERED) return 'mastered';
  if (progress.mastery >= 0.5) return 'good';
  if (progress.mastery >= 0.25) return 'some';
  return 'low';
}

/**
 * Fill of each level: a sequential light→dark blue scale (ColorBrewer "Blues"), told apart by lightness,
 * so it reads under every colour-vision deficiency and in greyscale. `new` is white with a dark ring (the
 * ring is the cue, not a hue); `none` is a pale grey.
 */
export const MASTERY_COLORS: Readonly<Record<MasteryLevel, string>> = {
  new: '#ffffff',
  low: '#c6dbef',
  some: '#6baed6',
  good: '#2171b5',
  mastered: '#08306b',
  none: '#e5e7eb',
};

/** Colour of the ring drawn round a concept not started. */
export const NOT_STARTED_RING = '#1e293b';

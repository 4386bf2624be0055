import type { CardKind, CardSchedule, ConceptProgress, DueCards, StudyCard } from '@notetutor/contracts';
import { arrayOf, isRecord, numberField, stringField } from './shape';
import { toCitation } from './to-answer-parts';

const KINDS = new Set<CardKind>(['definition', 'cloze', 'relation', 'contrast']);
const STATES = new Set(['new', 'learning', 'review', 'relearning']);

function toSchedule(value: unknown): CardSchedule | undefined {
  if (!isRecord(value)) return undefined;
  const state = stringField(value, 'state');
  const due = stringField(value, 'due');
  const version = numberField(value, 'version');
  if (!state || !STATES.has(state) || !due || version === undefined) return undefined;
  return {
    state: state as CardSchedule['state'],
    due,
    lastReview: stringField(value, 'lastReview') ?? null,
    reps: numberField(value, 'reps') ?? 0,
    lapses: numberField(value, 'lapses') ?? 0,
    retrievability: numberField(value, 'retrievability') ?? 0,
    version,
    changed: value.changed === true,
  };
}

/** A review card from untrusted JSON, or `undefined`. */
export function toStudyCard(value: unknown): StudyCard | undefined {
  if (!isRecord(value)) return undefined;
  const id = stringField(value, 'id');
  const kind = stringField(value, 'kind') as CardKind | undefined;
  const front = stringField(value, 'front');
  const schedule = toSchedule(value.schedule);
  if (!id || !kind || !KINDS.has(kind) || !front || !schedule) return undefined;
  const concepts = arrayOf(value.concepts, (c) => {
    if (!isRecord(c)) return undefined;
    const conceptId = stringField(c, 'id');
    return conceptId ? { id: conceptId, label: stringField(c, 'label') ?? conceptId } : undefined;
  });
  if (concepts.length === 0) return undefined;
  return {
    id,
    kind,
    concepts,
    lang: stringField(value, 'lang') === 'en' ? 'en' : 'zh',
    front,
    answer: stringField(value, 'answer') ?? '',
    back: stringField(value, 'back') ?? '',
    citations: arrayOf(value.citations, toCitation),
    schedule,
  };
}

/** `GET /api/study/due` from untrusted JSON, or `undefined`. */
export function toDueCards(value: unknown): DueCards | undefined {
  if (!isRecord(value) || !Array.isArray(value.cards)) return undefined;
  return {
    cards: arrayOf(value.cards, toStudyCard),
    dueNow: numberField(value, 'dueNow') ?? 0,
    dueToday: numberField(value, 'dueToday') ?? 0,
    nextDue: stringField(value, 'nextDue') ?? null,
  };
}

/** The schedule in a `POST /api/study/reviews` answer, or `undefined`. */
export function toReviewSchedule(value: unknown): CardSchedule | undefined {
  return isRecord(value) ? toSchedule(value.schedule) : undefined;
}

function toLastQuiz(value: unknown): ConceptProgress['lastQuiz'] {
  if (!isRecord(value)) return null;
  const correct = numberField(value, 'correct');
  const total = numberField(value, 'total');
  const at = stringField(value, 'at');
  return correct !== undefined && total !== undefined && total > 0 && at ? { correct, total, at } : null;
}

/** The concepts of `GET /api/study/progress`. */
export function toConceptProgress(value: unknown): ConceptProgress[] {
  if (!isRecord(value)) return [];
  return arrayOf(value.concepts, (item) => {
    if (!isRecord(item) || !isRecord(item.concept)) return undefined;
    const id = stringField(item.concept, 'id');
    const mastery = numberField(item, 'mastery');
    if (!id || mastery === undefined) return undefined;
    return {
      concept: { id, label: stringField(item.concept, 'label') ?? id },
      mastery,
      cards: numberField(item, 'cards') ?? 0,
      reviewed: numberField(item, 'reviewed') ?? 0,
      due: numberField(item, 'due') ?? 0,
      lastReview: stringField(item, 'lastReview') ?? null,
      lastQuiz: toLastQuiz(item.lastQuiz),
    };
  });
}

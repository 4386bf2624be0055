import type { AskedGap, ConceptGap, ConceptRef, RelationGap, StudyGaps } from '@notetutor/contracts';
import { arrayOf, isRecord, numberField, stringField } from './shape';
import { toCitation } from './to-answer-parts';

function toRef(value: unknown): ConceptRef | undefined {
  if (!isRecord(value)) return undefined;
  const id = stringField(value, 'id');
  return id ? { id, label: stringField(value, 'label') ?? id } : undefined;
}

function toAskedGap(value: unknown): AskedGap | undefined {
  if (!isRecord(value)) return undefined;
  const question = stringField(value, 'question');
  const kind = stringField(value, 'kind');
  const lastAsked = stringField(value, 'lastAsked');
  if (!question || (kind !== 'declined' && kind !== 'partial') || !lastAsked) return undefined;
  return {
    question,
    kind,
    missing: arrayOf(value.missing, (m) => (typeof m === 'string' ? m : undefined)),
    times: numberField(value, 'times') ?? 1,
    firstAsked: stringField(value, 'firstAsked') ?? lastAsked,
    lastAsked,
  };
}

function toConceptGap(value: unknown): ConceptGap | undefined {
  if (!isRecord(value)) return undefined;
  const concept = toRef(value.concept);
  if (!concept) return undefined;
  return {
    concept,
    mentions: numberField(value, 'mentions') ?? 0,
    passages: arrayOf(value.passages, toCitation),
  };
}

function toRelationGap(value: unknown): RelationGap | undefined {
  if (!isRecord(value)) return undefined;
  const from = toRef(value.from);
  const to = toRef(value.to);
  return from && to ? { from, to, passages: arrayOf(value.passages, toCitation) } : undefined;
}

/** `GET /api/study/gaps` from untrusted JSON, or `undefined`. */
export function toStudyGaps(value: unknown): StudyGaps | undefined {
  if (!isRecord(value)) return undefined;
  const asked = isRecord(value.asked)
    ? { recording: value.asked.recording !== false, questions: arrayOf(value.asked.questions, toAskedGap) }
    : null;
  const totals = isRecord(value.totals) ? value.totals : {};
  const undefinedGaps = arrayOf(value.undefined, toConceptGap);
  const singlePassage = arrayOf(value.singlePassage, toConceptGap);
  const cooccurrenceOnly = arrayOf(value.cooccurrenceOnly, toRelationGap);
  return {
    asked,
    undefined: undefinedGaps,
    singlePassage,
    cooccurrenceOnly,
    totals: {
      undefined: numberField(totals, 'undefined') ?? undefinedGaps.length,
      singlePassage: numberField(totals, 'singlePassage') ?? singlePassage.length,
      cooccurrenceOnly: numberField(totals, 'cooccurrenceOnly') ?? cooccurrenceOnly.length,
    },
  };
}

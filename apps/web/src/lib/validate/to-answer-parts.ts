import type { Answer, Citation, ConceptRef, Engine, OriginalPassage, Source } from '@notetutor/contracts';
import { arrayOf, isRecord, numberField, stringField } from './shape';

/** A `Source` from untrusted JSON, or `undefined`. */
export function toSource(value: unknown): Source | undefined {
  if (!isRecord(value)) return undefined;
  const file = stringField(value, 'file');
  const heading = stringField(value, 'heading') ?? '';
  const line = numberField(value, 'line') ?? 0;
  if (file === undefined) return undefined;
  return { file, heading, line };
}

function toOriginal(value: unknown): OriginalPassage | undefined {
  if (!isRecord(value)) return undefined;
  const id = stringField(value, 'id');
  const quote = stringField(value, 'quote');
  const source = toSource(value.source);
  if (id === undefined || quote === undefined || source === undefined) return undefined;
  return { id, quote, source };
}

/** A `Citation` from untrusted JSON, or `undefined`. */
export function toCitation(value: unknown): Citation | undefined {
  if (!isRecord(value)) return undefined;
  const id = stringField(value, 'id');
  const quote = stringField(value, 'quote');
  const source = toSource(value.source);
  if (id === undefined || quote === undefined || source === undefined) return undefined;
  const original = toOriginal(value.original);
  return original ? { id, quote, source, original } : { id, quote, source };
}

/** A `ConceptRef` from untrusted JSON, or `undefined`. */
export function toConceptRef(value: unknown): ConceptRef | undefined {
  if (!isRecord(value)) return undefined;
  const id = stringField(value, 'id');
  if (id === undefined || id === '') return undefined;
  return { id, label: stringField(value, 'label') ?? id };
}

/** `offline` or `llm`, or `undefined`. */
export function toEngine(value: unknown): Engine | undefined {
  return value === 'offline' || value === 'llm' ? value : undefined;
}

/** `zh` or `en`, or `undefined`. */
export function toLanguage(value: unknown): 'zh' | 'en' | undefined {
  return value === 'zh' || value === 'en' ? value : undefined;
}

/** An `Answer` from untrusted JSON, or `undefined` when its text or engine is missing. */
export function toAnswer(value: unknown): Answer | undefined {
  if (!isRecord(value)) return undefined;
  const answer = stringField(value, 'answer');
  const engine = toEngine(value.engine);
  if (answer === undefined || engine === undefined) return undefined;
  const result: Answer = {
    answer,
    grounded: value.grounded === true,
    engine,
    citations: arrayOf(value.citations, toCitation),
    concepts: arrayOf(value.concepts, toConceptRef),
    followUps: arrayOf(value.followUps, (f) => (typeof f === 'string' && f.trim() ? f : undefined)),
  };
  const language = toLanguage(value.language);
  if (language) result.language = language;
  const notice = stringField(value, 'notice');
  if (notice) result.notice = notice;
  return result;
}

import type { ConceptKind, ConceptSummary } from '@notetutor/contracts';
import { arrayOf, isRecord, numberField, stringField } from '../validate/shape';
import { fetchJson } from './fetch-json';

function toSummary(value: unknown): ConceptSummary | undefined {
  if (!isRecord(value)) return undefined;
  const id = stringField(value, 'id');
  if (!id) return undefined;
  const label = stringField(value, 'label') ?? id;
  return {
    id,
    label,
    labelZh: stringField(value, 'labelZh') ?? label,
    labelEn: stringField(value, 'labelEn') ?? label,
    kind: (stringField(value, 'kind') ?? 'concept') as ConceptKind,
    aliases: arrayOf(value.aliases, (a) => (typeof a === 'string' ? a : undefined)),
    mentions: Math.max(0, numberField(value, 'mentions') ?? 0),
  };
}

/**
 * `GET /api/concepts?q=`: concepts matching a name or alias (all of them for an empty query). Accepts a bare
 * array or an object wrapping it (`concepts`, `results` or `items`).
 */
export async function loadConceptSummaries(query: string, signal?: AbortSignal): Promise<ConceptSummary[]> {
  const path = query.trim() ? `/api/concepts?q=${encodeURIComponent(query.trim())}` : '/api/concepts';
  const json = await fetchJson(path, signal ? { signal } : {});
  const list = Array.isArray(json)
    ? json
    : isRecord(json)
      ? (json.concepts ?? json.results ?? json.items)
      : undefined;
  return arrayOf(list, toSummary);
}

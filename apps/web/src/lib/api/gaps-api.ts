import type { StudyGaps } from '@notetutor/contracts';
import type { UiLanguage } from '../i18n/language';
import { isRecord, numberField } from '../validate/shape';
import { toStudyGaps } from '../validate/to-gaps';
import { ApiError } from './api-error';
import { fetchJson } from './fetch-json';

/** `GET /api/study/gaps`, validated; the learner is the browser's cookie (the proxy adds the token). */
export async function loadGaps(lang: UiLanguage, signal?: AbortSignal): Promise<StudyGaps> {
  const json = await fetchJson(`/api/study/gaps?lang=${lang}`, signal ? { signal } : {});
  const gaps = toStudyGaps(json);
  if (!gaps) throw new ApiError('bad_response', 'the gaps came back in an unexpected shape');
  return gaps;
}

/** `DELETE /api/study/gaps/questions`: how many questions were forgotten. */
export async function clearAskedGaps(): Promise<number> {
  const json = await fetchJson('/api/study/gaps/questions', { method: 'DELETE' });
  return isRecord(json) ? (numberField(json, 'cleared') ?? 0) : 0;
}

/** `PUT /api/study/gaps/settings`: whether unanswered questions are kept; the setting now. */
export async function setGapRecording(recording: boolean): Promise<boolean> {
  const json = await fetchJson('/api/study/gaps/settings', {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ recording }),
  });
  return isRecord(json) ? json.recording === true : recording;
}

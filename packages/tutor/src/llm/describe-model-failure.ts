import type { ModelFailure } from './model-failure';

type Language = 'zh' | 'en';

function seconds(ms: number | undefined): string {
  return ms === undefined ? '' : `${Math.round(ms / 100) / 10}`;
}

/** What went wrong, in a short clause the reader can act on. No prompt, key or stack trace. */
function reason(failure: ModelFailure, language: Language, midStream = false): string {
  const status = failure.status === undefined ? '' : ` (HTTP ${failure.status})`;
  const zhStatus = failure.status === undefined ? '' : `（HTTP ${failure.status}）`;
  switch (failure.kind) {
    case 'timeout':
      if (midStream) {
        return language === 'en'
          ? `The model stalled (nothing more within ${seconds(failure.timeoutMs)} s)`
          : `模型中途停止响应（${seconds(failure.timeoutMs)} 秒内没有新内容）`;
      }
      return language === 'en'
        ? `The model did not answer in time (no reply within ${seconds(failure.timeoutMs)} s)`
        : `模型没有及时回答（${seconds(failure.timeoutMs)} 秒内无响应）`;
    case 'rate_limited':
      return language === 'en' ? 'The model service is busy (rate limited)' : '模型服务繁忙（请求被限流）';
    case 'unavailable':
      return language === 'en' ? `The model service failed${status}` : `模型服务出错${zhStatus}`;
    case 'unauthorized':
      return language === 'en'
        ? `The model service refused the API key${status}`
        : `模型服务拒绝了 API 密钥${zhStatus}`;
    case 'rejected':
      return language === 'en'
        ? `The model service refused the request${status}; check TUTOR_MODEL`
        : `模型服务拒绝了请求${zhStatus}，请检查 TUTOR_MODEL`;
    case 'connection':
      return language === 'en' ? 'The model service could not be reached' : '无法连接到模型服务';
    case 'malformed':
      return language === 'en'
        ? 'The model service sent a reply that could not be read'
        : '模型服务的回复无法解析';
    case 'garbage':
      return language === 'en'
        ? 'The model gave no usable answer citing your notes'
        : '模型没有给出引用笔记的有效回答';
  }
}

/**
 * The notice shown with an offline answer that replaced a failed model answer, in the answer's language.
 *
 * @example
 * fallbackNotice(new ModelFailure('timeout', '…', { timeoutMs: 20000 }), 'en');
 * // → 'The model did not answer in time (no reply within 20 s); this answer was composed offline from your notes.'
 */
export function fallbackNotice(failure: ModelFailure, language: Language): string {
  return language === 'en'
    ? `${reason(failure, 'en')}; this answer was composed offline from your notes.`
    : `${reason(failure, 'zh')}；以下回答由离线引擎根据你的笔记整理。`;
}

/**
 * The message of the `error` event when the model fails after part of its answer was already streamed.
 *
 * @example
 * modelErrorMessage(new ModelFailure('timeout', '…', { timeoutMs: 20000 }), 'en');
 * // → 'The model stalled (nothing more within 20 s), so the answer above is incomplete. Ask again for a complete answer.'
 */
export function modelErrorMessage(failure: ModelFailure, language: Language): string {
  return language === 'en'
    ? `${reason(failure, 'en', true)}, so the answer above is incomplete. Ask again for a complete answer.`
    : `${reason(failure, 'zh', true)}，上面的回答不完整。请重新提问以获得完整回答。`;
}

/**
 * The notice shown with a quiz explanation the model could not grade: the learner rates it themselves.
 *
 * @example
 * gradingFallbackNotice(new ModelFailure('unavailable', '…', { status: 503 }), 'en');
 * // → 'The model service failed (HTTP 503); compare your explanation with the passage and rate it yourself.'
 */
export function gradingFallbackNotice(failure: ModelFailure, language: Language): string {
  return language === 'en'
    ? `${reason(failure, 'en')}; compare your explanation with the passage and rate it yourself.`
    : `${reason(failure, 'zh')}；请对照原文自己评判你的解释。`;
}

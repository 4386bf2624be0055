import type { Turn } from '@notetutor/contracts';
import { ApiError } from '../api/api-error';
import { errorFromResponse } from '../api/error-from-response';
import { createSseParser } from '../sse/parse-sse';
import { toChatEvent } from '../validate/to-tutor-event';
import type { ChatEvent } from './chat-types';

/**
 * Sends the conversation to `POST /api/chat` and yields the tutor's events (and a study turn's quiz or path) as they stream in. Events the page
 * does not understand are skipped. A failed request, or a connection that drops mid-answer, throws `ApiError`;
 * aborting `signal` throws the abort error.
 *
 * @example
 * for await (const event of streamChat([{ role: 'user', content: '什么是容器？' }], controller.signal)) { … }
 */
export async function* streamChat(messages: Turn[], signal: AbortSignal): AsyncGenerator<ChatEvent> {
  let response: Response;
  try {
    response = await fetch('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ messages }),
      signal,
    });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ApiError('unreachable', 'cannot reach /api/chat');
  }
  if (!response.ok) throw await errorFromResponse(response);
  if (!response.body) throw new ApiError('bad_response', '/api/chat returned no body', response.status);

  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parser = createSseParser();
  try {
    while (true) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        if (signal.aborted) throw error;
        throw new ApiError('unreachable', 'the connection to /api/chat dropped');
      }
      const text = chunk.done ? decoder.decode() : decoder.decode(chunk.value, { stream: true });
      for (const message of parser.push(text)) {
        let json: unknown;
        try {
          json = JSON.parse(message.data);
        } catch {
          continue;
        }
        const event = toChatEvent(json);
        if (event) yield event;
      }
      if (chunk.done) break;
    }
  } finally {
    parser.end();
    // Leaving early (stop button, error event) must close the connection so the API frees its slot.
    reader.cancel().catch(() => {});
  }
}

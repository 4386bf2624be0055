import { friendlyError } from '../api/friendly-error';
import type { Messages } from '../i18n/messages';
import { markdownToPlainText } from '../markdown/markdown-to-plain-text';
import type { AssistantMessage } from './chat-types';

/**
 * What a screen reader is told about an answer in `status`: that the tutor is working while it streams (once,
 * not every word), the whole answer as plain text when it is done, that it was stopped, or why it failed.
 *
 * @example
 * answerAnnouncement({ …answer, status: 'done', text: '**Containers** share the kernel [1].' }, messagesFor('en'));
 * // 'The tutor answered: Containers share the kernel [1].'
 */
export function answerAnnouncement(message: AssistantMessage, t: Messages): string {
  switch (message.status) {
    case 'streaming':
      return t.thinking;
    case 'done':
      return t.answerAnnouncement(markdownToPlainText(message.text));
    case 'stopped':
      return t.stopped;
    case 'error':
      return friendlyError(t, message.error ?? { code: 'internal' });
  }
}

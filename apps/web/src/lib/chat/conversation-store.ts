import { toQuizProgress } from '../quiz/to-quiz-progress';
import { arrayOf, isRecord, numberField, stringField } from '../validate/shape';
import { toCitation, toConceptRef, toEngine, toLanguage } from '../validate/to-answer-parts';
import { toStudyPath } from '../validate/to-quiz';
import type { AssistantMessage, ChatMessage, Conversation } from './chat-types';

/** localStorage key of the saved conversations. */
export const CONVERSATIONS_KEY = 'notetutor.conversations.v1';
/** Oldest conversations beyond this are dropped when saving. */
export const MAX_CONVERSATIONS = 50;
const MAX_MESSAGES = 200;

function toMessage(value: unknown): ChatMessage | undefined {
  if (!isRecord(value)) return undefined;
  const id = stringField(value, 'id');
  const text = stringField(value, 'text');
  if (!id || text === undefined) return undefined;
  if (value.role === 'user') return { id, role: 'user', text };
  if (value.role !== 'assistant') return undefined;
  const status = value.status;
  const message: AssistantMessage = {
    id,
    role: 'assistant',
    // An answer still streaming when the page was closed did not finish.
    status: status === 'done' || status === 'error' ? status : 'stopped',
    text,
    citations: arrayOf(value.citations, toCitation),
    concepts: arrayOf(value.concepts, toConceptRef),
    followUps: arrayOf(value.followUps, (f) => (typeof f === 'string' ? f : undefined)),
  };
  const engine = toEngine(value.engine);
  if (engine) message.engine = engine;
  const language = toLanguage(value.language);
  if (language) message.language = language;
  if (typeof value.grounded === 'boolean') message.grounded = value.grounded;
  if (value.coverage === 'full' || value.coverage === 'partial') message.coverage = value.coverage;
  const missing = arrayOf(value.missing, (m) => (typeof m === 'string' ? m : undefined));
  if (missing.length > 0) message.missing = missing;
  const notice = stringField(value, 'notice');
  if (notice) message.notice = notice;
  const quiz = toQuizProgress(value.quiz);
  if (quiz) message.quiz = quiz;
  const studyPath = toStudyPath(value.studyPath);
  if (studyPath) message.studyPath = studyPath;
  if (isRecord(value.error)) {
    const code = stringField(value.error, 'code') ?? 'internal';
    message.error = {
      code: code as NonNullable<AssistantMessage['error']>['code'],
      message: stringField(value.error, 'message') ?? '',
    };
  }
  return message;
}

function toConversation(value: unknown): Conversation | undefined {
  if (!isRecord(value)) return undefined;
  const id = stringField(value, 'id');
  if (!id) return undefined;
  const messages = arrayOf(value.messages, toMessage).slice(-MAX_MESSAGES);
  const createdAt = numberField(value, 'createdAt') ?? 0;
  return {
    id,
    title: stringField(value, 'title') ?? '',
    createdAt,
    updatedAt: numberField(value, 'updatedAt') ?? createdAt,
    messages,
  };
}

/** The conversations saved in `storage`, newest first. Missing, corrupt or foreign data gives `[]`. */
export function loadConversations(storage: Pick<Storage, 'getItem'> | undefined): Conversation[] {
  try {
    const raw = storage?.getItem(CONVERSATIONS_KEY);
    if (!raw) return [];
    return arrayOf(JSON.parse(raw), toConversation).sort((a, b) => b.updatedAt - a.updatedAt);
  } catch {
    return [];
  }
}

/**
 * Saves the conversations (newest `MAX_CONVERSATIONS`, empty ones left out). Returns `false` when the browser
 * refuses (quota exceeded, storage disabled), so the page can say so instead of failing.
 */
export function saveConversations(
  storage: Pick<Storage, 'setItem'> | undefined,
  conversations: Conversation[],
): boolean {
  if (!storage) return false;
  const kept = conversations
    .filter((c) => c.messages.length > 0)
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .slice(0, MAX_CONVERSATIONS)
    .map((c) => ({ ...c, messages: c.messages.slice(-MAX_MESSAGES) }));
  try {
    storage.setItem(CONVERSATIONS_KEY, JSON.stringify(kept));
    return true;
  } catch {
    return false;
  }
}

import type { Turn } from '@notetutor/contracts';
import type { ChatMessage } from './chat-types';

/** Most turns sent as history (the contract accepts 50 plus the question). */
const MAX_TURNS = 50;
/** Longest turn sent, in characters (the contract allows 20 000). */
const MAX_TURN_CHARS = 20_000;

/**
 * The conversation as the API's `messages`: every question, and every answer that produced text (with the
 * concept ids it was about, so a follow-up like "and how is it limited?" resolves). Failed empty answers are
 * left out; the result always alternates as the learner saw it and ends with `question`.
 */
export function toTurns(history: ChatMessage[], question: string): Turn[] {
  const turns: Turn[] = [];
  for (const message of history) {
    if (message.role === 'user') {
      turns.push({ role: 'user', content: message.text.slice(0, MAX_TURN_CHARS) });
    } else if (message.text.trim()) {
      const turn: Turn = { role: 'assistant', content: message.text.slice(0, MAX_TURN_CHARS) };
      if (message.concepts.length > 0) turn.concepts = message.concepts.slice(0, 100).map((c) => c.id);
      turns.push(turn);
    }
  }
  return [...turns.slice(-MAX_TURNS), { role: 'user', content: question }];
}

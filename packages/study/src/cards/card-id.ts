import { createHash } from 'node:crypto';
import type { CardKind } from '@notetutor/contracts';

/**
 * A card's stable id from what it asks (`relation|bridge|requires`): the kind and a SHA-256 prefix (80
 * bits), so ids are short, opaque and the same on every build of the same notes.
 *
 * @example
 * cardId('definition', 'definition|bridge'); // 'definition-3f0c…'
 */
export function cardId(kind: CardKind, asks: string): string {
  return `${kind}-${createHash('sha256').update(asks).digest('hex').slice(0, 20)}`;
}

/** SHA-256 (hex) of the parts, joined unambiguously. */
export function contentHash(parts: string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

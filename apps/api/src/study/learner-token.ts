import { createHash, randomBytes } from 'node:crypto';

/**
 * A new opaque learner token: 256 random bits, base64url. Shown to the client once; only its hash is kept.
 *
 * @example
 * const token = newLearnerToken(); // 'nt_3q2+…' (46 characters)
 */
export function newLearnerToken(): string {
  return `nt_${randomBytes(32).toString('base64url')}`;
}

/** SHA-256 (hex) of a token: what the database stores and looks learners up by. */
export function hashLearnerToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A fresh learner id (not secret: it never grants access). */
export function newLearnerId(): string {
  return `l_${randomBytes(12).toString('base64url')}`;
}

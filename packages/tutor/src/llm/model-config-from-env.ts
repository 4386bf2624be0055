import type { ChatModelConfig } from '../types';
import { PLACEHOLDER_API_KEY } from './create-chat-client';

export const DEFAULT_TUTOR_MODEL = 'gpt-4o-mini';
export const DEFAULT_TUTOR_TIMEOUT_MS = 20_000;
export const DEFAULT_TUTOR_MAX_RETRIES = 2;

const WHERE = '@notetutor/tutor/model-config-from-env';

function integerFrom(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new Error(`${WHERE}: ${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/**
 * The chat model configuration described by environment variables, or `null` when no model is configured
 * (neither `OPENAI_API_KEY` nor `OPENAI_BASE_URL` set), in which case the tutor answers offline.
 * Pure: pass it `process.env` (the apps do) or any record.
 *
 * | variable | meaning | default |
 * | --- | --- | --- |
 * | `OPENAI_API_KEY` | API key | `"not-needed"` when only a base URL is given (Ollama, llama.cpp server) |
 * | `OPENAI_BASE_URL` | OpenAI-compatible server, e.g. `http://127.0.0.1:11434/v1` | OpenAI's |
 * | `TUTOR_MODEL` | model name | `gpt-4o-mini` |
 * | `TUTOR_TIMEOUT_MS` | idle limit per attempt (response, first token, between tokens), 100–600000 | 20000 |
 * | `TUTOR_MAX_RETRIES` | retries after 429/5xx/connection errors, 0–5 | 2 |
 *
 * Throws an error naming the variable when one is malformed (a base URL that is not http(s), a timeout that is
 * not a number), so a typo does not silently fall back to the offline engine.
 *
 * @example
 * modelConfigFromEnv({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', TUTOR_MODEL: 'qwen2.5:7b' });
 * // → { apiKey: 'not-needed', baseURL: 'http://127.0.0.1:11434/v1', model: 'qwen2.5:7b', timeoutMs: 20000, maxRetries: 2 }
 */
export function modelConfigFromEnv(env: Record<string, string | undefined>): ChatModelConfig | null {
  const apiKey = env.OPENAI_API_KEY?.trim() || undefined;
  const baseURL = env.OPENAI_BASE_URL?.trim() || undefined;
  if (apiKey === undefined && baseURL === undefined) return null;
  if (baseURL !== undefined) {
    let protocol: string;
    try {
      protocol = new URL(baseURL).protocol;
    } catch {
      throw new Error(`${WHERE}: OPENAI_BASE_URL must be an http(s) URL, got "${baseURL}"`);
    }
    if (protocol !== 'http:' && protocol !== 'https:') {
      throw new Error(`${WHERE}: OPENAI_BASE_URL must be an http(s) URL, got "${baseURL}"`);
    }
  }
  const config: ChatModelConfig = {
    apiKey: apiKey ?? PLACEHOLDER_API_KEY,
    model: env.TUTOR_MODEL?.trim() || DEFAULT_TUTOR_MODEL,
    timeoutMs: integerFrom(env, 'TUTOR_TIMEOUT_MS', DEFAULT_TUTOR_TIMEOUT_MS, 100, 600_000),
    maxRetries: integerFrom(env, 'TUTOR_MAX_RETRIES', DEFAULT_TUTOR_MAX_RETRIES, 0, 5),
  };
  if (baseURL !== undefined) config.baseURL = baseURL;
  return config;
}

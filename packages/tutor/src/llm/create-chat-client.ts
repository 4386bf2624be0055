import OpenAI from 'openai';
import type { ChatModelConfig } from '../types';
import { STREAM_LIMIT_FACTOR } from './stream-model-text';

/** The key sent to servers that need none (Ollama, llama.cpp server); the SDK insists on one. */
export const PLACEHOLDER_API_KEY = 'not-needed';
export const DEFAULT_OPENAI_BASE_URL = 'https://api.openai.com/v1';

/**
 * The `openai` SDK client for a model config. Everything comes from the config, nothing from ambient
 * `OPENAI_*` variables (organisation, project, admin key, logging), so a tutor behaves the same wherever it
 * runs. The SDK's own retries are off and its log is silent: `streamModelText` retries and reports.
 *
 * @example
 * const client = createChatClient({ baseURL: 'http://127.0.0.1:11434/v1', model: 'qwen2.5', timeoutMs: 20_000, maxRetries: 2 });
 */
export function createChatClient(config: ChatModelConfig): OpenAI {
  return new OpenAI({
    apiKey: config.apiKey ?? PLACEHOLDER_API_KEY,
    baseURL: config.baseURL ?? DEFAULT_OPENAI_BASE_URL,
    organization: null,
    project: null,
    adminAPIKey: null,
    webhookSecret: null,
    maxRetries: 0,
    timeout: config.timeoutMs * STREAM_LIMIT_FACTOR,
    logLevel: 'off',
  });
}

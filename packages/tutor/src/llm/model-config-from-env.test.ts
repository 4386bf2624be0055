import { describe, expect, it } from 'vitest';
import { modelConfigFromEnv } from './model-config-from-env';

describe('modelConfigFromEnv', () => {
  it('is null when neither a key nor a base URL is set (offline engine)', () => {
    expect(modelConfigFromEnv({})).toBeNull();
    expect(modelConfigFromEnv({ OPENAI_API_KEY: '  ', TUTOR_MODEL: 'x' })).toBeNull();
  });

  it('uses OpenAI defaults with only a key', () => {
    expect(modelConfigFromEnv({ OPENAI_API_KEY: 'sk-test' })).toEqual({
      apiKey: 'sk-test',
      model: 'gpt-4o-mini',
      timeoutMs: 20000,
      maxRetries: 2,
    });
  });

  it('needs no key for a local server given by base URL, and reads model, timeout and retries', () => {
    expect(
      modelConfigFromEnv({
        OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1',
        TUTOR_MODEL: 'qwen2.5:7b',
        TUTOR_TIMEOUT_MS: '5000',
        TUTOR_MAX_RETRIES: '0',
      }),
    ).toEqual({
      apiKey: 'not-needed',
      baseURL: 'http://127.0.0.1:11434/v1',
      model: 'qwen2.5:7b',
      timeoutMs: 5000,
      maxRetries: 0,
    });
  });

  it('names the variable when one is malformed instead of silently going offline', () => {
    expect(() => modelConfigFromEnv({ OPENAI_BASE_URL: 'localhost:11434' })).toThrow(
      /OPENAI_BASE_URL must be an http\(s\) URL/,
    );
    expect(() => modelConfigFromEnv({ OPENAI_API_KEY: 'k', TUTOR_TIMEOUT_MS: '20s' })).toThrow(
      /TUTOR_TIMEOUT_MS/,
    );
    expect(() => modelConfigFromEnv({ OPENAI_API_KEY: 'k', TUTOR_MAX_RETRIES: '99' })).toThrow(
      /TUTOR_MAX_RETRIES must be a whole number from 0 to 5/,
    );
  });
});

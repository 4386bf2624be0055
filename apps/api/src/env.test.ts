import { describe, expect, it } from 'vitest';
import { ConfigError, readEnv } from './env';

describe('readEnv', () => {
  it('has working defaults: port 8787, the repo’s notes and vocabulary, the web app’s origin, offline', () => {
    const config = readEnv({});
    expect(config.port).toBe(8787);
    expect(config.host).toBe('127.0.0.1');
    expect(config.notesDir).toMatch(/data\/notes$/);
    expect(config.vocabularyFile).toMatch(/data\/vocabulary\.yaml$/);
    expect(config.corsOrigins).toEqual(['http://localhost:3000']);
    expect(config.model).toBeNull();
    expect(config.limits.maxBodyBytes).toBe(64 * 1024);
    expect(config.logLevel).toBe('info');
  });

  it('prefers API_PORT over PORT, resolves relative paths from where npm was started, reads every limit', () => {
    const config = readEnv({
      PORT: '3000',
      API_PORT: '9000',
      NOTES_DIR: 'notes',
      INIT_CWD: '/home/learner',
      CORS_ORIGINS: 'http://localhost:3000, https://tutor.example/',
      RATE_LIMIT_PER_MINUTE: '0',
      MAX_CONCURRENT_STREAMS: '250',
      REQUEST_TIMEOUT_MS: '30000',
      LOG_LEVEL: 'DEBUG',
      TRUST_PROXY: 'none',
    });
    expect(config.port).toBe(9000);
    expect(config.notesDir).toBe('/home/learner/notes');
    expect(config.corsOrigins).toEqual(['http://localhost:3000', 'https://tutor.example']);
    expect(config.limits).toMatchObject({
      ratePerMinute: 0,
      maxConcurrentStreams: 250,
      requestTimeoutMs: 30_000,
    });
    expect(config.logLevel).toBe('debug');
    expect(config.trustProxy).toBe('none');
  });

  it('configures the LLM engine from the tutor’s variables', () => {
    const config = readEnv({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', TUTOR_MODEL: 'qwen2.5:7b' });
    expect(config.model).toMatchObject({ baseURL: 'http://127.0.0.1:11434/v1', model: 'qwen2.5:7b' });
  });

  it('stops with one message naming every bad variable', () => {
    let error: unknown;
    try {
      readEnv({
        PORT: '80a',
        RATE_LIMIT_PER_MINUTE: '-1',
        LOG_LEVEL: 'loud',
        WEB_ORIGIN: 'localhost:3000',
        OPENAI_BASE_URL: 'ftp://models',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/^@notetutor\/api\/env: bad configuration:/);
    for (const name of ['PORT', 'RATE_LIMIT_PER_MINUTE', 'LOG_LEVEL', 'WEB_ORIGIN', 'OPENAI_BASE_URL']) {
      expect(message).toContain(name);
    }
  });

  it('refuses a port out of range', () => {
    expect(() => readEnv({ PORT: '70000' })).toThrow(/PORT must be at most 65535/);
  });
});

describe('readEnv: learner database', () => {
  it('puts the SQLite file outside the notes by default, and PostgreSQL with DATABASE_URL', () => {
    const config = readEnv({});
    expect(config.study.dbFile).toMatch(/data\/state\/learners\.sqlite$/);
    expect(config.study.databaseUrl).toBeNull();
    expect(readEnv({ DATABASE_URL: 'postgres://u@db:5432/tutor' }).study.databaseUrl).toBe(
      'postgres://u@db:5432/tutor',
    );
  });

  it('refuses a database file inside the notes folder, and a DATABASE_URL that is not PostgreSQL', () => {
    expect(() => readEnv({ NOTES_DIR: '/srv/notes', STUDY_DB_FILE: '/srv/notes/state/l.sqlite' })).toThrow(
      /STUDY_DB_FILE: .* is inside the notes folder/,
    );
    expect(() => readEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must be a postgres/);
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type FakeOpenAI,
  type FakeOpenAIOptions,
  startFakeOpenAI,
} from '@notetutor/test-support/fake-openai-server';
import { freePort, startProcess, waitForHttp } from './process-group';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** The app started the way `npm start` starts it, answering through a local fake OpenAI-compatible model. */
export interface LlmApp {
  webUrl: string;
  apiUrl: string;
  /** The fake model: what it was asked, and whether each request was closed early. */
  model: FakeOpenAI;
  stop: () => Promise<void>;
}

/**
 * Starts the fake OpenAI-compatible server of `@notetutor/tutor`'s tests with `script`, then the built API and
 * web app through `scripts/start.mjs` with `OPENAI_BASE_URL` pointing at it (on free ports). The build must
 * exist (the global setup makes sure of it).
 */
export async function startLlmApp(script: FakeOpenAIOptions['script']): Promise<LlmApp> {
  const model = await startFakeOpenAI({ script });
  const [apiPort, webPort] = [await freePort(), await freePort()];
  const logs = mkdtempSync(join(tmpdir(), 'notetutor-e2e-llm-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    TURBO_TELEMETRY_DISABLED: '1',
    LOG_LEVEL: 'warn',
    STUDY_DB_FILE: join(logs, 'learners.sqlite'),
    API_PORT: String(apiPort),
    WEB_PORT: String(webPort),
    NOTETUTOR_SKIP_BUILD: '1',
    OPENAI_BASE_URL: model.baseURL,
    OPENAI_API_KEY: 'e2e-test-key',
    TUTOR_MODEL: 'fake-model',
    // No retries: a request the page closed must stay closed, and the fake answers every request anyway.
    TUTOR_MAX_RETRIES: '0',
  };
  const app = startProcess(process.execPath, [join(root, 'scripts/start.mjs')], {
    cwd: root,
    env,
    logFile: join(logs, 'start.log'),
  });
  const stop = async () => {
    await app.stop();
    await model.close();
  };
  try {
    await waitForHttp(`http://127.0.0.1:${apiPort}/api/health`, (r) => r.ok, {
      timeoutMs: 120_000,
      process: app,
    });
    await waitForHttp(`http://127.0.0.1:${webPort}/icon.svg`, (r) => r.ok, {
      timeoutMs: 60_000,
      process: app,
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { webUrl: `http://127.0.0.1:${webPort}`, apiUrl: `http://127.0.0.1:${apiPort}`, model, stop };
}

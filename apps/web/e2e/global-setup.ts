import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startFixtureApi } from '../test/fixture-api';
import { CHROMIUM } from './support/browser';
import { ensureBuilt } from './support/ensure-built';
import { freePort, type RunningProcess, startProcess, waitForHttp } from './support/process-group';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Why the suite is skipped, or '' when it runs. */
    e2eSkip: string;
    /** The web app, talking to the API. */
    webUrl: string;
    /** The API itself. */
    apiUrl: string;
    /** A second web app whose API port is closed: the "API is down" case. */
    brokenWebUrl: string;
  }
}

const webDir = fileURLToPath(new URL('..', import.meta.url));
const root = fileURLToPath(new URL('../../..', import.meta.url));
const nextBin = join(root, 'node_modules/next/dist/bin/next');

/**
 * Starts what the browser tests talk to, the way `npm start` does: the built API and the built web app
 * (through `scripts/start.mjs`, on free ports), plus a web app pointed at a closed port. `E2E_API=fixture`
 * swaps the real API for `test/fixture-api.ts` (for working on the web app while the API is broken).
 */
export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI) throw new Error(`e2e: ${CHROMIUM} is missing; CI must install Debian's chromium`);
    const reason = `${CHROMIUM} is missing (apt-get install -y chromium); browser tests skipped`;
    console.warn(`\n⚠ e2e: ${reason}\n`);
    project.provide('e2eSkip', reason);
    project.provide('webUrl', '');
    project.provide('apiUrl', '');
    project.provide('brokenWebUrl', '');
    return;
  }
  project.provide('e2eSkip', '');

  const useFixture = process.env.E2E_API === 'fixture';
  ensureBuilt(
    'the web app',
    join(webDir, '.next/BUILD_ID'),
    [join(webDir, 'src'), join(root, 'packages/contracts/src'), join(root, 'packages/lexicon/src/english')],
    {
      cwd: webDir,
      args: ['run', 'build'],
    },
  );
  if (!useFixture) {
    ensureBuilt(
      'the API',
      join(root, 'apps/api/dist/main.mjs'),
      [
        'apps/api/src',
        'packages/contracts/src',
        'packages/notes/src',
        'packages/lexicon/src',
        'packages/graph/src',
        'packages/tutor/src',
        'packages/study/src',
        'packages/db/src',
      ].map((p) => join(root, p)),
      { cwd: join(root, 'apps/api'), args: ['run', 'build'] },
    );
  }

  const logs = mkdtempSync(join(tmpdir(), 'notetutor-e2e-'));
  const [apiPort, webPort, brokenWebPort, closedPort] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
    freePort(),
  ]);
  // The offline engine answers here whatever the developer's shell has configured (`e2e/llm-chat.test.ts`
  // starts its own app with a local fake model).
  const { OPENAI_API_KEY: _key, OPENAI_BASE_URL: _baseUrl, ...inherited } = process.env;
  const env = {
    ...inherited,
    NEXT_TELEMETRY_DISABLED: '1',
    TURBO_TELEMETRY_DISABLED: '1',
    LOG_LEVEL: 'warn',
    // Learner state of the browser tests goes to a throw-away file, never the repository's data/state.
    STUDY_DB_FILE: join(logs, 'learners.sqlite'),
  };
  const running: RunningProcess[] = [];
  let closeFixture: (() => Promise<void>) | undefined;

  const teardown = async () => {
    await Promise.all(running.map((p) => p.stop()));
    await closeFixture?.();
  };

  try {
    if (useFixture) {
      const fixture = await startFixtureApi(apiPort);
      closeFixture = fixture.close;
      const web = startProcess(process.execPath, [nextBin, 'start', '-p', String(webPort)], {
        cwd: webDir,
        env: { ...env, API_PORT: String(apiPort) },
        logFile: join(logs, 'web.log'),
      });
      running.push(web);
      await waitForHttp(`http://127.0.0.1:${webPort}/icon.svg`, (r) => r.ok, {
        timeoutMs: 60_000,
        process: web,
      });
    } else {
      const app = startProcess(process.execPath, [join(root, 'scripts/start.mjs')], {
        cwd: root,
        env: { ...env, API_PORT: String(apiPort), WEB_PORT: String(webPort), NOTETUTOR_SKIP_BUILD: '1' },
        logFile: join(logs, 'start.log'),
      });
      running.push(app);
      await waitForHttp(`http://127.0.0.1:${apiPort}/api/health`, (r) => r.ok, {
        timeoutMs: 120_000,
        process: app,
      });
      await waitForHttp(`http://127.0.0.1:${webPort}/icon.svg`, (r) => r.ok, {
        timeoutMs: 60_000,
        process: app,
      });
    }

    const broken = startProcess(process.execPath, [nextBin, 'start', '-p', String(brokenWebPort)], {
      cwd: webDir,
      env: { ...env, API_PORT: String(closedPort) },
      logFile: join(logs, 'broken-web.log'),
    });
    running.push(broken);
    await waitForHttp(`http://127.0.0.1:${brokenWebPort}/icon.svg`, (r) => r.ok, {
      timeoutMs: 60_000,
      process: broken,
    });
  } catch (error) {
    await teardown();
    throw error;
  }

  project.provide('webUrl', `http://127.0.0.1:${webPort}`);
  project.provide('apiUrl', `http://127.0.0.1:${apiPort}`);
  project.provide('brokenWebUrl', `http://127.0.0.1:${brokenWebPort}`);
  return teardown;
}

#!/usr/bin/env node
// `npm start`: build the web app and the API, start both (each in its own process group), print where they
// are and which engine answers, forward Ctrl+C / SIGTERM to both, and stop everything if either one dies.
//
// Environment: API_PORT (default 8787), WEB_PORT (default 3000), NOTES_DIR and the API's other settings
// (passed through), NOTETUTOR_SKIP_BUILD=1 to start what is already built.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const webDir = `${root}apps/web`;
const apiEntry = `${root}apps/api/dist/main.mjs`;

function port(name, fallback) {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65_535) {
    console.error(`notes-tutor/start: ${name}=${raw} is not a port (1–65535)`);
    process.exit(2);
  }
  return value;
}

const apiPort = port('API_PORT', 8787);
const webPort = port('WEB_PORT', 3000);
if (apiPort === webPort) {
  console.error(`notes-tutor/start: API_PORT and WEB_PORT are both ${apiPort}; pick two different ports`);
  process.exit(2);
}
const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1' };

if (process.env.NOTETUTOR_SKIP_BUILD !== '1') {
  console.log('notes-tutor: building the web app and the API…');
  const build = spawnSync(
    'npx',
    [
      'turbo',
      'run',
      'build',
      '--filter=@notetutor/web',
      '--filter=@notetutor/api',
      '--output-logs=errors-only',
    ],
    { cwd: root, stdio: 'inherit', env: baseEnv },
  );
  if (build.status !== 0) {
    console.error('notes-tutor/start: the build failed (see above); nothing was started');
    process.exit(build.status ?? 1);
  }
}
if (!existsSync(apiEntry)) {
  console.error(`notes-tutor/start: ${apiEntry} is missing; run without NOTETUTOR_SKIP_BUILD to build it`);
  process.exit(1);
}
const nextBin = createRequire(`${webDir}/package.json`).resolve('next/dist/bin/next');

/** @type {Map<string, import('node:child_process').ChildProcess>} */
const children = new Map();
let stopping = false;

function startChild(name, args, options) {
  // `detached`: the child leads its own process group, so stopping it also stops what it spawned
  // (`next start` runs the server in a grandchild).
  const child = spawn(process.execPath, args, { ...options, stdio: 'inherit', detached: true });
  children.set(name, child);
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (stopping) {
      if (children.size === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    console.error(
      `notes-tutor/start: the ${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest`,
    );
    process.exitCode = code || 1;
    stopAll('SIGTERM');
  });
  return child;
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function stopAll(signal) {
  if (stopping && signal !== 'SIGKILL') return;
  stopping = true;
  for (const child of children.values()) signalGroup(child, signal);
  if (children.size === 0) process.exit(process.exitCode ?? 0);
  // Whatever has not finished its graceful shutdown in 15 s is killed.
  setTimeout(() => {
    for (const child of children.values()) signalGroup(child, 'SIGKILL');
    process.exit(process.exitCode ?? 1);
  }, 15_000).unref();
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (!stopping) console.log(`\nnotes-tutor: ${signal}, stopping…`);
    stopAll(signal === 'SIGHUP' ? 'SIGTERM' : signal);
  });
}

async function waitFor(url, what, accept) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (stopping) return undefined;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (accept(response)) return response;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  console.error(`notes-tutor/start: the ${what} did not come up at ${url} within 90 s`);
  stopAll('SIGTERM');
  return undefined;
}

startChild('API', [apiEntry], {
  cwd: root,
  env: {
    ...baseEnv,
    PORT: String(apiPort),
    API_PORT: String(apiPort),
    WEB_ORIGIN: process.env.WEB_ORIGIN ?? `http://localhost:${webPort}`,
  },
});
const health = await waitFor(`http://127.0.0.1:${apiPort}/api/health`, 'API', (r) => r.ok);
if (!health) await new Promise(() => {});
const { engine = 'offline', model, concepts } = await health.json().catch(() => ({}));

startChild('web app', [nextBin, 'start', '-p', String(webPort)], {
  cwd: webDir,
  env: { ...baseEnv, API_PORT: String(apiPort), PORT: String(webPort) },
});
const web = await waitFor(`http://127.0.0.1:${webPort}/icon.svg`, 'web app', (r) => r.status < 500);
if (!web) await new Promise(() => {});

console.log(
  [
    '',
    'notes-tutor is running',
    `  chat and graph:  http://localhost:${webPort}/`,
    `  API:             http://localhost:${apiPort}/api/health  (docs: /api/docs)`,
    `  engine:          ${engine === 'llm' ? `LLM${model ? ` (${model})` : ''}` : 'offline (set OPENAI_API_KEY / OPENAI_BASE_URL to use a model)'}${typeof concepts === 'number' ? `, ${concepts} concepts` : ''}`,
    '  Ctrl+C stops both.',
    '',
  ].join('\n'),
);

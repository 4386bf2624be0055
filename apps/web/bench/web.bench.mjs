#!/usr/bin/env node
// Web benchmark (`npm run bench` in apps/web; the root bench runs it too). Starts the built app and API the way
// `npm start` does (on free ports), then measures:
//   1. first-load JavaScript of `/` (and `/graph`): the gzipped size of every script the server-rendered HTML
//      loads before any interaction (budget for `/`: ≤ 200 KB);
//   2. Lighthouse 12 performance and accessibility scores of `/` and `/graph` (budgets: ≥ 90 and ≥ 95), with
//      Lighthouse's default mobile emulation and simulated throttling, median of BENCH_RUNS runs (default 3);
//      for information (no budget) also `/graph?focus=<hub>`, where sigma starts at once (a deep link);
//   3. what starting sigma on its own costs on `/graph` (it waits for an idle moment ≥ 3 s after `load`):
//      when it is drawn, and the main-thread tasks over 50 ms from then on (unthrottled, WebGL on SwiftShader).
// Prints the figures with the machine they ran on; exits non-zero when a budget is missed.
//
// BENCH_API=fixture uses apps/web/test/fixture-api.ts instead of the real API.
// --screenshots also writes /tmp/web-*.png (chat with an answer, a citation, the graph, a concept page, a
// phone); --screenshots-only does just that.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const webDir = fileURLToPath(new URL('..', import.meta.url));
const root = fileURLToPath(new URL('../../..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];
const BUDGET = { firstLoadKb: 200, performance: 90, accessibility: 95 };
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
const screenshotsOnly = process.argv.includes('--screenshots-only');
const wantScreenshots = screenshotsOnly || process.argv.includes('--screenshots');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function start(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  return {
    output: () => output,
    exited,
    async stop() {
      try {
        process.kill(child.pid, 'SIGTERM');
      } catch {}
      const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 20_000).unref());
      await Promise.race([exited, timeout]);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    },
  };
}

async function waitFor(url, proc) {
  const deadline = Date.now() + 120_000;
  let ended = null;
  proc?.exited.then((how) => {
    ended = how;
  });
  while (Date.now() < deadline) {
    if (ended !== null)
      throw new Error(`web bench: a server exited (${ended}) before ${url} answered:\n${proc.output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.body?.cancel();
      if (response.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`web bench: ${url} did not answer in 120 s`);
}

/** Every script the server-rendered HTML of `path` loads up front, with its gzipped size. */
async function firstLoadJs(base, path) {
  const html = await (await fetch(`${base}${path}`)).text();
  const sources = new Set();
  // `nomodule` scripts (legacy polyfills) are never loaded by the browsers Next 16 supports.
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)) {
    if (!/\snomodule/i.test(match[0])) sources.add(match[1]);
  }
  for (const match of html.matchAll(/<link[^>]*rel="(?:preload|modulepreload)"[^>]*>/g)) {
    const tag = match[0];
    if (!/as="script"/.test(tag) && !/modulepreload/.test(tag)) continue;
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    if (href) sources.add(href);
  }
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src.replaceAll('&amp;', '&'), base))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { scripts: sources.size, rawKb: raw / 1024, gzipKb: gzip / 1024 };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function lighthouseScores(url) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const perf = [];
  const a11y = [];
  const lcp = [];
  const tbt = [];
  for (let i = 0; i < runs; i++) {
    const profile = mkdtempSync(join(os.tmpdir(), 'notetutor-lh-'));
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: CHROME_FLAGS,
      userDataDir: profile,
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      const { categories, audits } = result.lhr;
      perf.push(Math.round((categories.performance.score ?? 0) * 100));
      a11y.push(Math.round((categories.accessibility.score ?? 0) * 100));
      lcp.push(audits['largest-contentful-paint']?.numericValue ?? 0);
      tbt.push(audits['total-blocking-time']?.numericValue ?? 0);
      if (i === 0) {
        const failing = Object.values(audits).filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            result.lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0),
        );
        for (const audit of failing)
          console.log(`    a11y audit not passed on ${url}: ${audit.id} (${audit.title})`);
      }
    } finally {
      await chrome.kill();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  return {
    performance: median(perf),
    accessibility: median(a11y),
    lcpMs: median(lcp),
    tbtMs: median(tbt),
    perfRuns: perf,
  };
}

/** The most connected concept (for deep links). */
async function hubConcept(base) {
  const graph = await (await fetch(`${base}/api/graph`)).json();
  const degree = new Map();
  for (const e of graph.edges) for (const k of [e.source, e.target]) degree.set(k, (degree.get(k) ?? 0) + 1);
  return [...degree.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** When sigma draws `/graph` with no interaction, and the long main-thread tasks from then on (median run). */
async function sigmaIdleStart(base) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.slice(1) });
  const samples = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
      await page.addInitScript(() => {
        window.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const t of list.getEntries())
            window.__longTasks.push({ start: t.startTime, duration: t.duration });
        }).observe({ type: 'longtask', buffered: true });
        new MutationObserver((_, observer) => {
          if (document.querySelector('canvas.sigma-nodes')) {
            window.__sigmaAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${base}/graph`);
      await page.locator('canvas.sigma-nodes').waitFor({ timeout: 15_000 });
      await page.waitForTimeout(2000);
      samples.push(
        await page.evaluate(() => {
          const loaded = performance.getEntriesByType('navigation')[0].loadEventEnd;
          const after = window.__longTasks.filter((t) => t.start >= loaded + 1500);
          return {
            drawnAfterLoadMs: window.__sigmaAt - loaded,
            tasks: after.length,
            longestMs: Math.max(0, ...after.map((t) => t.duration)),
            blockingMs: after.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
          };
        }),
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const pick = (key) => median(samples.map((s) => s[key]));
  return {
    drawnAfterLoadMs: pick('drawnAfterLoadMs'),
    tasks: pick('tasks'),
    longestMs: pick('longestMs'),
    blockingMs: pick('blockingMs'),
  };
}

async function screenshots(base) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.slice(1) });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await page.goto(`${base}/`);
    await page.fill('#question', 'What is the difference between a container and a virtual machine?');
    await page.press('#question', 'Enter');
    await page.locator('[data-testid=answer][data-status=done]').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(800);
    await page.screenshot({ path: '/tmp/web-chat.png', fullPage: true });
    await page.locator('[data-testid=answer] .md button.cite-mark').first().click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: '/tmp/web-citation.png' });
    await page.goto(`${base}/graph`);
    await page.locator('[data-testid=graph-preview]').waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: '/tmp/web-graph-preview.png' });
    // No interaction: sigma takes over when the browser is idle.
    await page.locator('canvas.sigma-nodes').waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1200);
    await page.screenshot({ path: '/tmp/web-graph.png' });
    const hub = await hubConcept(base);
    await page.goto(`${base}/graph?focus=${encodeURIComponent(hub)}`);
    await page.locator('#concept-panel-title').waitFor();
    await page.waitForTimeout(1200);
    await page.screenshot({ path: '/tmp/web-graph-focus.png' });
    const nojs = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
    });
    const plain = await nojs.newPage();
    await plain.goto(`${base}/concepts/${encodeURIComponent(hub)}`);
    await plain.screenshot({ path: '/tmp/web-concept.png', fullPage: true });
    const phone = await browser.newPage({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      isMobile: true,
      hasTouch: true,
    });
    await phone.goto(`${base}/`);
    await phone.waitForTimeout(800);
    await phone.screenshot({ path: '/tmp/web-phone.png' });
    console.log(
      'screenshots: /tmp/web-chat.png, /tmp/web-citation.png, /tmp/web-graph-preview.png, /tmp/web-graph.png, /tmp/web-graph-focus.png, /tmp/web-concept.png, /tmp/web-phone.png',
    );
  } finally {
    await browser.close();
  }
}

if (!existsSync(join(webDir, '.next/BUILD_ID'))) {
  console.error(
    'web bench: no build in apps/web/.next; run `npm run build -w @notetutor/web` first (turbo does)',
  );
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`web bench: ${CHROMIUM} is missing (apt-get install -y chromium)`);
  process.exit(1);
}

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
  LOG_LEVEL: 'warn',
  CHROME_PATH: CHROMIUM,
};
const [apiPort, webPort] = [await freePort(), await freePort()];
const base = `http://127.0.0.1:${webPort}`;
const servers = [];
let failed = false;
try {
  if (process.env.BENCH_API === 'fixture') {
    const api = start('npx', ['tsx', join(webDir, 'test/fixture-api.ts'), String(apiPort)], {
      cwd: root,
      env,
    });
    servers.push(api);
    await waitFor(`http://127.0.0.1:${apiPort}/api/health`, api);
    const web = start(
      process.execPath,
      [join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(webPort)],
      {
        cwd: webDir,
        env: { ...env, API_PORT: String(apiPort) },
      },
    );
    servers.push(web);
    await waitFor(`${base}/icon.svg`, web);
  } else {
    const app = start(process.execPath, [join(root, 'scripts/start.mjs')], {
      cwd: root,
      env: {
        ...env,
        API_PORT: String(apiPort),
        WEB_PORT: String(webPort),
        NOTETUTOR_SKIP_BUILD: '1',
        // The header asks for the learner's due count: keep those learners out of the repository's data/state.
        STUDY_DB_FILE: join(mkdtempSync(join(os.tmpdir(), 'notetutor-web-bench-')), 'learners.sqlite'),
      },
    });
    servers.push(app);
    await waitFor(`http://127.0.0.1:${apiPort}/api/health`, app);
    await waitFor(`${base}/icon.svg`, app);
  }
  // Warm the server (first renders compile nothing in production, but fill caches) before measuring.
  for (const path of ['/', '/graph']) await (await fetch(`${base}${path}`)).text();

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `web bench on ${cpu} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`,
  );
  console.log(
    `API: ${process.env.BENCH_API === 'fixture' ? 'fixture' : 'real (apps/api)'}; Lighthouse runs per page: ${runs}`,
  );

  for (const path of screenshotsOnly ? [] : ['/', '/graph']) {
    const js = await firstLoadJs(base, path);
    const overBudget = path === '/' && js.gzipKb > BUDGET.firstLoadKb;
    if (overBudget) failed = true;
    console.log(
      `first-load JS ${path.padEnd(6)} ${js.gzipKb.toFixed(1)} KB gzip (${js.rawKb.toFixed(0)} KB raw, ${js.scripts} scripts)${path === '/' ? `  budget ≤ ${BUDGET.firstLoadKb} KB ${overBudget ? 'MISSED' : 'ok'}` : ''}`,
    );
  }
  for (const path of screenshotsOnly ? [] : ['/', '/graph']) {
    const s = await lighthouseScores(`${base}${path}`);
    const ok = s.performance >= BUDGET.performance && s.accessibility >= BUDGET.accessibility;
    if (!ok) failed = true;
    console.log(
      `lighthouse ${path.padEnd(6)} performance ${s.performance} (runs ${s.perfRuns.join('/')}, LCP ${Math.round(s.lcpMs)} ms, TBT ${Math.round(s.tbtMs)} ms)  accessibility ${s.accessibility}  budget perf ≥ ${BUDGET.performance}, a11y ≥ ${BUDGET.accessibility}: ${ok ? 'ok' : 'MISSED'}`,
    );
  }
  if (!screenshotsOnly) {
    const hub = await hubConcept(base);
    const deep = `/graph?focus=${encodeURIComponent(hub)}`;
    const s = await lighthouseScores(`${base}${deep}`);
    console.log(
      `lighthouse ${deep} performance ${s.performance} (runs ${s.perfRuns.join('/')}, LCP ${Math.round(s.lcpMs)} ms, TBT ${Math.round(s.tbtMs)} ms)  accessibility ${s.accessibility}  (sigma starts at once; for information, no budget)`,
    );
    const start = await sigmaIdleStart(base);
    console.log(
      `sigma idle start on /graph: drawn ${(start.drawnAfterLoadMs / 1000).toFixed(1)} s after load, then ${start.tasks} main-thread tasks over 50 ms (longest ${Math.round(start.longestMs)} ms, blocking ${Math.round(start.blockingMs)} ms; unthrottled, 412×823 @1.75, SwiftShader WebGL)`,
    );
  }
  if (wantScreenshots) await screenshots(base);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  failed = true;
} finally {
  await Promise.all(servers.map((s) => s.stop()));
}
process.exit(failed ? 1 : 0);

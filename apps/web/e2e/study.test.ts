import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { freePort, type RunningProcess, startProcess, waitForHttp } from './support/process-group';

const skip = inject('e2eSkip');
const root = fileURLToPath(new URL('../../..', import.meta.url));
const webDir = fileURLToPath(new URL('..', import.meta.url));
const nextBin = join(root, 'node_modules/next/dist/bin/next');

/**
 * Its own API (so the test can restart it over the same learner database) and web app, both built.
 */
describe.skipIf(skip)('studying in the browser', () => {
  const logs = mkdtempSync(join(tmpdir(), 'notetutor-e2e-study-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    LOG_LEVEL: 'warn',
    NOTES_WATCH: 'off',
    STUDY_DB_FILE: join(logs, 'learners.sqlite'),
  };
  let apiPort = 0;
  let api: RunningProcess | undefined;
  let web: RunningProcess | undefined;
  let webUrl = '';
  const browsers: Array<Awaited<ReturnType<typeof launchBrowser>>> = [];

  async function startApi() {
    api = startProcess(process.execPath, [join(root, 'apps/api/dist/main.mjs')], {
      cwd: root,
      env: { ...env, API_PORT: String(apiPort) },
      logFile: join(logs, `api-${Date.now()}.log`),
    });
    await waitForHttp(`http://127.0.0.1:${apiPort}/api/health`, (r) => r.ok, {
      timeoutMs: 60_000,
      process: api,
    });
  }

  beforeAll(async () => {
    apiPort = await freePort();
    const webPort = await freePort();
    await startApi();
    web = startProcess(process.execPath, [nextBin, 'start', '-p', String(webPort)], {
      cwd: webDir,
      env: { ...env, API_PORT: String(apiPort) },
      logFile: join(logs, 'web.log'),
    });
    await waitForHttp(`http://127.0.0.1:${webPort}/icon.svg`, (r) => r.ok, {
      timeoutMs: 60_000,
      process: web,
    });
    webUrl = `http://127.0.0.1:${webPort}`;
  });
  afterAll(async () => {
    for (const browser of browsers) await browser.close();
    await api?.stop();
    await web?.stop();
  });

  /** What the API says this browser's learner did (the cookie is httpOnly: read it from the browser). */
  async function reviewsOf(context: BrowserContext): Promise<number> {
    const cookie = (await context.cookies(webUrl)).find((c) => c.name === 'nt_learner');
    if (!cookie) return -1;
    const res = await fetch(`http://127.0.0.1:${apiPort}/api/study/progress`, {
      headers: { authorization: `Bearer ${cookie.value}` },
    });
    return ((await res.json()) as { totals: { reviews: number } }).totals.reviews;
  }

  const currentCard = (page: Page) => page.getAttribute('[data-testid="study-card"]', 'data-card-id');

  it('reviews five cards with the keyboard; reloads and an API restart keep them; another profile sees none', async () => {
    const first = await launchBrowser();
    browsers.push(first);
    const page = await first.context.newPage();
    await page.goto(`${webUrl}/study`);
    await page.waitForSelector('[data-testid="study-card"]');
    const reviewed: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const id = await currentCard(page);
      if (!id) throw new Error('no card shown');
      await page.keyboard.press('Space');
      await page.waitForSelector('[data-testid="card-back"]');
      // The back cites the notes; the first source opens the passage, Chinese original beside the English.
      if (i === 0) {
        await page.getByRole('button', { name: /^Source 1:/ }).click();
        await page.waitForSelector('dialog[open]');
        expect(await page.locator('dialog[open] blockquote').count()).toBe(2);
        expect(await page.locator('dialog[open]').textContent()).toContain('Original (Chinese)');
        await page.keyboard.press('Escape');
        await page.waitForSelector('dialog[open]', { state: 'detached' });
      }
      await page.keyboard.press('3');
      await page.waitForFunction(
        (previous) =>
          document.querySelector('[data-testid="study-card"]')?.getAttribute('data-card-id') !== previous,
        id,
      );
      reviewed.push(id);
    }
    expect(await page.getByText('5 of', { exact: false }).first().textContent()).toMatch(/5 of \d+ reviewed/);
    expect(await reviewsOf(first.context)).toBe(5);

    // Reload: the reviewed cards are not due again, and the header counts what is left.
    await page.reload();
    await page.waitForSelector('[data-testid="study-card"]');
    expect(reviewed).not.toContain(await currentCard(page));
    await page.waitForSelector('[data-testid="due-count"]');

    // The API restarts over the same database: the reviews are still there.
    await api?.stop();
    await startApi();
    await page.reload();
    await page.waitForSelector('[data-testid="study-card"]');
    expect(reviewed).not.toContain(await currentCard(page));
    expect(await reviewsOf(first.context)).toBe(5);

    // A second browser profile is another learner: the first card the first one reviewed is new to it.
    const second = await launchBrowser();
    browsers.push(second);
    const other = await second.context.newPage();
    await other.goto(`${webUrl}/study`);
    await other.waitForSelector('[data-testid="study-card"]');
    expect(await currentCard(other)).toBe(reviewed[0]);
    expect(await reviewsOf(second.context)).toBe(0);
  });

  it('works on a phone: answer and rating buttons by touch, the concept page links to its cards', async () => {
    const phone = await launchBrowser({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    browsers.push(phone);
    const page = await phone.context.newPage();
    await page.goto(`${webUrl}/study`);
    await page.waitForSelector('[data-testid="study-card"]');
    const first = await currentCard(page);
    await page.getByRole('button', { name: 'Show answer' }).tap();
    await page.getByRole('button', { name: /Good/ }).tap();
    // The rating is saved before the next card shows: wait for the card to change, not for any card.
    await page.waitForFunction(
      (previous) =>
        document.querySelector('[data-testid="study-card"]')?.getAttribute('data-card-id') !== previous,
      first,
    );
    expect(await reviewsOf(phone.context)).toBe(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);

    await page.goto(`${webUrl}/concepts/bridge`);
    const mastery = page.getByTestId('concept-mastery');
    await mastery.waitFor();
    await mastery.getByRole('link', { name: 'Review these cards' }).tap();
    await page.waitForURL(/\/study\?concept=bridge/);
    await page.waitForSelector('[data-testid="study-card"]');
    expect(await page.textContent('[data-testid="study-card"]')).toMatch(/bridge/i);
  });
});

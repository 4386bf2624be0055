import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';

const skip = inject('e2eSkip');
const webUrl = inject('webUrl');

const WAIT = { timeout: 30_000 };

/** The learner cookie the header's due count got on the first page load (httpOnly: read from the browser). */
async function waitForLearnerCookie(context: BrowserContext): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await context.cookies(webUrl)).some((c) => c.name === 'nt_learner')) {
    if (Date.now() > deadline) throw new Error('e2e/gaps: no learner cookie after 30 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Asks in a new chat and waits until the answer is done (the API keeps the gap before it sends `done`). The
 * header's due count shows only after its effect ran, so the page is hydrated before the question is typed;
 * the send button turns enabled only once React holds the question.
 */
async function ask(page: Page, question: string): Promise<void> {
  await page.goto(`${webUrl}/`);
  await page.locator('[data-testid=due-count]').waitFor(WAIT);
  expect(await page.locator('[data-testid=answer]').count()).toBe(0);
  await page.fill('#question', question);
  await page.locator('form button[type=submit]:enabled').click(WAIT);
  await page.locator('[data-testid=answer][data-status=done]').waitFor(WAIT);
}

async function openGaps(page: Page): Promise<void> {
  await page.goto(`${webUrl}/gaps`);
  await page.locator('[data-testid=gaps][data-state=ready]').waitFor(WAIT);
}

describe.skipIf(skip)('the gaps page', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.goto(`${webUrl}/`);
    await waitForLearnerCookie(browser.context);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists a question the notes do not cover, asked in chat, and what the notes leave undefined', async () => {
    await ask(page, 'What is Kubernetes?');
    await page.getByRole('link', { name: 'Gaps', exact: true }).click();
    await page.locator('[data-testid=gaps][data-state=ready]').waitFor(WAIT);
    const item = page.locator('[data-testid=asked-gap]', { hasText: 'What is Kubernetes?' });
    await item.waitFor(WAIT);
    expect(await item.textContent()).toContain('Not in your notes');
    // From the notes themselves: concepts never defined, each with the passage (file and line) naming it.
    const undefinedSection = page.locator('[data-testid=gaps-undefined]');
    expect(await undefinedSection.locator('li[data-concept]').count()).toBeGreaterThan(0);
    expect(await undefinedSection.locator('li[data-concept]').first().textContent()).toMatch(
      /\.md, line \d+/,
    );
  });

  it('clears the kept questions', async () => {
    await page.getByRole('button', { name: 'Clear these questions' }).click();
    await page.locator('[data-testid=asked-gaps-empty]').waitFor(WAIT);
    await openGaps(page);
    await page.locator('[data-testid=asked-gaps-empty]').waitFor(WAIT);
    expect(await page.locator('[data-testid=asked-gap]').count()).toBe(0);
  });

  it('keeps nothing once recording is turned off', async () => {
    // The box follows the server's answer (a controlled input), so click it and wait for the saved state.
    await page.locator('[data-testid=gap-recording]:enabled').click(WAIT);
    await page.locator('[data-testid=gaps][data-recording=false]').waitFor(WAIT);
    await ask(page, 'What is Terraform?');
    await openGaps(page);
    expect(await page.getAttribute('[data-testid=gaps]', 'data-recording')).toBe('false');
    expect(await page.isChecked('[data-testid=gap-recording]')).toBe(false);
    await page.locator('[data-testid=asked-gaps-empty]').waitFor(WAIT);
    expect(await page.locator('[data-testid=asked-gap]').count()).toBe(0);
  });
});

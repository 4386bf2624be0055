import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserForSuite } from './support/browser';
import { text } from './support/text';

const skip = inject('e2eSkip');
const brokenWebUrl = inject('brokenWebUrl');

describe.skipIf(skip)('when the API is down', () => {
  let page: Page;

  browserForSuite((opened) => {
    page = opened;
  });

  it('the chat says so on arrival, and again for a question, instead of going blank', async () => {
    await page.goto(`${brokenWebUrl}/`);
    // Scoped to the page's own content: Next's route announcer is an `alert` too.
    const banner = page.locator('main [role=alert]').first();
    await banner.waitFor();
    expect(await text(banner)).toContain('cannot be reached');
    await page.getByRole('heading', { name: 'Ask your notes' }).waitFor();

    await page.fill('#question', 'What is a namespace?');
    await page.getByRole('button', { name: 'Send' }).click();
    const failed = page.locator('[data-testid=answer][data-status=error]');
    await failed.waitFor();
    expect(await text(failed.getByRole('alert'))).toContain('cannot be reached');
    expect(await failed.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    // The composer is usable again.
    expect(await page.locator('#question').isEditable()).toBe(true);
  });

  it('the graph page explains the failure and offers a retry', async () => {
    await page.goto(`${brokenWebUrl}/graph`);
    const banner = page.locator('main [role=alert]');
    await banner.waitFor();
    expect(await text(banner)).toContain('cannot be reached');
    expect(await banner.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    await page.getByRole('heading', { name: 'Concept graph' }).waitFor();
  });

  it('a concept page explains that the API is unreachable', async () => {
    const response = await page.goto(`${brokenWebUrl}/concepts/container`);
    expect(response?.status()).toBeLessThan(500);
    expect(await text(page.locator('main [role=alert]'))).toContain('not reachable');
  });
});

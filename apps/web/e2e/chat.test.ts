import type { Citation } from '@notetutor/contracts';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserForSuite, launchBrowser } from './support/browser';
import { text } from './support/text';

const skip = inject('e2eSkip');
const webUrl = inject('webUrl');

/** The first answer's citations as the page saved them (waiting for the save after the answer finished). */
async function storedCitations(page: Page): Promise<Citation[]> {
  const handle = await page.waitForFunction(() => {
    const conversations = JSON.parse(localStorage.getItem('notetutor.conversations.v1') ?? '[]');
    const answer = conversations[0]?.messages?.find((m: { role: string }) => m.role === 'assistant');
    return answer?.status === 'done' ? answer.citations : null;
  });
  return (await handle.jsonValue()) as Citation[];
}

describe.skipIf(skip)('chat', () => {
  let page: Page;

  browserForSuite((opened) => {
    page = opened;
  });

  it('streams an answer with citations to a question sent with Enter', async () => {
    await page.goto(`${webUrl}/`);
    await page.getByRole('heading', { name: 'Ask your notes' }).waitFor();
    // The question box has a label on screen, and it is the box's accessible name.
    await expect(page.locator('label[for=question]').isVisible()).resolves.toBe(true);
    expect(await page.getByRole('textbox', { name: 'Your question' }).count()).toBe(1);
    const chatResponse = page.waitForResponse((r) => r.url().endsWith('/api/chat'));
    await page.fill('#question', 'What is the difference between a container and a virtual machine?');
    await page.press('#question', 'Enter');

    const response = await chatResponse;
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/event-stream');

    const answer = page.locator('[data-testid=answer][data-status=done]');
    await answer.waitFor({ timeout: 30_000 });
    expect((await text(answer.locator('.md'))).length).toBeGreaterThan(40);
    expect(await answer.locator('.md button.cite-mark').count()).toBeGreaterThan(0);
    await expect(answer.getByText('Offline engine', { exact: true }).isVisible()).resolves.toBe(true);
    expect(await page.inputValue('#question')).toBe('');
    // Screen readers hear the finished answer once, from the polite live region; the conversation itself is
    // not live (it would be re-read on every streamed delta).
    const announcer = page.locator('[data-testid=chat-announcer]');
    expect(await announcer.getAttribute('aria-live')).toBe('polite');
    const announced = await text(announcer);
    expect(announced).toMatch(/^The tutor answered: /);
    expect(announced).toContain(((await text(answer.locator('.md p').first())) || '').slice(0, 30));
    const conversation = page.getByRole('region', { name: 'Conversation' });
    expect(await conversation.getAttribute('aria-live')).toBeNull();
    expect(await conversation.getAttribute('role')).toBeNull();
    await page
      .getByText('What is the difference between a container and a virtual machine?')
      .first()
      .waitFor();
  });

  it('opens a citation: the passage with its heading and file:line, and the Chinese original beside it', async () => {
    const citations = await storedCitations(page);
    const withOriginal = citations.findIndex((c) => c.original);
    // An English question is answered from the English rendering, which knows its Chinese original.
    expect(withOriginal).toBeGreaterThanOrEqual(0);
    const citation = citations[withOriginal] as Citation & { original: NonNullable<Citation['original']> };

    await page.locator('[data-testid=answer] section[aria-label=Sources] button').nth(withOriginal).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const text = ((await dialog.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(text).toContain(`Citation ${withOriginal + 1}`);
    expect(text).toContain(citation.quote.replace(/\s+/g, ' ').slice(0, 40));
    expect(text).toContain(`${citation.source.file}, line ${citation.source.line}`);
    expect(text).toContain('Original (Chinese)');
    expect(text).toContain(citation.original.quote.replace(/\s+/g, ' ').slice(0, 20));
    expect(text).toContain(`${citation.original.source.file}, line ${citation.original.source.line}`);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('opens a citation from its mark inside the answer text', async () => {
    await page.locator('[data-testid=answer] .md button.cite-mark').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await text(dialog)).toMatch(/docker-concepts\.(zh|en)\.md, line \d+/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('keeps the conversation in the browser across a reload', async () => {
    await page.reload();
    await page.getByRole('button', { name: /Open conversation: What is the difference/ }).click();
    await page.locator('[data-testid=answer][data-status=done] .md button.cite-mark').first().waitFor();
  });

  it('shows the Chinese interface for a Chinese browser, with a toggle that sticks', async () => {
    const zh = await launchBrowser({ locale: 'zh-CN' });
    try {
      const zhPage = await zh.context.newPage();
      await zhPage.goto(`${webUrl}/`);
      await zhPage.getByRole('heading', { name: '向你的笔记提问' }).waitFor();
      expect(await zhPage.getAttribute('html', 'lang')).toBe('zh-CN');
      await zhPage.getByRole('button', { name: 'Switch the interface to English' }).click();
      await zhPage.getByRole('heading', { name: 'Ask your notes' }).waitFor();
      await zhPage.reload();
      await zhPage.getByRole('heading', { name: 'Ask your notes' }).waitFor();
      expect(await zhPage.getAttribute('html', 'lang')).toBe('en');
    } finally {
      await zh.close();
    }
  });
});

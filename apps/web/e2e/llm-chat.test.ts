import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FakeReply, FakeRequest } from '@notetutor/test-support/fake-openai-server';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { type LlmApp, startLlmApp } from './support/llm-app';
import { LONG_ANSWER, toChunks } from './support/long-answers';
import { text } from './support/text';

const skip = inject('e2eSkip');
/** Set to a folder to keep screenshots of the layouts checked below. */
const screenshotDir = process.env.E2E_SCREENSHOTS;

/** The learner's question inside the tutor's prompt (the last user message). */
function questionOf(request: FakeRequest): { question: string; language: 'zh' | 'en' } {
  const last = request.body?.messages?.at(-1)?.content ?? '';
  const match = /<question lang="(zh|en)">\s*([\s\S]*?)\s*<\/question>/.exec(last);
  return { question: match?.[2] ?? '', language: match?.[1] === 'zh' ? 'zh' : 'en' };
}

/** A slow answer (a word every 150 ms, for a minute) unless the question asks for a table. */
function reply(request: FakeRequest): FakeReply {
  const { question, language } = questionOf(request);
  if (/table|表格/.test(question))
    return { type: 'stream', chunks: toChunks(LONG_ANSWER[language]), delayMs: 4 };
  const words = Array.from({ length: 400 }, (_, i) => `step${i + 1} `);
  return {
    type: 'stream',
    chunks: [
      'Containers share the host kernel [1], ',
      'while a virtual machine boots its own [2]. ',
      ...words,
    ],
    delayMs: 150,
  };
}

async function answerText(page: Page): Promise<string> {
  return text(page.locator('[data-testid=answer]').last().locator('.md'));
}

describe.skipIf(skip)('chat with a language model', () => {
  let app: LlmApp;

  beforeAll(async () => {
    app = await startLlmApp(reply);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('stops a slow answer: streaming ends, the partial answer stays marked as stopped, the model request is closed', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${app.webUrl}/`);
      await page.getByRole('heading', { name: 'Ask your notes' }).waitFor();
      await page.fill('#question', 'What is the difference between a container and a virtual machine?');
      await page.press('#question', 'Enter');

      await page.locator('[data-testid=answer][data-status=streaming]').waitFor();
      const answer = page.locator('[data-testid=answer]').last();
      await answer.getByText('LLM', { exact: true }).waitFor();
      await page.waitForFunction(() =>
        (document.querySelector('[data-testid=answer] .md')?.textContent ?? '').includes('step3'),
      );
      const before = await answerText(page);
      await page.waitForTimeout(600);
      const growing = await answerText(page);
      expect(growing.length).toBeGreaterThan(before.length);
      // While it streams, the live region says the tutor is answering instead of reading out every word.
      const live = page.locator('[data-testid=chat-announcer]');
      expect(await live.getAttribute('aria-live')).toBe('polite');
      expect(await text(live)).not.toContain('step');
      // The composer waits while an answer streams.
      expect(await page.getByRole('button', { name: 'Send' }).count()).toBe(0);

      const modelRequest = await app.model.request(app.model.requests.length - 1);
      await page.getByRole('button', { name: 'Stop' }).click();

      await page.locator('[data-testid=answer][data-status=stopped]').waitFor();
      const stoppedText = await answerText(page);
      expect(stoppedText).toContain('Containers share the host kernel');
      expect(stoppedText).toMatch(/step\d+/);
      await page.waitForTimeout(1200);
      expect(await answerText(page)).toBe(stoppedText);
      await answer.getByText('Stopped before the answer was finished.').waitFor();
      expect(await text(live)).toContain('Stopped before the answer was finished.');

      // The model's request was closed before its reply was complete (the stop reached the model).
      const closed = await Promise.race([
        modelRequest.closed,
        new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), 10_000)),
      ]);
      expect(closed).toEqual({ early: true });

      // The composer is usable again.
      await page.fill('#question', 'And what is an image?');
      expect(await page.getByRole('button', { name: 'Send' }).isEnabled()).toBe(true);

      // The partial answer is kept in the browser, still marked as stopped.
      await page.reload();
      await page.getByRole('button', { name: /Open conversation: What is the difference/ }).click();
      const kept = page.locator('[data-testid=answer][data-status=stopped]');
      await kept.waitFor();
      expect(await text(kept.locator('.md'))).toBe(stoppedText);
      await kept.getByText('Stopped before the answer was finished.').waitFor();
    } finally {
      await browser.close();
    }
  });

  const layouts: {
    name: string;
    locale: 'en-US' | 'zh-CN';
    options: BrowserContextOptions;
    question: string;
  }[] = [
    {
      name: 'phone-en',
      locale: 'en-US',
      options: {
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
      },
      question: 'Compare a container and a virtual machine in a table, with a command to try.',
    },
    {
      name: 'phone-zh',
      locale: 'zh-CN',
      options: {
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
      },
      question: '容器和虚拟机有什么区别？请用表格对比，并给一条可以试试的命令。',
    },
    {
      name: 'desktop-en',
      locale: 'en-US',
      options: { viewport: { width: 1280, height: 860 } },
      question: 'Compare a container and a virtual machine in a table, with a command to try.',
    },
    {
      name: 'desktop-zh',
      locale: 'zh-CN',
      options: { viewport: { width: 1280, height: 860 } },
      question: '容器和虚拟机有什么区别？请用表格对比，并给一条可以试试的命令。',
    },
  ];

  for (const layout of layouts) {
    it(`keeps a long answer with a table and code inside its bubble (${layout.name})`, async () => {
      const browser = await launchBrowser({ ...layout.options, locale: layout.locale });
      try {
        const page = await browser.context.newPage();
        await page.goto(`${app.webUrl}/`);
        await page.locator('#question').waitFor();
        await page.fill('#question', layout.question);
        await page.press('#question', 'Enter');
        const answer = page.locator('[data-testid=answer][data-status=done]');
        await answer.waitFor({ timeout: 30_000 });
        await answer.locator('table').waitFor();
        await page.waitForTimeout(500);

        const measured = await page.evaluate(() => {
          const box = (selector: string) => {
            const element = document.querySelector(selector);
            if (!element) return null;
            const r = element.getBoundingClientRect();
            return {
              left: r.left,
              right: r.right,
              scrollWidth: element.scrollWidth,
              clientWidth: element.clientWidth,
            };
          };
          return {
            viewport: window.innerWidth,
            page: document.documentElement.scrollWidth,
            bubble: box('[data-testid=answer]'),
            table: box('[data-testid=answer] .md-table-wrap'),
            code: box('[data-testid=answer] pre.md-code'),
            composer: box('#question'),
          };
        });
        // Nothing widens the page: no sideways scrolling of the whole chat.
        expect(measured.page).toBeLessThanOrEqual(measured.viewport);
        const { bubble, table, code, composer } = measured;
        expect(bubble && table && code && composer).toBeTruthy();
        if (!bubble || !table || !code || !composer) return;
        expect(bubble.right).toBeLessThanOrEqual(measured.viewport);
        expect(composer.right).toBeLessThanOrEqual(measured.viewport);
        // The table and the code block stay inside the bubble…
        for (const part of [table, code]) {
          expect(part.left).toBeGreaterThanOrEqual(bubble.left);
          expect(part.right).toBeLessThanOrEqual(bubble.right);
        }
        // …and on a phone they scroll sideways inside it rather than squeezing words letter by letter.
        if (layout.name.startsWith('phone')) {
          expect(table.scrollWidth).toBeGreaterThan(table.clientWidth);
          expect(code.scrollWidth).toBeGreaterThan(code.clientWidth);
        }
        const cellWidths = await answer
          .locator('td')
          .evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().width));
        expect(Math.min(...cellWidths)).toBeGreaterThan(60);

        if (screenshotDir) {
          mkdirSync(screenshotDir, { recursive: true });
          await page.screenshot({ path: join(screenshotDir, `chat-${layout.name}.png`), fullPage: true });
        }
      } finally {
        await browser.close();
      }
    });
  }
});

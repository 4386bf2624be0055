import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { MASTERY_COLORS } from '../src/lib/study/mastery-level';
import { browserForSuite, launchBrowser } from './support/browser';
import { text } from './support/text';

const skip = inject('e2eSkip');
const webUrl = inject('webUrl');
const apiUrl = inject('apiUrl');
const screenshotDir = process.env.E2E_SCREENSHOTS;
const WAIT = { timeout: 30_000 };
/** Fills of a concept the learner has started on (every progress colour but "not started" and "no cards"). */
const STARTED = [MASTERY_COLORS.low, MASTERY_COLORS.some, MASTERY_COLORS.good, MASTERY_COLORS.mastered];
const PROGRESS = Object.values(MASTERY_COLORS);

async function shot(page: Page, name: string) {
  if (!screenshotDir) return;
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

async function conceptIds(): Promise<string[]> {
  const graph = (await (await fetch(`${apiUrl}/api/graph`)).json()) as { nodes: { key: string }[] };
  return graph.nodes.map((n) => n.key);
}

/** Sends a chat question and waits for its finished answer. */
async function ask(page: Page, question: string) {
  await page.fill('#question', question);
  await page.press('#question', 'Enter');
  await page.locator('[data-testid=answer][data-status=done]').last().waitFor(WAIT);
}

/** Answers the quiz's shown question (the first option, a guess at a blank, "I had it" for an explanation). */
async function answerShown(page: Page) {
  const quiz = page.locator('[data-testid=quiz]');
  if ((await quiz.locator('[data-testid=quiz-option]').count()) > 0) {
    await quiz.locator('[data-testid=quiz-option][data-option="0"]').click();
  } else if ((await quiz.locator('input').count()) > 0) {
    await quiz.locator('input').fill('iptables');
    await quiz.getByRole('button', { name: 'Check' }).click();
  } else {
    await quiz.getByRole('button', { name: 'Show the passage' }).click();
    await page.locator('[data-testid=quiz][data-stage=rating]').waitFor(WAIT);
    await quiz.getByRole('button', { name: /Yes, I had it/ }).click();
  }
  await page.locator('[data-testid=quiz][data-stage=revealed]').waitFor(WAIT);
}

describe.skipIf(skip)('quiz, study path and progress', () => {
  let page: Page;

  browserForSuite((opened) => {
    page = opened;
  });

  it('runs a 5-question quiz in the chat, kept over a reload, and the score moves mastery on the graph', async () => {
    const ids = await conceptIds();
    // A new learner: in progress mode nothing is started.
    await page.goto(`${webUrl}/graph?mode=progress`);
    await page.locator('[data-testid=graph-canvas][data-mode=progress]').waitFor(WAIT);
    await page.waitForFunction(
      ({ ids, colours }) =>
        ids.every((id) => {
          const drawn = window.notesTutorGraph?.appearanceOf(id);
          return drawn && colours.includes(drawn.color);
        }),
      { ids, colours: PROGRESS },
      WAIT,
    );
    const startedBefore = await page.evaluate(
      ({ ids, started }) =>
        ids.filter((id) => started.includes(window.notesTutorGraph?.appearanceOf(id)?.color ?? '')),
      { ids, started: STARTED },
    );
    expect(startedBefore).toEqual([]);
    const ringed = await page.evaluate(
      (ids) => ids.filter((id) => window.notesTutorGraph?.appearanceOf(id)?.ring),
      ids,
    );
    expect(ringed.length).toBeGreaterThan(0);
    expect(await text(page.getByTestId('progress-legend'))).toContain('Not started');

    await page.goto(`${webUrl}/`);
    await page.getByRole('heading', { name: 'Ask your notes' }).waitFor(WAIT);
    await ask(page, 'quiz me on networking');
    const quiz = page.locator('[data-testid=quiz]');
    await quiz.waitFor(WAIT);
    expect(await quiz.getAttribute('data-count')).toBe('5');
    expect(await text(quiz)).toContain('Question 1 of 5');
    // The quiz replaces the questions' text: the prompt is shown once, in the quiz.
    const prompt = await text(quiz.getByTestId('quiz-prompt'));
    expect(await page.getByText(prompt, { exact: true }).count()).toBe(1);

    await answerShown(page);
    const verdict = quiz.getByTestId('quiz-verdict');
    expect(['true', 'false']).toContain(await verdict.getAttribute('data-correct'));
    expect(await text(verdict)).toMatch(/^✓ Right|^✗ Wrong/);
    if ((await quiz.locator('[data-testid=quiz-option]').count()) > 0)
      expect(await quiz.locator('[data-testid=quiz-option][data-right=true]').count()).toBe(1);
    // The cited passage opens in the citation dialog.
    const passage = quiz.getByTestId('open-passage');
    expect(await text(passage)).toMatch(/line \d+/);
    await passage.click();
    await page.waitForSelector('dialog[open]', WAIT);
    expect((await text(page.locator('dialog[open] blockquote').first())).length).toBeGreaterThan(5);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached', ...WAIT });

    // A reload in the middle: the conversation still has the quiz, on the answered first question.
    await page.waitForFunction(
      () => {
        const saved = JSON.parse(localStorage.getItem('notetutor.conversations.v1') ?? '[]');
        const quiz = saved[0]?.messages?.find((m: { quiz?: unknown }) => m.quiz)?.quiz;
        return quiz && Object.keys(quiz.results).length === 1;
      },
      undefined,
      WAIT,
    );
    await page.reload();
    await page.getByRole('button', { name: /^Open conversation: quiz me on networking/ }).click();
    await page.locator('[data-testid=quiz][data-stage=revealed][data-question="0"]').waitFor(WAIT);

    // The next questions, to the score: after the reload by clicking, then by keyboard alone (focus moves to
    // "Next question" once an answer is graded, and to the question after it; Tab reaches the options).
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    for (let i = 1; i < 5; i++) {
      if (i === 1) await quiz.getByRole('button', { name: 'Next question' }).click();
      else {
        await page.waitForFunction(
          () => document.activeElement?.textContent === 'Next question',
          undefined,
          WAIT,
        );
        await page.keyboard.press('Enter');
      }
      await page.locator(`[data-testid=quiz][data-question="${i}"][data-stage=asking]`).waitFor(WAIT);
      expect(await text(quiz)).toContain(`Question ${i + 1} of 5`);
      if (i > 1 && (await quiz.locator('[data-testid=quiz-option]').count()) > 0) {
        await page.waitForFunction(
          () => document.activeElement?.getAttribute('tabindex') === '-1',
          undefined,
          WAIT,
        );
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-option'))).toBe('0');
        expect(await focused()).not.toBe('');
        await page.keyboard.press('Enter');
        await page.locator('[data-testid=quiz][data-stage=revealed]').waitFor(WAIT);
        expect(
          await quiz.locator('[data-testid=quiz-option][data-option="0"]').getAttribute('aria-pressed'),
        ).toBe('true');
      } else await answerShown(page);
    }
    await quiz.getByRole('button', { name: 'See my score' }).click();
    const score = page.getByTestId('quiz-score');
    await score.waitFor(WAIT);
    expect(await score.getAttribute('data-total')).toBe('5');
    expect(await text(score)).toMatch(/[0-5] of 5 right/);
    expect(await text(score)).toContain('Recorded in your progress.');
    const quizzed = await score
      .locator('[data-concept-id]')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-concept-id') ?? ''));
    expect(quizzed.length).toBeGreaterThan(0);
    await shot(page, 'quiz-score-desktop');

    // On the graph, in progress mode, the concepts asked about are drawn as started, without the ring.
    await score.getByRole('link', { name: 'See my progress on the graph' }).click();
    await page.waitForURL(/\/graph\?mode=progress/, WAIT);
    await page.waitForFunction(
      ({ ids, started }) =>
        ids.every((id) => {
          const drawn = window.notesTutorGraph?.appearanceOf(id);
          return drawn && !drawn.ring && started.includes(drawn.color);
        }),
      { ids: quizzed, started: STARTED },
      WAIT,
    );
    await shot(page, 'graph-progress-desktop');

    // The concept panel says how the last quiz went and offers another.
    const first = quizzed[0] ?? '';
    await page.goto(`${webUrl}/graph?mode=progress&focus=${encodeURIComponent(first)}`);
    await page.getByTestId('concept-last-quiz').waitFor(WAIT);
    expect(await text(page.getByTestId('concept-last-quiz'))).toMatch(/Last quiz: \d of \d right/);
    expect(await text(page.getByTestId('concept-due'))).toMatch(/\d+ cards? due now/);
    expect(await page.getByTestId('quiz-me').getAttribute('href')).toMatch(/^\/\?q=Quiz%20me%20on%20/);
    // "Quiz me on this" opens the chat with a quiz on that concept.
    await page.getByTestId('quiz-me').click();
    await page.waitForURL((url) => url.pathname === '/', WAIT);
    const again = page.locator('[data-testid=answer][data-status=done] [data-testid=quiz]');
    await again.waitFor(WAIT);
    expect(Number(await again.getAttribute('data-count'))).toBeGreaterThan(0);
  });

  it('lists the study path to DNAT with its prerequisites and evidence, and shows it on the graph', async () => {
    const expected = (await (await fetch(`${apiUrl}/api/study/path?to=dnat`)).json()) as {
      steps: { concept: { id: string }; reason: { evidence: unknown[] } | null }[];
    };
    const withEvidence = expected.steps.filter((s) => s.reason && s.reason.evidence.length > 0);
    expect(withEvidence.length).toBeGreaterThan(0);
    // In the chat, a path request draws the same steps (not a numbered text), with their evidence.
    await page.goto(`${webUrl}/`);
    await page.locator('#question').waitFor(WAIT);
    await page
      .getByRole('button', { name: /New chat/ })
      .first()
      .click();
    await ask(page, 'learning path to DNAT');
    const chatPath = page.locator('[data-testid=answer][data-status=done]').last().getByTestId('study-path');
    await chatPath.waitFor(WAIT);
    expect(
      await chatPath
        .getByTestId('path-step')
        .evaluateAll((li) => li.map((l) => l.getAttribute('data-concept-id'))),
    ).toEqual(expected.steps.map((s) => s.concept.id));
    expect(await chatPath.getByTestId('open-passage').count()).toBeGreaterThan(0);
    // The learner's mastery marks the steps, though the chat turn itself had none.
    await chatPath.locator('[data-testid=path-step][data-mastered]').first().waitFor(WAIT);

    await page.goto(`${webUrl}/path?to=dnat`);
    await page.locator('[data-testid=study-path-page][data-target=dnat]').waitFor(WAIT);
    const steps = page.getByTestId('path-step');
    expect(await steps.evaluateAll((li) => li.map((l) => l.getAttribute('data-concept-id')))).toEqual(
      expected.steps.map((s) => s.concept.id),
    );
    expect(await text(page.locator('#study-path-title'))).toBe('Path to DNAT');
    // Each prerequisite says why it is there, with the passage (file:line) that says so.
    const prerequisite = steps.first();
    expect(await text(prerequisite.getByTestId('path-reason'))).toMatch(/DNAT/i);
    expect(await text(prerequisite.getByTestId('open-passage'))).toMatch(/\.md, line \d+/);
    expect(await prerequisite.getAttribute('data-mastered')).toMatch(/^(true|false)$/);
    await prerequisite.getByTestId('open-passage').click();
    await page.waitForSelector('dialog[open]', WAIT);
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached', ...WAIT });
    await shot(page, 'path-dnat-desktop');

    // "Show in the graph": the path's concepts highlighted and framed inside the canvas.
    await page.getByTestId('path-in-graph').click();
    await page.waitForURL(/\/graph\?path=/, WAIT);
    await page.getByTestId('route-panel').waitFor(WAIT);
    const onPath = expected.steps.map((s) => s.concept.id);
    await page.waitForFunction(
      (ids) => {
        const canvas = document
          .querySelector('[data-testid=graph-canvas] .react-sigma')
          ?.getBoundingClientRect();
        return (
          canvas &&
          ids.every((id) => {
            const p = window.notesTutorGraph?.viewportOf(id);
            return p && p.x > 0 && p.y > 0 && p.x < canvas.width && p.y < canvas.height;
          })
        );
      },
      onPath,
      WAIT,
    );
    await shot(page, 'graph-route-desktop');
  });

  it('fits the quiz on a phone, in Chinese: every option button inside the screen, tapped to answer', async () => {
    const phone = await launchBrowser({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      locale: 'zh-CN',
    });
    try {
      const small = await phone.context.newPage();
      await small.goto(`${webUrl}/`);
      await small.locator('#question').waitFor(WAIT);
      await ask(small, '考考我网络');
      const quiz = small.locator('[data-testid=quiz]');
      await quiz.waitFor(WAIT);
      expect(await text(quiz)).toContain('第 1 题，共');
      // Find a question with options (skipping others by answering them).
      for (let i = 0; i < 5 && (await quiz.locator('[data-testid=quiz-option]').count()) === 0; i++) {
        const stage = await quiz.getAttribute('data-stage');
        if (stage === 'asking') {
          if ((await quiz.locator('input').count()) > 0) {
            await quiz.locator('input').fill('x');
            await quiz.getByRole('button', { name: '检查' }).tap();
          } else {
            await quiz.getByRole('button', { name: '显示原文段落' }).tap();
            await small.locator('[data-testid=quiz][data-stage=rating]').waitFor(WAIT);
            await quiz.getByRole('button', { name: /不太一致/ }).tap();
          }
          await small.locator('[data-testid=quiz][data-stage=revealed]').waitFor(WAIT);
        }
        await quiz.getByRole('button', { name: '下一题' }).tap();
        await small.locator(`[data-testid=quiz][data-question="${i + 1}"]`).waitFor(WAIT);
      }
      const options = quiz.locator('[data-testid=quiz-option]');
      expect(await options.count()).toBeGreaterThan(1);
      const boxes = await options.evaluateAll((buttons) =>
        buttons.map((b) => {
          const r = b.getBoundingClientRect();
          return { left: r.left, right: r.right, height: r.height };
        }),
      );
      for (const box of boxes) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(390);
        // Big enough to tap.
        expect(box.height).toBeGreaterThanOrEqual(44);
      }
      expect(
        await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(1);
      await options.first().tap();
      await small.locator('[data-testid=quiz][data-stage=revealed]').waitFor(WAIT);
      expect(await text(quiz.getByTestId('quiz-verdict'))).toMatch(/答对了|答错了/);
      expect(
        await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(1);
      await shot(small, 'quiz-phone-zh');

      // The progress legend and the path page read in Chinese, and fit the phone.
      await small.goto(`${webUrl}/graph?mode=progress`);
      await small.getByTestId('progress-legend').waitFor(WAIT);
      expect(await text(small.getByTestId('progress-legend'))).toContain('尚未开始');
      await small.locator('[data-testid=graph-canvas][data-progress=ready]').waitFor(WAIT);
      await small.waitForFunction(
        ({ id, colours }) => colours.includes(window.notesTutorGraph?.appearanceOf(id)?.color ?? ''),
        { id: (await conceptIds())[0] ?? '', colours: PROGRESS },
        WAIT,
      );
      await shot(small, 'graph-progress-phone-zh');
      await small.goto(`${webUrl}/path?to=dnat`);
      await small.locator('[data-testid=study-path-page][data-target=dnat]').waitFor(WAIT);
      expect(await text(small.locator('#study-path-title'))).toContain('学习');
      expect(
        await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(1);
      await shot(small, 'path-phone-zh');
    } finally {
      await phone.close();
    }
  });
});

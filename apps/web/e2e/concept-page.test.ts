import type { ConceptDetail } from '@notetutor/contracts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { text } from './support/text';

const skip = inject('e2eSkip');
const webUrl = inject('webUrl');
const apiUrl = inject('apiUrl');

/** A concept with a definition and neighbours, found through the API's search (most central first). */
async function richConcept(): Promise<ConceptDetail> {
  const list = (await (await fetch(`${apiUrl}/api/concepts`)).json()) as
    | { concepts: { id: string }[] }
    | { id: string }[];
  const ids = (Array.isArray(list) ? list : list.concepts).map((c) => c.id);
  for (const id of ids) {
    const detail = (await (
      await fetch(`${apiUrl}/api/concepts/${encodeURIComponent(id)}`)
    ).json()) as ConceptDetail;
    if (detail.definition && detail.neighbours.length > 0) return detail;
  }
  throw new Error('no concept with a definition and neighbours');
}

describe.skipIf(skip)('concept pages without JavaScript', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser({ javaScriptEnabled: false });
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders labels, kind, definition with file:line, evidence and neighbour links on the server', async () => {
    const concept = await richConcept();
    const response = await page.goto(`${webUrl}/concepts/${encodeURIComponent(concept.id)}`);
    expect(response?.status()).toBe(200);
    const heading = await text(page.locator('h1'));
    expect(heading).toContain(concept.labelEn);
    expect(heading).toContain(concept.labelZh);
    // An English reader sees the definition in English when the notes have its translation.
    const shown =
      concept.evidence.find((p) => p.lang === 'en' && p.originalId === concept.definition?.id) ??
      concept.definition;
    const definition = page.locator('section[aria-labelledby=definition]');
    const definitionText = (await text(definition)).replace(/\s+/g, ' ');
    expect(definitionText).toContain(shown?.text.replace(/\s+/g, ' ').slice(0, 30));
    expect(definitionText).toContain(`${shown?.source.file}, line ${shown?.source.line}`);
    const neighbourLinks = page.locator('section[aria-labelledby=neighbours] a[href^="/concepts/"]');
    expect(await neighbourLinks.count()).toBe(concept.neighbours.length);
    expect(await page.locator(`a[href="/graph?focus=${encodeURIComponent(concept.id)}"]`).count()).toBe(1);

    // Following a neighbour works with plain links.
    const first = concept.neighbours[0];
    if (!first) return;
    await neighbourLinks.first().click();
    await page.waitForURL((url) => url.pathname === `/concepts/${encodeURIComponent(first.concept.id)}`);
    expect(await text(page.locator('h1'))).toContain(first.concept.label.split(' ')[0]);
  });

  it('answers an unknown concept with a readable 404 page', async () => {
    const response = await page.goto(`${webUrl}/concepts/no-such-concept-${Date.now()}`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { name: 'Concept not found' }).waitFor();
    expect(await page.getByRole('link', { name: 'Concept graph' }).count()).toBeGreaterThan(0);
  });
});

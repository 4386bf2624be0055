import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserForSuite } from './support/browser';
import { changedShare, distinctColours } from './support/canvas-colours';
import { text } from './support/text';

const skip = inject('e2eSkip');
const webUrl = inject('webUrl');
const apiUrl = inject('apiUrl');

interface ExportedNode {
  key: string;
  attributes: { labelZh: string; labelEn: string; aliases?: string[] };
}
interface ExportedEdge {
  source: string;
  target: string;
}

async function graphExport(): Promise<{ nodes: ExportedNode[]; edges: ExportedEdge[] }> {
  const response = await fetch(`${apiUrl}/api/graph`);
  expect(response.ok).toBe(true);
  return (await response.json()) as { nodes: ExportedNode[]; edges: ExportedEdge[] };
}

function degree(edges: ExportedEdge[], id: string): number {
  return edges.filter((e) => e.source === id || e.target === id).length;
}

describe.skipIf(skip)('graph browser', () => {
  let page: Page;
  const canvas = () => page.locator('[data-testid=graph-canvas]');

  const browser = browserForSuite((opened) => {
    page = opened;
  });

  it('draws the whole graph at once as a preview, and sigma takes over on its own when the browser is idle', async () => {
    await page.goto(`${webUrl}/graph`);
    // First the lightweight preview of the same layout, drawn before sigma is even loaded…
    await page.locator('[data-testid=graph-preview]').waitFor();
    expect(await page.locator('canvas.sigma-nodes').count()).toBe(0);
    expect(await distinctColours(page, await canvas().screenshot())).toBeGreaterThan(20);
    // …then sigma's WebGL drawing, without any interaction, within a few seconds of the page loading.
    await page.locator('[data-testid=graph-canvas] canvas.sigma-nodes').waitFor({ timeout: 10_000 });
    const startedAfterLoadMs = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return performance.now() - navigation.loadEventEnd;
    });
    expect(startedAfterLoadMs).toBeLessThan(8_000);
    await page.waitForTimeout(700);
    const png = await page.locator('[data-testid=graph-canvas] .react-sigma').screenshot();
    expect(await distinctColours(page, png)).toBeGreaterThan(20);
    // The legend lists the kinds, and every concept is reachable from the keyboard.
    await page.getByRole('group', { name: 'Kinds of concept' }).waitFor();
    const { nodes } = await graphExport();
    await page.getByText(`All concepts (${nodes.length})`).waitFor();
  });

  it('starts sigma at once when the learner reaches for the graph, before the idle start would', async () => {
    const fresh = await browser.context.newPage();
    try {
      await fresh.addInitScript(() => {
        // When sigma's canvas first appears, in page time.
        new MutationObserver((_, observer) => {
          if (document.querySelector('canvas.sigma-nodes')) {
            (window as unknown as { sigmaAt: number }).sigmaAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await fresh.goto(`${webUrl}/graph`);
      await fresh.locator('[data-testid=graph-preview]').waitFor();
      await fresh.waitForLoadState('load');
      const box = await fresh.locator('[data-testid=graph-canvas]').boundingBox();
      await fresh.mouse.move((box?.x ?? 0) + 40, (box?.y ?? 0) + 40);
      await fresh.locator('[data-testid=graph-canvas] canvas.sigma-nodes').waitFor();
      const { sigmaAt, loadedAt } = await fresh.evaluate(() => ({
        sigmaAt: (window as unknown as { sigmaAt: number }).sigmaAt,
        loadedAt: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
      }));
      // The idle start waits 3 s after `load` at the very least; the pointer got there first.
      expect(sigmaAt - loadedAt).toBeLessThan(3_000);
    } finally {
      await fresh.close();
    }
  });

  it('search by an alias focuses the concept: selected, zoomed to, details shown', async () => {
    const { nodes, edges } = await graphExport();
    // An alias that is neither label nor id, so the search really goes through aliases.
    const target = nodes
      .filter((n) => degree(edges, n.key) > 0)
      .map((n) => ({
        node: n,
        alias: (n.attributes.aliases ?? []).find(
          (a) =>
            a.length >= 3 &&
            ![n.key, n.attributes.labelEn, n.attributes.labelZh].some(
              (l) => l.toLowerCase() === a.toLowerCase(),
            ),
        ),
      }))
      .find((x) => x.alias);
    expect(target).toBeDefined();
    if (!target?.alias) return;

    const before = await canvas().screenshot();
    await page.getByRole('searchbox', { name: 'Find a concept' }).fill(target.alias);
    await page.locator('search form ul button').first().waitFor();
    await page.getByRole('searchbox', { name: 'Find a concept' }).press('Enter');

    await page.waitForURL((url) => url.searchParams.get('focus') === target.node.key);
    await page.locator('#concept-panel-title', { hasText: target.node.attributes.labelEn }).waitFor();
    expect(await canvas().getAttribute('data-selected')).toBe(target.node.key);
    await page.waitForTimeout(900);
    const after = await canvas().screenshot();
    expect(await changedShare(page, before, after)).toBeGreaterThan(0.02);
  });

  it('deep-links to a concept, and "ask about this" opens the chat and asks', async () => {
    const { nodes, edges } = await graphExport();
    const hub = [...nodes].sort((a, b) => degree(edges, b.key) - degree(edges, a.key))[0];
    expect(hub).toBeDefined();
    if (!hub) return;
    await page.goto(`${webUrl}/graph?focus=${encodeURIComponent(hub.key)}`);
    const panel = page.locator('section[aria-labelledby=concept-panel-title]');
    await panel.locator('#concept-panel-title', { hasText: hub.attributes.labelEn }).waitFor();
    const detail = (await (await fetch(`${apiUrl}/api/concepts/${encodeURIComponent(hub.key)}`)).json()) as {
      neighbours: unknown[];
    };
    const neighbours = panel
      .locator('div', { has: page.locator('h3', { hasText: 'Related concepts' }) })
      .locator('li button');
    expect(detail.neighbours.length).toBeGreaterThan(0);
    expect(await neighbours.count()).toBe(detail.neighbours.length);

    await panel.getByRole('link', { name: 'Ask the tutor about this' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    const answer = page.locator('[data-testid=answer]').first();
    await answer.waitFor({ timeout: 30_000 });
    await page
      .locator('[data-testid=answer][data-status=done], [data-testid=answer][data-status=error]')
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await page.locator('article p', { hasText: hub.attributes.labelEn }).count()).toBeGreaterThan(0);
  });

  it('finds the path between two concepts and shows each step with its evidence', async () => {
    const { nodes, edges } = await graphExport();
    // Two concepts two hops apart (so the path has a middle).
    const adjacent = (id: string) =>
      new Set(edges.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : [])));
    let pair: [ExportedNode, ExportedNode] | undefined;
    for (const a of nodes) {
      const near = adjacent(a.key);
      for (const mid of near) {
        const far = [...adjacent(mid)].find((b) => b !== a.key && !near.has(b));
        const b = nodes.find((n) => n.key === far);
        if (b) {
          pair = [a, b];
          break;
        }
      }
      if (pair) break;
    }
    expect(pair).toBeDefined();
    if (!pair) return;
    const [from, to] = pair;
    const expected = (await (
      await fetch(`${apiUrl}/api/path?from=${encodeURIComponent(from.key)}&to=${encodeURIComponent(to.key)}`)
    ).json()) as {
      found: boolean;
      steps: unknown[];
    };
    expect(expected.found).toBe(true);

    await page.goto(`${webUrl}/graph`);
    const finder = page.locator('section', {
      has: page.getByRole('heading', { name: 'Path between two concepts' }),
    });
    await finder.getByLabel('From').fill(from.attributes.labelEn);
    await finder.getByLabel('To').fill(to.attributes.labelEn);
    await finder.getByRole('button', { name: 'Find path' }).click();
    await finder.getByText(`${expected.steps.length} steps`).waitFor();
    const steps = finder.locator('ol > li');
    expect(await steps.count()).toBe(expected.steps.length);
    expect(await text(steps.first())).toMatch(/line \d+/);
  });

  it.each([
    ['desktop', { width: 1366, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ])(
    'frames a found path on %s: every concept on it inside the canvas; on a desktop, hovering a relation names it',
    async (_, viewport) => {
      const { nodes, edges } = await graphExport();
      // The two concepts furthest apart (by relations, either way), so the path is long and spread out.
      const adjacent = new Map<string, Set<string>>(nodes.map((n) => [n.key, new Set<string>()]));
      for (const e of edges) {
        adjacent.get(e.source)?.add(e.target);
        adjacent.get(e.target)?.add(e.source);
      }
      let far: { from: string; to: string; hops: number } = { from: '', to: '', hops: 0 };
      for (const start of [...adjacent.keys()].sort()) {
        const hops = new Map([[start, 0]]);
        const queue = [start];
        for (const node of queue) {
          for (const next of adjacent.get(node) ?? []) {
            if (hops.has(next)) continue;
            hops.set(next, (hops.get(node) ?? 0) + 1);
            queue.push(next);
          }
        }
        for (const [node, h] of hops) if (h > far.hops) far = { from: start, to: node, hops: h };
      }
      expect(far.hops).toBeGreaterThanOrEqual(2);
      const path = (await (
        await fetch(
          `${apiUrl}/api/path?from=${encodeURIComponent(far.from)}&to=${encodeURIComponent(far.to)}`,
        )
      ).json()) as { found: boolean; steps: { from: { id: string }; to: { id: string } }[] };
      expect(path.found).toBe(true);
      const onPath = [...new Set(path.steps.flatMap((s) => [s.from.id, s.to.id]))];
      const labelOf = (id: string) => nodes.find((n) => n.key === id)?.attributes.labelEn ?? id;

      const sized = await browser.context.newPage();
      try {
        await sized.setViewportSize(viewport);
        await sized.goto(`${webUrl}/graph`);
        // The learner has zoomed far out first: without framing, the path would be a speck.
        await sized.locator('[data-testid=graph-canvas] canvas.sigma-nodes').waitFor({ timeout: 15_000 });
        for (let i = 0; i < 3; i++) await sized.getByRole('button', { name: 'Zoom out' }).click();
        await sized.waitForTimeout(900);
        const finder = sized.locator('section', {
          has: sized.getByRole('heading', { name: 'Path between two concepts' }),
        });
        await finder.getByLabel('From').fill(labelOf(far.from));
        await finder.getByLabel('To').fill(labelOf(far.to));
        await finder.getByRole('button', { name: 'Find path' }).click();
        await finder.getByText(`${path.steps.length} steps`).waitFor();
        await sized.locator('[data-testid=graph-canvas] canvas.sigma-nodes').waitFor();
        await sized.waitForTimeout(1_200); // the camera glides for 600 ms
        const box = await sized.locator('[data-testid=graph-canvas] .react-sigma').boundingBox();
        expect(box).not.toBeNull();
        if (!box) return;
        const positions = await sized.evaluate(
          (ids) => ids.map((id) => window.notesTutorGraph?.viewportOf(id) ?? null),
          onPath,
        );
        for (const [i, p] of positions.entries()) {
          expect(p, onPath[i]).not.toBeNull();
          expect(p?.x, onPath[i]).toBeGreaterThan(0);
          expect(p?.x, onPath[i]).toBeLessThan(box.width);
          expect(p?.y, onPath[i]).toBeGreaterThan(0);
          expect(p?.y, onPath[i]).toBeLessThan(box.height);
        }
        // The path is framed, not left a speck: it spans a good part of the canvas.
        const xs = positions.map((p) => p?.x ?? 0);
        const ys = positions.map((p) => p?.y ?? 0);
        const spread = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
        expect(spread).toBeGreaterThan(Math.min(box.width, box.height) / 4);

        // A phone has no hover (and its short relations cross and sit under their concepts): framing is what
        // it needs. On a desktop, hover the middle of a relation of the path (the first whose middle is not
        // under the path's sheet or a concept): its two concepts and the relation are named.
        if (viewport.width < 768) return;
        expect(await sized.locator('[data-testid=edge-hover]').count()).toBe(0);
        let named: string | undefined;
        let step: (typeof path.steps)[number] | undefined;
        for (const candidate of path.steps) {
          const edge = await sized.evaluate(
            ([a, b]) => {
              const api = window.notesTutorGraph;
              const id = api?.edgesBetween(a, b)[0];
              return id ? api?.edgeMidpoint(id) : null;
            },
            [candidate.from.id, candidate.to.id] as const,
          );
          expect(edge).toBeTruthy();
          if (!edge) continue;
          await sized.mouse.move(box.x + edge.x, box.y + edge.y);
          const hover = sized.locator('[data-testid=edge-hover]');
          const shown = await hover
            .waitFor({ timeout: 2_000 })
            .then(() => true)
            .catch(() => false);
          if (!shown) continue;
          named = await text(hover);
          step = candidate;
          break;
        }
        expect(named, 'hovering a relation of the path names it').toBeDefined();
        if (!named || !step) return;
        expect(named).toContain(labelOf(step.from.id));
        expect(named).toContain(labelOf(step.to.id));
        expect(named.length).toBeGreaterThan(labelOf(step.from.id).length + labelOf(step.to.id).length + 3);
      } finally {
        await sized.close();
      }
    },
  );
});

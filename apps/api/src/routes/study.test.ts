import { DATABASES } from '@notetutor/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { studyApp } from '../../test/study-app';

type Due = {
  cards: Array<{ id: string; front: string; schedule: { version: number; state: string } }>;
  dueNow: number;
};

describe.each(DATABASES)('study routes on %s', (_name, fresh) => {
  const apps: Array<{ close: () => Promise<void> }> = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });
  async function open(options: Parameters<typeof studyApp>[1] = {}) {
    const app = await studyApp(fresh, options);
    apps.push(app);
    return app;
  }

  it('gives a new learner an opaque token of at least 128 bits and never logs it', async () => {
    const app = await open();
    const res = await app.app.request('/api/learners', { method: 'POST' });
    expect(res.status).toBe(201);
    const { token } = (await res.json()) as { token: string };
    expect(Buffer.from(token.slice(3), 'base64url').length).toBeGreaterThanOrEqual(16);
    expect((await app.get('/api/study/due', token)).status).toBe(200);
    expect(JSON.stringify(app.logger.lines)).not.toContain(token);
    // HTTP reads the scheme in any case; the token itself is exact.
    const lower = await app.app.request('/api/study/due', { headers: { authorization: `bearer ${token}` } });
    expect(lower.status).toBe(200);
    const mangled = await app.app.request('/api/study/due', {
      headers: { authorization: `Bearer ${token.toUpperCase()}` },
    });
    expect(mangled.status).toBe(401);
  });

  it('refuses study routes without a valid token with 401 JSON', async () => {
    const app = await open();
    for (const auth of [undefined, 'Basic abc', 'Bearer nope', `Bearer nt_${'A'.repeat(43)}`]) {
      const res = await app.app.request('/api/study/due', auth ? { headers: { authorization: auth } } : {});
      expect(res.status, auth).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    }
  });

  it('reviews a due card once per reviewId, and takes it off the queue', async () => {
    const app = await open();
    const token = await app.newLearner();
    const due = (await (await app.get('/api/study/due?limit=5&lang=en', token)).json()) as Due;
    expect(due.cards).toHaveLength(5);
    const card = due.cards[0];
    if (!card) throw new Error('no card');
    const body = { cardId: card.id, rating: 3, reviewId: 'review-0001' };
    const first = await app.post('/api/study/reviews', body, token);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({
      applied: true,
      schedule: { state: 'learning', reps: 1, version: 1 },
    });
    const again = await app.post('/api/study/reviews', body, token);
    expect(await again.json()).toMatchObject({ applied: false, schedule: { reps: 1 } });
    const after = (await (await app.get('/api/study/due?limit=50', token)).json()) as Due;
    expect(after.cards.map((c) => c.id)).not.toContain(card.id);
    const progress = (await (await app.get('/api/study/progress', token)).json()) as {
      totals: { reviews: number };
    };
    expect(progress.totals.reviews).toBe(1);
  });

  it('answers 400 for ratings outside the four and 404 for unknown cards', async () => {
    const app = await open();
    const token = await app.newLearner();
    const due = (await (await app.get('/api/study/due?limit=1', token)).json()) as Due;
    const cardId = due.cards[0]?.id;
    for (const rating of [0, 5, 2.5, 'good']) {
      const res = await app.post('/api/study/reviews', { cardId, rating, reviewId: 'review-0002' }, token);
      expect(res.status, String(rating)).toBe(400);
      expect(JSON.stringify(await res.json())).toMatch(/rating must be 1/);
    }
    const unknown = await app.post(
      '/api/study/reviews',
      { cardId: 'definition-0000', rating: 3, reviewId: 'review-0003' },
      token,
    );
    expect(unknown.status).toBe(404);
  });

  it('keeps two learners apart: the same card id, reviewed by one, is still new for the other', async () => {
    const app = await open();
    const [a, b] = [await app.newLearner(), await app.newLearner()];
    const due = (await (await app.get('/api/study/due?limit=1', a)).json()) as Due;
    const cardId = due.cards[0]?.id ?? '';
    await app.post('/api/study/reviews', { cardId, rating: 4, reviewId: 'review-a-01' }, a);
    const bDue = (await (await app.get('/api/study/due?limit=1', b)).json()) as Due;
    expect(bDue.cards[0]).toMatchObject({ id: cardId, schedule: { state: 'new', version: 0 } });
    const bProgress = (await (await app.get('/api/study/progress', b)).json()) as {
      totals: { reviews: number };
    };
    expect(bProgress.totals.reviews).toBe(0);
    // The other learner reusing the first one's review id reviews their own card.
    const reused = await app.post('/api/study/reviews', { cardId, rating: 1, reviewId: 'review-a-01' }, b);
    expect(await reused.json()).toMatchObject({ applied: true, schedule: { reps: 1, lapses: 0 } });
    const aExport = (await (await app.get('/api/study/export?format=json', a)).json()) as {
      reviews: Array<{ rating: number }>;
    };
    expect(aExport.reviews.map((r) => r.rating)).toEqual([4]);
  });

  it('lets one of two tabs rating the same card win; the other gets 409', async () => {
    const app = await open();
    const token = await app.newLearner();
    const due = (await (await app.get('/api/study/due?limit=1', token)).json()) as Due;
    const card = due.cards[0];
    const send = (reviewId: string, rating: number) =>
      app.post(
        '/api/study/reviews',
        { cardId: card?.id, rating, reviewId, cardVersion: card?.schedule.version },
        token,
      );
    const [x, y] = await Promise.all([send('tab-one-0001', 3), send('tab-two-0001', 1)]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    const exported = (await (await app.get('/api/study/export', token)).json()) as {
      reviews: unknown[];
      cards: Array<{ reps: number }>;
    };
    expect(exported.reviews).toHaveLength(1);
    expect(exported.cards[0]?.reps).toBe(1);
  });

  it('exports JSON that imports into another learner, and a TSV Anki reads', async () => {
    const app = await open();
    const [a, b] = [await app.newLearner(), await app.newLearner()];
    const due = (await (await app.get('/api/study/due?limit=2', a)).json()) as Due;
    for (const [i, card] of due.cards.entries()) {
      await app.post('/api/study/reviews', { cardId: card.id, rating: 3, reviewId: `review-x-${i}000` }, a);
    }
    const dump = await (await app.get('/api/study/export?format=json', a)).json();
    const imported = await app.post('/api/study/import', dump, b);
    expect(await imported.json()).toEqual({ cards: 2, reviews: 2 });
    const bProgress = (await (await app.get('/api/study/progress', b)).json()) as {
      totals: { reviewed: number };
    };
    expect(bProgress.totals.reviewed).toBe(2);

    const tsv = await app.get('/api/study/export?format=anki&lang=en', a);
    expect(tsv.headers.get('content-type')).toMatch(/tab-separated/);
    const lines = (await tsv.text()).trim().split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:true', '#tags column:3']);
    const bridge = lines.find((l) => l.startsWith('bridge requires ___\t'));
    expect(bridge?.split('\t')).toHaveLength(3);
    expect(bridge).toMatch(/\tDNAT<br><br>.*docker-concepts\.en\.md, line \d+\tnotetutor relation bridge/);
  });

  it('refuses an export with a time no date can hold, and the learner’s study keeps working', async () => {
    const app = await open();
    const [a, b] = [await app.newLearner(), await app.newLearner()];
    const due = (await (await app.get('/api/study/due?limit=1', a)).json()) as Due;
    await app.post(
      '/api/study/reviews',
      { cardId: due.cards[0]?.id, rating: 3, reviewId: 'review-far-0001' },
      a,
    );
    const dump = (await (await app.get('/api/study/export?format=json', a)).json()) as {
      cards: Array<{ due: number; lastReview: number | null }>;
    };
    // One past the last millisecond a Date holds (ECMAScript: 8.64e15).
    for (const card of dump.cards) card.due = 8.64e15 + 1;
    const res = await app.post('/api/study/import', dump, b);
    expect(res.status).toBe(400);
    for (const path of ['/api/study/due', '/api/study/cards', '/api/study/progress', '/api/study/path']) {
      expect((await app.get(path, b)).status, path).toBe(200);
    }
  });

  it('refuses an import that is not an export with 400', async () => {
    const app = await open();
    const token = await app.newLearner();
    const res = await app.post('/api/study/import', { format: 'anki', cards: 'x' }, token);
    expect(res.status).toBe(400);
  });
});

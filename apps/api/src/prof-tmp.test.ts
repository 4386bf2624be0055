import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { freshSqlite } from '@notetutor/db/testing';
import { studyApp } from '../test/study-app';

it('prof', async () => {
  const app = await studyApp(freshSqlite);
  const tokens: string[] = []; const cards: string[][] = [];
  for (let i = 0; i < 5; i++) { const t = await app.newLearner(); tokens.push(t); cards.push(((await (await app.get('/api/study/due?limit=20', t)).json()) as any).cards.map((c: any) => c.id)); }
  let n = 0;
  const review = () => { const k = n++; const t = tokens[k % 5]!; return app.app.request('/api/study/reviews', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${t}` }, body: JSON.stringify({ cardId: cards[k % 5]![Math.floor(k / 5) % 20], rating: 3, reviewId: `review-${k}` }) }); };
  for (let i = 0; i < 500; i++) { await review(); await app.app.request('/api/health'); }
  for (const [name, fn] of [['health', () => app.app.request('/api/health')], ['reviews', review]] as const) {
    const t0 = performance.now(); for (let i = 0; i < 3000; i++) { const r = await fn(); if (r.status !== 200) throw new Error(String(r.status)); await r.arrayBuffer(); }
    console.log(name, ((performance.now() - t0) / 3000 * 1000).toFixed(0), 'µs');
  }
  const session = new Session(); session.connect(); await session.post('Profiler.enable'); await session.post('Profiler.start');
  for (let i = 0; i < 3000; i++) { const r = await review(); await r.arrayBuffer(); }
  const { profile } = await session.post('Profiler.stop');
  writeFileSync('/tmp/gaps-prof/server.cpuprofile', JSON.stringify(profile));
  await app.close();
}, 120000);

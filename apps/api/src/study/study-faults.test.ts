import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStudyStore } from '@notetutor/db';
import { freshSqlite } from '@notetutor/db/testing';
import { knowledgeBaseFrom } from '@notetutor/study/testing';
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../test/memory-logger';
import { studyApp } from '../../test/study-app';
import { postJson, testApp } from '../../test/test-app';
import { createKnowledgeSnapshot } from '../knowledge/create-knowledge-snapshot';
import { createStoreHolder } from './store-holder';
import { createStudyService } from './study-service';

describe('study when the learner database cannot serve', () => {
  it('answers 503 JSON on study routes while the tutor keeps answering', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'notetutor-api-')), 'learners.sqlite');
    writeFileSync(file, 'not a database '.repeat(400));
    const logger = createMemoryLogger();
    const store = createStoreHolder({ open: () => openStudyStore({ file }), logger });
    const built = await testApp({ logger });
    const study = createStudyService({ store, knowledge: built.knowledge });
    const { app } = await testApp({ logger, knowledge: built.knowledge, study });
    const learners = await app.request('/api/learners', { method: 'POST' });
    expect(learners.status).toBe(503);
    expect(await learners.json()).toMatchObject({
      error: { code: 'store_unavailable', message: expect.stringMatching(/corrupt/) },
    });
    const due = await app.request('/api/study/due', {
      headers: { authorization: `Bearer nt_${'a'.repeat(43)}` },
    });
    expect(due.status).toBe(503);
    const ask = await app.request('/api/ask', postJson({ question: 'What is bridge mode?' }));
    expect(ask.status).toBe(200);
    expect(logger.lines.some((l) => l.msg === 'learner database unavailable')).toBe(true);
  });
});

const notes = (bridge: string, extra: string) => `# 网络

- bridge：${bridge}
- bridge模式下，外部访问容器就需要进行DNAT，docker会在iptables中自动创建转发规则。
${extra}`;

describe('study after the notes change', () => {
  it('keeps the history of a reworded card, due again and marked changed; retires a vanished one', async () => {
    let clock = Date.parse('2026-12-01T10:00:00Z');
    const first = knowledgeBaseFrom({
      'n.md': notes(
        '容器之间通信网络接口都连接到docker0网桥中。',
        '- Cgroups是Linux内核提供的资源限制功能，可以限制CPU和内存。\n',
      ),
    });
    const app = await studyApp(freshSqlite, { kb: first, now: () => clock });
    try {
      const token = await app.newLearner();
      const all = (await (await app.get('/api/study/cards', token)).json()) as {
        cards: Array<{ id: string; kind: string; concepts: Array<{ id: string }> }>;
      };
      const bridgeDef = all.cards.find((c) => c.kind === 'definition' && c.concepts[0]?.id === 'bridge');
      const cgroupsDef = all.cards.find((c) => c.kind === 'definition' && c.concepts[0]?.id === 'cgroups');
      if (!bridgeDef || !cgroupsDef) throw new Error('expected definition cards for bridge and cgroups');
      for (const [i, id] of [bridgeDef.id, cgroupsDef.id].entries()) {
        const res = await app.post(
          '/api/study/reviews',
          { cardId: id, rating: 4, reviewId: `review-${i}-0000` },
          token,
        );
        expect(res.status).toBe(200);
      }
      clock += 60_000;
      // The notes change: bridge reworded, Cgroups gone.
      const second = knowledgeBaseFrom({
        'n.md': notes('容器的网络接口都接在docker0网桥上，彼此通信。', ''),
      });
      app.knowledge.swap(createKnowledgeSnapshot(second, { version: 2, builtAt: '2026-12-01T10:01:00Z' }));
      const due = (await (await app.get('/api/study/due?limit=50', token)).json()) as {
        cards: Array<{ id: string; back: string; schedule: { changed: boolean; reps: number } }>;
      };
      const reworded = due.cards.find((c) => c.id === bridgeDef.id);
      expect(reworded).toMatchObject({ schedule: { changed: true, reps: 1 } });
      expect(reworded?.back).toMatch(/接在docker0网桥上/);
      const list = (await (await app.get('/api/study/cards', token)).json()) as {
        retired: number;
        cards: Array<{ id: string }>;
      };
      expect(list.retired).toBe(1);
      expect(list.cards.map((c) => c.id)).not.toContain(cgroupsDef.id);
      const exported = (await (await app.get('/api/study/export', token)).json()) as { reviews: unknown[] };
      expect(exported.reviews).toHaveLength(2);
      // A retired card cannot be reviewed.
      const retired = await app.post(
        '/api/study/reviews',
        { cardId: cgroupsDef.id, rating: 3, reviewId: 'review-9-0000' },
        token,
      );
      expect(retired.status).toBe(404);
    } finally {
      await app.close();
    }
  });
});

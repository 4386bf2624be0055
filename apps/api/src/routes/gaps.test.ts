import { type StudyGaps, StudyGapsSchema } from '@notetutor/contracts';
import { DATABASES } from '@notetutor/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { studyApp } from '../../test/study-app';
import { postJson } from '../../test/test-app';

const DECLINED = 'What is Kubernetes?';
const PARTIAL = 'How does docker0 handle IPv6 encryption?';
const COVERED = 'What does cgroups limit?';

describe.each(DATABASES)('gaps routes on %s', (_name, fresh) => {
  const apps: Array<{ close: () => Promise<void> }> = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });
  async function open() {
    const app = await studyApp(fresh);
    apps.push(app);
    const auth = (token: string) => ({ authorization: `Bearer ${token}` });
    return {
      ...app,
      ask: (question: string, token?: string) =>
        app.app.request('/api/ask', postJson({ question }, token ? auth(token) : {})),
      async gaps(token?: string, query = ''): Promise<StudyGaps> {
        const res = await app.get(`/api/study/gaps${query}`, token);
        expect(res.status).toBe(200);
        return StudyGapsSchema.parse(await res.json());
      },
      send: (method: string, path: string, token: string, body?: unknown) =>
        app.app.request(path, {
          method,
          headers: { ...auth(token), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }),
    };
  }

  it('lists what the notes are missing without a token, each gap with its passages, capped', async () => {
    const app = await open();
    const gaps = await app.gaps(undefined, '?limit=3&lang=en');
    expect(gaps.asked).toBeNull();
    expect(gaps.undefined.length).toBeGreaterThan(0);
    expect(gaps.undefined.length).toBeLessThanOrEqual(3);
    expect(gaps.totals.undefined).toBeGreaterThanOrEqual(gaps.undefined.length);
    for (const gap of [...gaps.undefined, ...gaps.singlePassage, ...gaps.cooccurrenceOnly]) {
      expect(gap.passages.length).toBeGreaterThan(0);
      for (const p of gap.passages) expect(p.source.file).toMatch(/\.md$/);
    }
    for (const query of ['?limit=0', '?limit=abc', '?lang=fr']) {
      const res = await app.get(`/api/study/gaps${query}`);
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_request');
    }
  });

  it("keeps a learner's declined and partly answered questions from ask, chat and /v1, newest first", async () => {
    const app = await open();
    const token = await app.newLearner();
    const other = await app.newLearner();
    expect((await app.ask(DECLINED, token)).status).toBe(200);
    expect((await app.ask(COVERED, token)).status).toBe(200);
    const chat = await app.app.request(
      '/api/chat',
      postJson({ messages: [{ role: 'user', content: PARTIAL }] }, { authorization: `Bearer ${token}` }),
    );
    expect(await chat.text()).toContain('event: done');
    const v1 = await app.app.request(
      '/v1/chat/completions',
      postJson(
        { model: 'notes-tutor', messages: [{ role: 'user', content: 'What is etcd?' }] },
        { authorization: `Bearer ${token}` },
      ),
    );
    expect(v1.status).toBe(200);
    // Anonymous, or an OpenAI client's own key: answered, kept for nobody.
    expect((await app.ask('What is Terraform?')).status).toBe(200);
    const keyed = await app.app.request(
      '/v1/chat/completions',
      postJson(
        { model: 'notes-tutor', messages: [{ role: 'user', content: 'What is Nomad?' }] },
        { authorization: 'Bearer sk-not-a-learner' },
      ),
    );
    expect(keyed.status).toBe(200);

    const { asked } = await app.gaps(token);
    expect(asked?.recording).toBe(true);
    expect(asked?.questions.map((q) => [q.question, q.kind])).toEqual([
      ['What is etcd?', 'declined'],
      [PARTIAL, 'partial'],
      [DECLINED, 'declined'],
    ]);
    expect(asked?.questions[1]?.missing).toContain('encryption');
    expect((await app.gaps(other)).asked?.questions).toEqual([]);
  });

  it('answers a question whose token is unknown, instead of refusing it', async () => {
    const app = await open();
    const res = await app.ask(DECLINED, `nt_${'A'.repeat(43)}`);
    expect(res.status).toBe(200);
  });

  it('stops keeping questions when recording is off, and clears them on request', async () => {
    const app = await open();
    const token = await app.newLearner();
    await app.ask(DECLINED, token);
    await app.ask(DECLINED, token);
    expect((await app.gaps(token)).asked?.questions).toMatchObject([{ question: DECLINED, times: 2 }]);

    const off = await app.send('PUT', '/api/study/gaps/settings', token, { recording: false });
    expect(await off.json()).toEqual({ recording: false });
    await app.ask('What is Ansible?', token);
    const after = await app.gaps(token);
    expect(after.asked?.recording).toBe(false);
    expect(after.asked?.questions.map((q) => q.question)).toEqual([DECLINED]);

    const cleared = await app.send('DELETE', '/api/study/gaps/questions', token);
    expect(await cleared.json()).toEqual({ cleared: 1 });
    expect((await app.gaps(token)).asked?.questions).toEqual([]);
  });

  it('refuses to change gaps without a token, or with a bad setting', async () => {
    const app = await open();
    const token = await app.newLearner();
    const anonymous = await app.app.request('/api/study/gaps/questions', { method: 'DELETE' });
    expect(anonymous.status).toBe(401);
    for (const body of [{}, { recording: 'yes' }]) {
      const res = await app.send('PUT', '/api/study/gaps/settings', token, body);
      expect(res.status).toBe(400);
    }
  });

  it('lists the gap routes in the OpenAPI document', async () => {
    const app = await open();
    const doc = (await (await app.get('/api/openapi.json')).json()) as { paths: Record<string, object> };
    expect(Object.keys(doc.paths['/api/study/gaps'] ?? {})).toEqual(['get']);
    expect(Object.keys(doc.paths['/api/study/gaps/questions'] ?? {})).toEqual(['delete']);
    expect(Object.keys(doc.paths['/api/study/gaps/settings'] ?? {})).toEqual(['put']);
  });
});

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import type {
  Answer,
  Citation,
  ConceptDetail,
  ConceptSummary,
  Health,
  PassageView,
  PathResult,
  TutorEvent,
} from '@notetutor/contracts';
import { type FixtureConcept, fixtureConcepts, fixturePassages, fixtureRelations } from './fixture-data';

/**
 * A stand-in for `apps/api` serving the contract shapes from a fixed slice of the notes, so the web app can be
 * developed and tested before (or without) the real API. Not a tutor: answers are stitched from definitions.
 * Run it alone with `npx tsx apps/web/test/fixture-api.ts [port]`.
 */
export interface FixtureApi {
  url: string;
  port: number;
  /** Chat streams whose client went away before the answer finished (to check the stop button). */
  abortedStreams: () => number;
  close: () => Promise<void>;
}

const passageById = new Map(fixturePassages.map((p) => [p.id, p]));
const conceptById = new Map(fixtureConcepts.map((c) => [c.id, c]));

function isChinese(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

function summary(c: FixtureConcept, lang: 'zh' | 'en' = 'zh'): ConceptSummary {
  return {
    id: c.id,
    label: lang === 'zh' ? c.labelZh : c.labelEn,
    labelZh: c.labelZh,
    labelEn: c.labelEn,
    kind: c.kind,
    aliases: c.aliases,
    mentions:
      c.evidence.length * 3 + fixtureRelations.filter((r) => r.source === c.id || r.target === c.id).length,
  };
}

function passages(ids: string[]): PassageView[] {
  return ids.flatMap((id) => passageById.get(id) ?? []);
}

function detail(c: FixtureConcept): ConceptDetail {
  const neighbours: ConceptDetail['neighbours'] = [];
  for (const r of fixtureRelations) {
    const otherId = r.source === c.id ? r.target : r.target === c.id ? r.source : undefined;
    const other = otherId ? conceptById.get(otherId) : undefined;
    if (!other) continue;
    neighbours.push({
      concept: { id: other.id, label: other.labelZh, kind: other.kind },
      relation: r.type,
      direction: r.source === c.id ? 'out' : 'in',
      evidence: r.evidence,
    });
  }
  return {
    ...summary(c),
    definition: c.definition ? (passageById.get(c.definition) ?? null) : null,
    evidence: passages(c.evidence),
    neighbours,
  };
}

function graphExport() {
  const kinds = [...new Set(fixtureConcepts.map((c) => c.kind))];
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: { name: 'fixture' },
    nodes: fixtureConcepts.map((c, i) => {
      const ring = kinds.indexOf(c.kind);
      const angle = (i / fixtureConcepts.length) * Math.PI * 2;
      const s = summary(c);
      return {
        key: c.id,
        attributes: {
          label: c.labelZh,
          labelZh: c.labelZh,
          labelEn: c.labelEn,
          kind: c.kind,
          aliases: c.aliases,
          mentions: s.mentions,
          x: Math.round(Math.cos(angle) * (50 + ring * 12) * 100) / 100,
          y: Math.round(Math.sin(angle) * (50 + ring * 12) * 100) / 100,
          size: 4 + s.mentions / 2,
        },
      };
    }),
    edges: fixtureRelations.map((r, i) => ({
      key: `e${i}`,
      source: r.source,
      target: r.target,
      attributes: { type: r.type, evidence: r.evidence, weight: r.evidence.length },
    })),
  };
}

function search(q: string): ConceptSummary[] {
  const needle = q.trim().toLowerCase();
  if (!needle) return fixtureConcepts.map((c) => summary(c)).sort((a, b) => b.mentions - a.mentions);
  return fixtureConcepts
    .filter((c) => [c.id, c.labelZh, c.labelEn, ...c.aliases].some((a) => a.toLowerCase().includes(needle)))
    .map((c) => summary(c));
}

function findPath(from: string, to: string): PathResult | undefined {
  const a = conceptById.get(from);
  const b = conceptById.get(to);
  if (!a || !b) return undefined;
  const previous = new Map<string, { via: number; from: string }>();
  const queue = [from];
  const seen = new Set([from]);
  while (queue.length > 0) {
    const at = queue.shift() as string;
    if (at === to) break;
    fixtureRelations.forEach((r, index) => {
      const next = r.source === at ? r.target : r.target === at ? r.source : undefined;
      if (next && !seen.has(next)) {
        seen.add(next);
        previous.set(next, { via: index, from: at });
        queue.push(next);
      }
    });
  }
  const ref = (c: FixtureConcept) => ({ id: c.id, label: c.labelZh });
  if (from !== to && !previous.has(to)) return { from: ref(a), to: ref(b), found: false, steps: [] };
  const steps: PathResult['steps'] = [];
  for (let at = to; at !== from; ) {
    const step = previous.get(at);
    if (!step) break;
    const r = fixtureRelations[step.via];
    const fromConcept = conceptById.get(step.from);
    const toConcept = conceptById.get(at);
    if (!r || !fromConcept || !toConcept) break;
    steps.unshift({
      from: ref(fromConcept),
      to: ref(toConcept),
      relation: r.type,
      direction: r.source === step.from ? 'forward' : 'backward',
      evidence: passages(r.evidence),
    });
    at = step.from;
  }
  return { from: ref(a), to: ref(b), found: true, steps };
}

function linkConcepts(text: string): FixtureConcept[] {
  const lower = text.toLowerCase();
  return fixtureConcepts
    .filter((c) => c.aliases.some((alias) => lower.includes(alias.toLowerCase())))
    .slice(0, 3);
}

function citationFor(passageId: string, lang: 'zh' | 'en'): Citation | undefined {
  const original = passageById.get(passageId);
  if (!original) return undefined;
  const translated = lang === 'en' ? passageById.get(passageId.replace('.zh#', '.en#')) : undefined;
  const shown = translated ?? original;
  const citation: Citation = { id: shown.id, quote: shown.text, source: shown.source };
  if (translated) citation.original = { id: original.id, quote: original.text, source: original.source };
  return citation;
}

function compose(question: string, historyConcepts: string[]): Answer {
  const lang = isChinese(question) ? 'zh' : 'en';
  let concepts = linkConcepts(question);
  if (concepts.length === 0) concepts = historyConcepts.flatMap((id) => conceptById.get(id) ?? []);
  if (concepts.length === 0) {
    return {
      answer:
        lang === 'zh'
          ? '笔记里没有讲到这个问题，我不能凭空回答。可以问问容器、镜像、网络模式或数据持久化。'
          : 'The notes do not cover that, so I cannot answer it from them. Try containers, images, network modes or persistence.',
      grounded: false,
      engine: 'offline',
      citations: [],
      concepts: [],
      followUps:
        lang === 'zh'
          ? ['容器与虚拟机有什么区别？']
          : ['How does a container differ from a virtual machine?'],
      language: lang,
    };
  }
  const citations: Citation[] = [];
  const lines: string[] = [];
  for (const c of concepts) {
    const passageId = c.definition ?? c.evidence[0];
    const cited = passageId ? citationFor(passageId, lang) : undefined;
    if (!cited) continue;
    let n = citations.findIndex((x) => x.id === cited.id) + 1;
    if (n === 0) n = citations.push(cited);
    const label = lang === 'zh' ? c.labelZh : c.labelEn;
    lines.push(`- **${label}**：${cited.quote.slice(0, 90)}… [${n}]`);
  }
  const intro = lang === 'zh' ? '根据你的笔记：' : 'From your notes:';
  const related = fixtureRelations.filter(
    (r) => concepts.some((c) => c.id === r.source) && concepts.some((c) => c.id === r.target),
  );
  const relationLine = related
    .map(
      (r) => `\`${conceptById.get(r.source)?.labelEn}\` ${r.type} \`${conceptById.get(r.target)?.labelEn}\``,
    )
    .join('; ');
  const first = concepts[0];
  return {
    answer: [intro, '', ...lines, ...(relationLine ? ['', relationLine] : [])].join('\n'),
    grounded: true,
    engine: 'offline',
    citations,
    concepts: concepts.map((c) => ({ id: c.id, label: lang === 'zh' ? c.labelZh : c.labelEn })),
    followUps: first
      ? lang === 'zh'
        ? [`${first.labelZh}是如何实现的？`, `${first.labelZh}和哪些概念有关？`]
        : [`How is ${first.labelEn} implemented?`, `What is ${first.labelEn} related to?`]
      : [],
    language: lang,
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { error: { code, message } });
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 65_536) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the fixture API on `port` (0: any free port) on 127.0.0.1. */
export async function startFixtureApi(
  port = 0,
  options: { chunkDelayMs?: number } = {},
): Promise<FixtureApi> {
  const chunkDelayMs = options.chunkDelayMs ?? 25;
  let aborted = 0;
  let learners = 0;
  const tokens = new Set<string>();

  async function streamChat(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: unknown;
    try {
      body = await readJson(req);
    } catch {
      sendError(res, 400, 'bad_request', 'body must be JSON');
      return;
    }
    const messages = (body as { messages?: { role: string; content: string; concepts?: string[] }[] })
      .messages;
    const last = messages?.at(-1);
    if (!Array.isArray(messages) || !last || last.role !== 'user' || !last.content?.trim()) {
      sendError(res, 400, 'invalid_request', 'messages: the last message must be a non-empty user message');
      return;
    }
    const question = last.content;
    if (question.includes('#overloaded')) {
      res.setHeader('retry-after', '3');
      sendError(res, 429, 'rate_limited', 'too many requests; retry in 3 s');
      return;
    }
    const history = messages.slice(0, -1).flatMap((m) => m.concepts ?? []);
    const answer = compose(question, history);
    const slow = question.includes('#slow') ? 250 : chunkDelayMs;
    let closed = false;
    res.on('close', () => {
      if (!res.writableFinished) {
        closed = true;
        aborted++;
      }
    });
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    const send = (event: TutorEvent) => {
      if (!closed) res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    };
    send({ type: 'meta', engine: 'offline', language: answer.language ?? 'zh' });
    send({ type: 'concepts', concepts: answer.concepts });
    send({ type: 'citations', citations: answer.citations });
    const pieces = answer.answer.match(/[\s\S]{1,14}/g) ?? [];
    for (const [index, text] of pieces.entries()) {
      if (closed) return;
      if (question.includes('#fail-stream') && index === 3) {
        send({ type: 'error', error: { code: 'model_error', message: 'the model stopped answering' } });
        res.end();
        return;
      }
      send({ type: 'delta', text });
      await sleep(slow);
    }
    if (question.includes('#notice'))
      send({ type: 'notice', message: 'The model failed; the offline engine answered.' });
    send({ type: 'done', answer });
    res.end();
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (method === 'POST' && path === '/api/chat') {
      void streamChat(req, res);
      return;
    }
    if (method === 'POST' && path === '/api/ask') {
      readJson(req)
        .then((body) => {
          const question = (body as { question?: string }).question ?? '';
          if (!question.trim()) sendError(res, 400, 'invalid_request', 'question must not be empty');
          else sendJson(res, 200, compose(question, []));
        })
        .catch(() => sendError(res, 400, 'bad_request', 'body must be JSON'));
      return;
    }
    if (method === 'POST' && path === '/api/learners') {
      learners += 1;
      const token = `nt_${String(learners).padStart(43, 'x')}`;
      tokens.add(token);
      sendJson(res, 201, { learnerId: `l${learners}`, token });
      return;
    }
    if (path.startsWith('/api/study/')) {
      // Study routes: known bearer tokens only; the body says which learner asked.
      const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (!token || !tokens.has(token)) sendError(res, 401, 'unauthorized', 'unknown learner token');
      else sendJson(res, 200, { learner: token, cards: [], dueNow: 0, dueToday: 0, nextDue: null });
      return;
    }
    if (method !== 'GET') {
      sendError(res, 405, 'method_not_allowed', `${method} ${path} is not allowed`);
      return;
    }
    if (path === '/api/health') {
      const health: Health = {
        status: 'ok',
        concepts: fixtureConcepts.length,
        links: fixtureRelations.length,
        passages: fixturePassages.length,
        engine: 'offline',
      };
      sendJson(res, 200, health);
    } else if (path === '/api/graph') {
      sendJson(res, 200, graphExport());
    } else if (path === '/api/concepts') {
      sendJson(res, 200, { concepts: search(url.searchParams.get('q') ?? '') });
    } else if (path.startsWith('/api/concepts/')) {
      let id = '';
      try {
        id = decodeURIComponent(path.slice('/api/concepts/'.length));
      } catch {
        sendError(res, 400, 'bad_request', 'malformed percent-escape');
        return;
      }
      const concept = conceptById.get(id);
      if (concept) sendJson(res, 200, detail(concept));
      else sendError(res, 404, 'not_found', 'no such concept');
    } else if (path === '/api/path') {
      const result = findPath(url.searchParams.get('from') ?? '', url.searchParams.get('to') ?? '');
      if (result) sendJson(res, 200, result);
      else sendError(res, 404, 'not_found', 'unknown concept in from/to');
    } else {
      sendError(res, 404, 'not_found', `no route ${path}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    abortedStreams: () => aborted,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const api = await startFixtureApi(Number(process.argv[2] ?? 8787));
  console.log(`fixture API on ${api.url}`);
}

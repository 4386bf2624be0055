import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corpusFrom, seedVocabulary } from '../../test/corpus';
import { buildKnowledgeBase } from '../knowledge-base/build-knowledge-base';
import type { KnowledgeBase } from '../types';

const here = path.dirname(fileURLToPath(import.meta.url));
const read = (file: string) => readFileSync(path.join(here, '../../test/notes', file), 'utf8');

function build(file: string): KnowledgeBase {
  return buildKnowledgeBase(corpusFrom({ [file]: read(file) }), seedVocabulary(), { layout: false });
}

const labels = (kb: KnowledgeBase) => kb.graph.mapNodes((_id, a) => a.label);
const idOf = (kb: KnowledgeBase, alias: string) => kb.lookup.resolve(alias);

describe('outline Chinese notes (numbered headings, nested bullets, glosses in both orders, a table)', () => {
  const kb = build('outline-tcp.zh.md');

  it('takes no numbering, sentence, remark or table debris as a concept', () => {
    const all = labels(kb);
    for (const junk of [
      '1 传输层',
      '常见算法',
      '2.1 常见算法',
      '通常是浏览器 Client',
      '通常是浏览器',
      '| 进行加密通信',
      '大小',
    ]) {
      expect(all, junk).not.toContain(junk);
    }
  });

  it('keeps a remark in brackets out of the label and the aliases', () => {
    const client = idOf(kb, 'Client');
    expect(client).toBeDefined();
    expect(kb.graph.getNodeAttribute(client as string, 'label')).toBe('Client');
    expect(kb.lookup.resolve('通常是浏览器')).toBeUndefined();
  });

  it('merges a term and its gloss in either order, and a Chinese name with its English one', () => {
    expect(idOf(kb, 'ACK')).toBeDefined();
    expect(idOf(kb, '确认位')).toBe(idOf(kb, 'ACK'));
    expect(idOf(kb, '确认位 ACK')).toBe(idOf(kb, 'ACK'));
    expect(idOf(kb, 'slow start')).toBeDefined();
    expect(idOf(kb, '慢开始')).toBe(idOf(kb, 'slow start'));
  });

  it('reads the items of a lead-in (`X 包括：` + child bullets) as parts of X', () => {
    const avoidance = idOf(kb, '拥塞避免') as string;
    expect(kb.graph.hasEdge(`${avoidance}->part-of->${idOf(kb, 'TCP')}`)).toBe(true);
    expect(kb.graph.getEdgeAttribute(`${avoidance}->part-of->${idOf(kb, 'TCP')}`, 'evidence')).toEqual([
      'outline-tcp.zh#3.4',
    ]);
  });

  it('brings no Docker concept into networking notes', () => {
    for (const id of ['image-layer', 'host-mode', 'docker', 'bridge'])
      expect(kb.graph.hasNode(id), id).toBe(false);
  });
});

describe('nested English notes with a table of contents, code, a table and references', () => {
  const kb = build('nested-k8s.md');

  it('takes no heading wording, clause, reference slug, link text or example value as a concept', () => {
    const all = labels(kb).map((l) => l.toLowerCase());
    for (const junk of [
      'advantages',
      'use configmap if',
      'these controllers include',
      'table of contents',
      'references',
      'working-with-objects',
      'bilibili',
      'kubernetes.io',
      'foo',
      'bar',
      'client',
      '--image=nginx',
    ]) {
      expect(all, junk).not.toContain(junk);
    }
  });

  it('merges abbreviations, numeronyms and spacing variants', () => {
    expect(idOf(kb, 'K8s')).toBe(idOf(kb, 'Kubernetes'));
    expect(idOf(kb, 'kube proxy')).toBe(idOf(kb, 'kube-proxy'));
    expect(idOf(kb, 'Node Controller')).toBe(idOf(kb, 'NodeController'));
    expect(kb.graph.getNodeAttribute(idOf(kb, 'K8s') as string, 'label')).toBe('Kubernetes');
  });

  it('keeps the flag, not its example value, and labels in English', () => {
    expect(idOf(kb, '--image')).toBeDefined();
    expect(labels(kb)).toContain('IP address');
    expect(labels(kb)).not.toContain('IP 地址 IP address');
  });

  it('does not state a relation the clause does not: a passive "were replaced by" between the same concept', () => {
    kb.graph.forEachEdge((_e, a, source, target) => {
      if (a.type === 'replaced-by') expect(source).not.toBe(target);
    });
    const pod = idOf(kb, 'Pod') as string;
    const service = idOf(kb, 'Service') as string;
    expect(kb.graph.hasEdge(`${pod}->replaced-by->${service}`)).toBe(false);
  });
});

describe('English notes with code-span labels, asides and Latin abbreviations', () => {
  const kb = buildKnowledgeBase(
    corpusFrom({
      'caching.md': [
        '# Caching',
        '',
        '- the cache keys on the URL plus the request headers named in `Vary` (the *secondary key*)',
        '- `Vary: Accept-Encoding` keeps one variant per encoding',
        '- `Cache-Control: no-cache` on a request → "revalidate before giving me anything"',
        '- only 200 and 301 are cached; everything else (e.g. `302`, `500`) only with explicit `max-age`',
        '- within 60 s the browser reuses the stored copy without asking (no network at all)',
        '- purge by URL, by tag, or everything ("purge all")',
        '- `no-cache` vs `no-store` (the most common confusion)',
        '  - `no-cache` may be stored, but must be revalidated before every use',
        '  - `no-store` is never written to any cache',
      ].join('\n'),
    }),
    seedVocabulary(),
    { layout: false },
  );

  it('labels a header named in a code span without the markdown, as one concept', () => {
    const all = labels(kb);
    expect(all.filter((label) => label.includes('`'))).toEqual([]);
    expect(all.filter((label) => label.toLowerCase() === 'vary')).toHaveLength(1);
  });

  it('takes a hyphenated directive for one name, whatever its parts, and reads `A vs B` as a contrast', () => {
    const noCache = idOf(kb, 'no-cache');
    const noStore = idOf(kb, 'no-store');
    expect(noCache).toBeDefined();
    expect(noStore).toBeDefined();
    const types = kb.graph
      .edges(noCache as string, noStore as string)
      .map((edge) => kb.graph.getEdgeAttribute(edge, 'type'));
    expect(types).toContain('contrasts-with');
  });

  it('takes no aside or Latin abbreviation for a term', () => {
    const all = labels(kb).map((label) => label.toLowerCase());
    for (const junk of ['e.g', 'e.g.', 'asking', 'everything']) expect(all, junk).not.toContain(junk);
  });
});

describe('glosses that are qualifiers, not names', () => {
  const kb = buildKnowledgeBase(
    corpusFrom({
      'net.md': [
        '# Tuning',
        '',
        '## Interrupt Coalescing (soft IRQ) and Ingress QDisc',
        '',
        '- Interrupt Coalescence (IC) - rx-usecs, tx-usecs',
        '- NAPI raises NET_RX_SOFTIRQ on the CPU that took the IRQ',
        '- 槽位 = CRC16(key) mod 16384',
      ].join('\n'),
    }),
    seedVocabulary(),
    { layout: false },
  );

  it('keeps the gloss out of a heading term and merges the abbreviation it names', () => {
    const id = idOf(kb, 'Interrupt Coalescence');
    expect(id).toBeDefined();
    expect(idOf(kb, 'IC')).toBe(id);
    expect(kb.graph.getNodeAttribute(id as string, 'aliases')).toContain('Interrupt Coalescing');
    expect(labels(kb).filter((label) => /[()（）]/.test(label))).toEqual([]);
  });

  it('makes no alias of a qualifier or an argument in brackets', () => {
    const coalescing = idOf(kb, 'Interrupt Coalescing');
    expect(idOf(kb, 'soft IRQ')).not.toBe(coalescing);
    const crc = idOf(kb, 'CRC16');
    expect(crc).toBeDefined();
    expect(kb.graph.getNodeAttribute(crc as string, 'aliases')).not.toContain('key');
  });
});

describe('Chinese clauses whose cue governs a verb phrase', () => {
  const kb = buildKnowledgeBase(
    corpusFrom({
      'os.md': [
        '# 操作系统',
        '',
        '## 调度',
        '',
        '- **内核**负责管理硬件。',
        '- 在进行调度的时候，内核需要切换进程的上下文。',
        '- 抢占式调度需要硬件支持，例如计时器。',
        '- **进程**是资源分配的单位。',
        '- **upstream** 模块把请求转发给上游服务器。',
        '- **proxy_cache** 在使用 upstream 模块时缓存响应。',
      ].join('\n'),
    }),
    seedVocabulary(),
    { layout: false },
  );
  const typed = (source: string, target: string) =>
    kb.graph
      .edges(idOf(kb, source) as string, idOf(kb, target) as string)
      .map((edge) => kb.graph.getEdgeAttribute(edge, 'type'))
      .filter((type) => type !== 'related-to');

  it('states no relation between the cue’s subject and the object of another verb', () => {
    // 内核需要切换进程: what the kernel needs is to switch processes, not processes.
    expect(typed('内核', '进程')).toEqual([]);
  });

  it('states no relation from a temporal clause: 在使用 X 时 says when, not that anything uses X', () => {
    expect(typed('proxy_cache', 'upstream')).toEqual([]);
  });
});

describe('runbook notes with title-case headings over shell sessions', () => {
  const kb = buildKnowledgeBase(
    corpusFrom({
      'runbook.md': [
        '# Daily Checks With Helmfile',
        '',
        'Run these before every release window.',
        '',
        'Pick the environment for every later command:',
        '```',
        'export HELMFILE_ENV="staging"',
        '```',
        '',
        'Use the --output flag to export the rendered values when a review needs them:',
        '',
        '```sh',
        '$ helmfile diff --environment staging',
        '$ helmfile sync --environment staging',
        '```',
        '',
        '## Rollback and Helmfile',
        '',
        'Helmfile renders every release before it syncs. Pin the chart, then apply again:',
        '',
        '```sh',
        '$ helmfile apply --selector name=api',
        '```',
      ].join('\n'),
    }),
    seedVocabulary(),
    { layout: false },
  );

  it('labels a program named in a title-case heading as its commands write it', () => {
    const id = idOf(kb, 'helmfile');
    expect(id).toBeDefined();
    expect(kb.graph.getNodeAttribute(id as string, 'label')).toBe('helmfile');
    expect(labels(kb)).not.toContain('Helmfile');
  });

  it('takes no shell built-in run once as a concept, though the prose uses the word', () => {
    expect(labels(kb)).not.toContain('export');
    expect(labels(kb)).toContain('helmfile diff');
  });
});

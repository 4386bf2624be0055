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

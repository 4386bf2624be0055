import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusFrom, seedCorpus, seedVocabulary } from '../../test/corpus';
import { buildKnowledgeBase } from '../knowledge-base/build-knowledge-base';
import type { KnowledgeBase } from '../types';
import { emptyVocabulary } from '../vocabulary/empty-vocabulary';

const kubernetesNotes = readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '../../test/notes/kubernetes.md'),
  'utf8',
);

describe('concepts discovered in notes the vocabulary knows nothing about', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    // A learner drops a Kubernetes note (tables, commands, code, mixed languages) next to the Docker notes.
    const seed = await seedCorpus();
    const extra = corpusFrom({ 'kubernetes.md': kubernetesNotes });
    kb = buildKnowledgeBase(
      { ...seed, documents: [...seed.documents, ...extra.documents] },
      seedVocabulary(),
    );
  });

  const node = (id: string) => {
    expect(kb.graph.hasNode(id), `missing concept ${id}`).toBe(true);
    return kb.graph.getNodeAttributes(id);
  };

  it('takes bold terms, headings, bullet and table labels and repeated technical words as terms', () => {
    for (const id of [
      'pod',
      'kubernetes',
      'kubelet',
      'kube-proxy',
      'deployment',
      'service',
      'replicaset',
      'systemd',
    ]) {
      expect(node(id)).toMatchObject({ origin: 'discovered', kind: 'term' });
    }
    expect(node('configmap').labelEn).toBe('ConfigMap');
    expect(node('secret').labelEn).toBe('Secret');
    expect(node('pod').aliases).toEqual(expect.arrayContaining(['Pod', 'Pods']));
  });

  it('keeps a gloss as an alias of the term, never in its label', () => {
    expect(node('etcd')).toMatchObject({ label: 'etcd', labelEn: 'etcd', labelZh: 'etcd' });
    expect(node('etcd').aliases).toContain('键值存储');
    expect(kb.lookup.resolve('键值存储')).toBe('etcd');
    expect(kb.lookup.resolve('节点')).toBe('node');
  });

  it('takes commands from inline code, tables and shell blocks, and flags, as commands', () => {
    for (const id of [
      'kubectl-get',
      'kubectl-apply',
      'kubectl-describe',
      'kubectl-logs',
      'systemctl-status',
    ]) {
      expect(node(id).kind).toBe('command');
    }
    // A flag's value is an example: the concept is the flag.
    expect(node('replicas')).toMatchObject({ kind: 'command', labelEn: '--replicas' });
    expect(kb.graph.hasNode('replicas-3')).toBe(false);
    expect(node('follow')).toMatchObject({ kind: 'command', labelEn: '--follow' });
  });

  it('leaves out stop-words, numbers, file names, chapter titles and one-off words', () => {
    for (const junk of [
      '3',
      'web-1',
      'app-yaml',
      'app.yaml',
      'base64',
      '常用命令',
      '入门',
      'unit',
      'etc-systemd-system',
      'smallest-deployable-unit',
    ]) {
      expect(kb.graph.hasNode(junk), junk).toBe(false);
    }
  });

  it('links the new concepts with the same cue words, to each other and to the Docker concepts', () => {
    const has = (key: string) => expect(kb.graph.hasEdge(key), key).toBe(true);
    has('container->part-of->pod');
    has('replicaset->part-of->deployment');
    has('service->uses->kube-proxy');
    has('kube-proxy->requires->iptables');
    has('systemctl-status->connects-to->systemd');
    has('kubelet->based-on->node');
    expect(kb.graph.getEdgeAttribute('kube-proxy->requires->iptables', 'evidence')).toEqual([
      'kubernetes#6.1',
    ]);
  });

  it('still builds the Docker graph around the new file', () => {
    expect(kb.graph.hasEdge('libcontainer->replaced-by->runc')).toBe(true);
    expect(kb.graph.getNodeAttribute('iptables', 'evidence')).toEqual(
      expect.arrayContaining(['docker-concepts.zh#5.2', 'kubernetes#6.1']),
    );
  });
});

describe('without a vocabulary', () => {
  it('still finds the concepts of the notes, related by co-occurrence', () => {
    const kb = buildKnowledgeBase(corpusFrom({ 'kubernetes.md': kubernetesNotes }), emptyVocabulary());
    for (const id of ['pod', 'kubelet', 'kube-proxy', 'etcd', 'kubectl-get', 'systemd']) {
      expect(kb.graph.hasNode(id), id).toBe(true);
    }
    expect(kb.graph.size).toBeGreaterThan(0);
    // No cue words without a vocabulary: only co-occurrence and the layout's part-of (a label under a heading).
    kb.graph.forEachEdge((_e, attributes) => {
      if (attributes.type !== 'related-to')
        expect(attributes).toMatchObject({ type: 'part-of', source: 'structure' });
    });
  });
});

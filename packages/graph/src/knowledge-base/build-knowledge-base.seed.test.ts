import type { RelationType } from '@notetutor/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedKnowledgeBase } from '../../test/corpus';
import type { KnowledgeBase } from '../types';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

/** The edge `source -type-> target`, which must exist. */
function edge(source: string, type: RelationType, target: string) {
  const key = `${source}->${type}->${target}`;
  expect(kb.graph.hasEdge(key), `missing edge ${key}`).toBe(true);
  return kb.graph.getEdgeAttributes(key);
}

/** Evidence passages that name both ends of the relation (by any alias). */
function supporting(source: string, target: string, evidence: readonly string[]): string[] {
  return evidence.filter((id) => {
    const named = kb.passageConcepts.get(id) ?? [];
    return named.includes(source) && named.includes(target);
  });
}

const expected: Array<[string, RelationType, string, string]> = [
  ['namespaces', 'provides', 'isolation', 'namespaces give user spaces their isolation'],
  ['image-layer', 'uses', 'union-mount', 'all layers are merged through a union mount'],
  ['bridge', 'requires', 'dnat', 'bridge mode needs DNAT for outside access'],
  ['uts-namespace', 'part-of', 'namespaces', 'the six namespaces are collectively called Namespaces'],
  ['mount-namespace', 'part-of', 'namespaces', 'the six namespaces'],
  ['ipc-namespace', 'part-of', 'namespaces', 'the six namespaces (the notes write IPS)'],
  ['pid-namespace', 'part-of', 'namespaces', 'the six namespaces'],
  ['user-namespace', 'part-of', 'namespaces', 'the six namespaces'],
  ['network-namespace', 'part-of', 'namespaces', 'the six namespaces'],
  ['cgroups', 'limits', 'cpu', 'cgroups limit how much CPU a container may use'],
  ['cgroups', 'limits', 'memory', 'and how much memory'],
  ['union-mount', 'implemented-by', 'aufs', 'Aufs (advanced multi-layered unification filesystem)'],
  ['union-mount', 'implemented-by', 'overlay2', 'overla2 (union mount)'],
  ['bridge', 'implemented-by', 'docker0', 'the docker0 bridge'],
  ['veth-pair', 'connects-to', 'docker0', 'the veth ends are plugged into docker0'],
  ['dnat', 'implemented-by', 'iptables', 'docker creates the forwarding rules in iptables'],
  ['docker-daemon', 'uses', 'unix-socket', 'the daemon listens on the socket file'],
  ['image', 'stored-in', 'docker-hub', 'images are fetched from Docker Hub'],
  ['bind-mount', 'provides', 'persistence', 'binding host directories keeps data'],
  ['libcontainer', 'replaced-by', 'runc', 'the engine changed from libcontainer to runc'],
  ['docker', 'based-on', 'lxc', 'Docker is a second-level wrapper around LXC'],
  ['container', 'contrasts-with', 'virtual-machine', 'containers compared with virtual machines'],
];

describe('buildKnowledgeBase on the seed notes', () => {
  it.each(expected)('%s -%s-> %s (%s), stated by a passage naming both', (source, type, target) => {
    const attributes = edge(source, type, target);
    expect(supporting(source, target, attributes.evidence).length).toBeGreaterThan(0);
    expect(attributes.weight).toBeGreaterThan(0);
  });

  it('links the client to the daemon it talks to', () => {
    const edges = kb.graph.edges('docker-client', 'docker-daemon');
    expect(edges.length).toBeGreaterThan(0);
    const evidence = edges.flatMap((e) => kb.graph.getEdgeAttribute(e, 'evidence'));
    expect(supporting('docker-client', 'docker-daemon', evidence)).toContain('docker-concepts.zh#3.1');
  });

  it('has the client talk to the daemon, as the C/S passage states, in both languages', () => {
    const talks = edge('docker-client', 'connects-to', 'docker-daemon');
    expect(talks.label).toBe('talks to');
    expect(talks.evidence).toEqual(['docker-concepts.en#3.1', 'docker-concepts.zh#3.1']);
    // The typed link replaces the weak co-occurrence.
    expect(kb.graph.hasEdge('docker-client->related-to->docker-daemon')).toBe(false);
  });

  it('reads the English `host:` bullet as host mode, the mode its section lists with bridge and none', () => {
    // `host: shares the host's network…`: the label is the mode, the host's network is the machine's.
    expect(kb.passageConcepts.get('docker-concepts.en#5.3')?.slice(0, 2)).toEqual(['host-mode', 'host']);
    expect(kb.graph.getNodeAttribute('host-mode', 'evidence')).toEqual(
      expect.arrayContaining(['docker-concepts.en#5.3', 'docker-concepts.zh#5.3']),
    );
    const bothLanguages = kb.graph
      .edges('host-mode')
      .map((e) => kb.graph.getEdgeAttribute(e, 'evidence'))
      .filter((ev) => ev.includes('docker-concepts.en#5.3') && ev.includes('docker-concepts.zh#5.3'));
    expect(bothLanguages.length).toBeGreaterThan(0);
    // Its sibling `none:` names none mode in English too, and the enumeration `bridge, host and none` lists modes.
    expect(kb.passageConcepts.get('docker-concepts.en#5.4')?.[0]).toBe('none-mode');
    expect(kb.passageConcepts.get('docker-concepts.en#5.1')).toEqual(
      expect.arrayContaining(['bridge', 'host-mode', 'none-mode']),
    );
    expect(kb.graph.hasEdge('docker->related-to->host')).toBe(false);
  });

  it('labels relations the way the notes put them', () => {
    expect(edge('docker-daemon', 'uses', 'unix-socket').label).toBe('listens on');
    expect(edge('image', 'stored-in', 'docker-hub').label).toBe('pulled from');
    expect(edge('libcontainer', 'replaced-by', 'runc').labelZh).toBe('被…取代');
  });

  it('merges the English translation into the same concepts and edges', () => {
    expect(kb.originalOf.get('docker-concepts.en#2.3')).toBe('docker-concepts.zh#2.3');
    expect(kb.translationsOf.get('docker-concepts.zh#5.2')).toEqual(['docker-concepts.en#5.2']);
    const cgroups = kb.graph.getNodeAttributes('cgroups');
    expect(cgroups.evidence).toEqual(
      expect.arrayContaining(['docker-concepts.zh#2.3', 'docker-concepts.en#2.3']),
    );
    // A translation repeats its original: it adds evidence, not weight or mentions.
    expect(edge('cgroups', 'limits', 'memory').evidence).toEqual([
      'docker-concepts.en#2.3',
      'docker-concepts.zh#2.3',
    ]);
    expect(edge('cgroups', 'limits', 'memory').weight).toBe(1);
    expect(kb.graph.getNodeAttribute('libcontainer', 'mentions')).toBe(1);
  });

  it('resolves the notes’ own spellings and slips to the right concepts', () => {
    expect(kb.lookup.resolve('IPS')).toBe('ipc-namespace');
    expect(kb.lookup.resolve('overla2')).toBe('overlay2');
    expect(kb.lookup.resolve('dokcer hub')).toBe('docker-hub');
    expect(kb.lookup.resolve('Unixsocket')).toBe('unix-socket');
    expect(kb.lookup.resolve('Aufs')).toBe('aufs');
    expect(kb.lookup.resolve('命名空间')).toBe('namespaces');
  });

  it('picks the passage that defines each concept, in the original language', () => {
    const definition = (id: string) => kb.graph.getNodeAttribute(id, 'definition');
    expect(definition('bridge')).toBe('docker-concepts.zh#5.2');
    expect(definition('namespaces')).toBe('docker-concepts.zh#2.2');
    expect(definition('cgroups')).toBe('docker-concepts.zh#2.3');
    expect(definition('container')).toBe('docker-concepts.zh#2.2');
    kb.graph.forEachNode((_id, attributes) => {
      if (attributes.definition) expect(kb.originalOf.has(attributes.definition)).toBe(false);
    });
  });

  it('discovers the terms and commands the vocabulary does not name', () => {
    const discovered = kb.graph.filterNodes((_id, a) => a.origin === 'discovered');
    expect(discovered).toEqual(expect.arrayContaining(['nginx', 'docker-info', 'brctl-show']));
    expect(kb.graph.getNodeAttribute('docker-info', 'kind')).toBe('command');
    expect(kb.graph.getNodeAttribute('brctl-show', 'kind')).toBe('command');
    // Words that only look technical are not concepts.
    for (const junk of ['read-only', 'https', 'ipv4', 'emacs', 'a-pair-of-network-cards']) {
      expect(kb.graph.hasNode(junk), junk).toBe(false);
    }
  });

  it('keeps every edge grounded and never doubles a typed relation with related-to', () => {
    kb.graph.forEachEdge((key, attributes, source, target) => {
      expect(attributes.evidence.length, key).toBeGreaterThan(0);
      for (const id of attributes.evidence) expect(kb.passages.has(id), id).toBe(true);
      if (attributes.type === 'related-to') {
        const typed = kb.graph.edges(source, target).concat(kb.graph.edges(target, source));
        expect(
          typed.every((e) => kb.graph.getEdgeAttribute(e, 'type') === 'related-to'),
          key,
        ).toBe(true);
      }
    });
  });

  it('gives every concept a finite position, a size and a centrality', () => {
    let total = 0;
    kb.graph.forEachNode((id, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y), id).toBe(true);
      expect(a.size).toBeGreaterThan(0);
      total += a.centrality;
    });
    expect(total).toBeCloseTo(1, 3);
  });
});

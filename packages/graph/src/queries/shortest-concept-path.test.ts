import type { RelationType } from '@notetutor/contracts';
import { MultiDirectedGraph } from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedKnowledgeBase } from '../../test/corpus';
import type { ConceptGraph, ConceptNodeAttributes, KnowledgeBase, RelationEdgeAttributes } from '../types';
import { shortestConceptPath } from './shortest-concept-path';

/** A hand-made graph of `source -type-> target` relations, each stated by one passage. */
function graphOf(relations: string[]): ConceptGraph {
  const graph: ConceptGraph = new MultiDirectedGraph<ConceptNodeAttributes, RelationEdgeAttributes>();
  for (const relation of relations) {
    const [source, type, target] = relation.split(' ') as [string, RelationType, string];
    for (const id of [source, target]) {
      graph.mergeNode(id, {
        label: id,
        labelZh: id,
        labelEn: id,
        aliases: [id],
        kind: 'concept',
        origin: 'vocabulary',
        definition: null,
        mentions: 1,
        evidence: [],
        centrality: 0,
        x: 0,
        y: 0,
        size: 1,
      });
    }
    graph.addEdgeWithKey(`${source}->${type}->${target}`, source, target, {
      type,
      label: type,
      labelZh: type,
      evidence: [`notes#${graph.size}`],
      weight: 1,
      confidence: 1,
      source: 'cue',
    });
  }
  return graph;
}

const route = (graph: ConceptGraph, from: string, to: string) =>
  shortestConceptPath(graph, from, to)?.map((s) => s.to);

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

describe('shortestConceptPath', () => {
  it('follows typed relations with their direction and evidence: bridge → DNAT → iptables', () => {
    const steps = shortestConceptPath(kb.graph, 'bridge', 'iptables');
    expect(steps?.map((s) => `${s.from} -${s.relation}/${s.direction}-> ${s.to}`)).toEqual([
      'bridge -requires/forward-> dnat',
      'dnat -implemented-by/forward-> iptables',
    ]);
    expect(steps?.[1]?.evidence).toContain('docker-concepts.zh#5.2');
  });

  it('walks relations backwards when the question goes the other way', () => {
    const steps = shortestConceptPath(kb.graph, 'iptables', 'bridge');
    expect(steps?.map((s) => s.direction)).toEqual(['backward', 'backward']);
    expect(steps?.map((s) => s.edge)).toEqual(['dnat->implemented-by->iptables', 'bridge->requires->dnat']);
  });

  it('prefers a chain of typed relations to a co-occurrence shortcut', () => {
    const steps = shortestConceptPath(kb.graph, 'runc', 'lxc') ?? [];
    expect(steps.length).toBeGreaterThan(0);
    // runc ← libcontainer … docker → lxc: the stated relations at both ends, co-occurrence only in between.
    expect(steps[0]?.relation).toBe('replaced-by');
    expect(steps[steps.length - 1]?.relation).toBe('based-on');
    expect(steps.filter((s) => s.relation === 'related-to').length).toBeLessThanOrEqual(2);
  });

  it('counts a co-occurrence as two typed relations: two of them beat five typed hops, lose to three', () => {
    // Either test fails when `related-to` costs anything but 2 (1 makes the first route win below, 3 the
    // detour above).
    const five = graphOf([
      'a related-to m',
      'm related-to b',
      'a uses c',
      'c uses d',
      'd uses e',
      'e uses f',
      'f uses b',
    ]);
    expect(route(five, 'a', 'b')).toEqual(['m', 'b']);
    const three = graphOf(['a related-to m', 'm related-to b', 'a uses c', 'c uses d', 'd uses b']);
    expect(route(three, 'a', 'b')).toEqual(['c', 'd', 'b']);
  });

  it('never crosses a relation no passage states, and gives up past maxSteps rather than take a dearer route', () => {
    const graph = graphOf(['a uses b', 'b uses c', 'a related-to x', 'x related-to c']);
    graph.setEdgeAttribute('b->uses->c', 'evidence', []);
    expect(route(graph, 'a', 'c')).toEqual(['x', 'c']);
    const chain = graphOf([
      'a uses b',
      'b uses c',
      'c uses d',
      'a related-to x',
      'x related-to y',
      'y related-to d',
    ]);
    expect(shortestConceptPath(chain, 'a', 'd', { maxSteps: 3 })?.map((s) => s.to)).toEqual(['b', 'c', 'd']);
    expect(shortestConceptPath(chain, 'a', 'd', { maxSteps: 2 })).toBeNull();
  });

  it('is empty from a concept to itself, null to an unknown or unreachable one, and deterministic', () => {
    expect(shortestConceptPath(kb.graph, 'docker0', 'docker0')).toEqual([]);
    expect(shortestConceptPath(kb.graph, 'docker0', 'nope')).toBeNull();
    expect(shortestConceptPath(kb.graph, 'namespaces', 'overlay2')).toEqual(
      shortestConceptPath(kb.graph, 'namespaces', 'overlay2'),
    );
  });
});

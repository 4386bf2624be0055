import { describe, expect, it } from 'vitest';
import { seedKnowledgeBase } from '../../test/corpus';
import { createConceptSearch } from './create-concept-search';

describe('createConceptSearch', () => {
  it('ranks exact matches before prefixes, prefixes before substrings', async () => {
    const kb = await seedKnowledgeBase();
    const search = createConceptSearch(kb.graph, kb.lookup);
    const docker = search('docker', 50);
    expect(docker[0]?.id).toBe('docker');
    const ids = docker.map((hit) => hit.id);
    // `docker0` and `docker-daemon` start with "docker"; both come after the exact match.
    expect(ids.indexOf('docker0')).toBeGreaterThan(0);
    for (const hit of docker) expect(hit.matched).toBeDefined();
  });

  it('finds the concepts a whole question names', async () => {
    const kb = await seedKnowledgeBase();
    const search = createConceptSearch(kb.graph, kb.lookup);
    const ids = search('what is the difference between cgroups and namespaces?', 10).map((hit) => hit.id);
    expect(ids).toEqual(expect.arrayContaining(['cgroups', 'namespaces']));
  });

  it('tolerates a typo in a long Latin alias', async () => {
    const kb = await seedKnowledgeBase();
    const search = createConceptSearch(kb.graph, kb.lookup);
    expect(search('libcontaner', 5)[0]?.id).toBe('libcontainer');
  });

  it('is deterministic and bounded by the limit', async () => {
    const kb = await seedKnowledgeBase();
    const search = createConceptSearch(kb.graph, kb.lookup);
    expect(search('', 7)).toHaveLength(7);
    expect(search('', 7)).toEqual(search('', 7));
  });
});

import { describe, expect, it } from 'vitest';
import { seedKnowledgeBase } from '../../test/corpus';
import { exportKnowledgeBase } from './export-knowledge-base';
import { importKnowledgeBaseInSteps } from './import-knowledge-base-in-steps';

describe('importKnowledgeBaseInSteps', () => {
  it('imports in many small steps a knowledge base equal to the one exported', async () => {
    const kb = await seedKnowledgeBase();
    // Many copies of the seed's passages (new ids), so the import needs several steps of passages.
    const data = structuredClone(exportKnowledgeBase(kb));
    const [first] = data.documents;
    if (!first) throw new Error('the seed notes have no document');
    const copies = Array.from({ length: 40 }, (_, copy) =>
      first.passages.map((passage) => ({ ...passage, id: `${passage.id}~${copy}` })),
    ).flat();
    data.documents = [{ ...first, passages: [...first.passages, ...copies] }, ...data.documents.slice(1)];

    const steps = importKnowledgeBaseInSteps(data);
    let count = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) count++;
    const imported = step.value;

    expect(count).toBeGreaterThan(2);
    expect(JSON.stringify(imported.graph.export())).toBe(JSON.stringify(kb.graph.export()));
    expect(imported.passages.size).toBe(kb.passages.size + copies.length);
    expect([...imported.passages.keys()].slice(0, first.passages.length)).toEqual(
      first.passages.map((p) => p.id),
    );
    expect(imported.lookup.find('docker0网桥的作用')).toEqual(kb.lookup.find('docker0网桥的作用'));
    expect(imported.lookup.find('docker0网桥的作用').length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { knowledgeBaseFrom, seedKnowledgeBase } from '../../test/knowledge-base-from';
import { buildDeck } from './build-deck';
import { planReconciliation } from './plan-reconciliation';

describe('buildDeck on the seed notes', () => {
  it('asks what bridge requires, answered DNAT with the sentence that says so, in both languages', async () => {
    const deck = buildDeck(await seedKnowledgeBase());
    const card = deck.cards.find((c) => c.kind === 'relation' && c.faces.en?.front === 'bridge requires ___');
    expect(card?.faces.en?.answer).toBe('DNAT');
    expect(card?.faces.en?.back).toMatch(/DNAT/);
    expect(card?.faces.zh).toMatchObject({ front: '网桥需要___', answer: 'DNAT' });
    expect(card?.passageIds).toEqual(['docker-concepts.zh#5.2']);
  });

  it('blanks Cgroups in the sentence that names it, and defines it by that sentence', async () => {
    const deck = buildDeck(await seedKnowledgeBase());
    const cards = deck.byConcept.get('cgroups') ?? [];
    const cloze = cards.find((c) => c.kind === 'cloze');
    expect(cloze?.faces.zh?.front).toBe('但Linux内核提供对资源限制分配的功能叫做____。');
    expect(cloze?.faces.zh?.answer).toBe('Cgroups');
    expect(cards.find((c) => c.kind === 'definition')?.faces.en?.answer).toMatch(/called Cgroups/);
  });

  it('defines container in English by the rendering of its Chinese definition, which has no cue of its own', async () => {
    const deck = buildDeck(await seedKnowledgeBase());
    const definition = deck.byConcept.get('container')?.find((c) => c.kind === 'definition');
    expect(definition?.faces.zh?.answer).toMatch(/^容器是在虚拟机的结构中/);
    expect(definition?.faces.en?.answer).toMatch(/^A container takes the structure of a virtual machine/);
    expect(definition?.faces.en?.passageIds).toEqual(['docker-concepts.en#2.2']);
  });

  it('contrasts container with virtual machine, quoting what the notes say of each', async () => {
    const deck = buildDeck(await seedKnowledgeBase());
    const contrast = deck.cards.find((c) => c.kind === 'contrast');
    expect(contrast?.conceptIds).toEqual(['container', 'virtual-machine']);
    expect(contrast?.faces.zh?.front).toBe('容器和虚拟机有什么区别？');
    expect(contrast?.faces.zh?.back).toMatch(/容器是/);
    expect(contrast?.faces.zh?.back).toMatch(/虚拟机是/);
  });

  it('puts every relation answer in the sentence on the back, and never asks `related-to`', async () => {
    const kb = await seedKnowledgeBase();
    const deck = buildDeck(kb);
    for (const card of deck.cards.filter((c) => c.kind === 'relation')) {
      for (const face of Object.values(card.faces)) {
        for (const name of face?.answer.split(/、|, /) ?? []) {
          const aliases = kb.graph
            .nodes()
            .filter(
              (id) =>
                kb.graph.getNodeAttribute(id, 'labelEn') === name ||
                kb.graph.getNodeAttribute(id, 'labelZh') === name,
            );
          const said = aliases.some((id) => kb.lookup.find(face?.back ?? '').some((m) => m.id === id));
          expect(said, `${face?.front} → ${name}`).toBe(true);
        }
      }
    }
    expect(deck.cards.some((c) => /related to/.test(c.faces.en?.front ?? ''))).toBe(false);
  });

  it('gives the same cards, ids and fingerprint on every build', async () => {
    const kb = await seedKnowledgeBase();
    const [a, b] = [buildDeck(kb), buildDeck(kb)];
    expect(a.cards.map((c) => c.id)).toEqual(b.cards.map((c) => c.id));
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(new Set(a.cards.map((c) => c.id)).size).toBe(a.cards.length);
  });
});

const NOTES = (definition: string, extra = '') => `# Networking

- bridge：${definition}
- bridge模式下，外部访问容器就需要进行DNAT，docker会在iptables中自动创建转发规则。
${extra}`;

describe('buildDeck on edited notes', () => {
  it('quotes no heading, checklist line or bare command', () => {
    const kb = knowledgeBaseFrom({
      'n.md': `# Cgroups是资源限制的功能

- [ ] Cgroups是要复习的内容，明天再看一遍
- docker network ls
- Cgroups是Linux内核提供的资源限制功能，可以限制CPU和内存的使用。

\`\`\`sh
docker network inspect bridge
\`\`\`
`,
    });
    const deck = buildDeck(kb);
    const quoted = deck.cards.flatMap((c) => Object.values(c.faces).map((f) => f?.back ?? ''));
    expect(quoted.filter((q) => /复习|docker network|资源限制的功能$/.test(q))).toEqual([]);
    // The one real definition is carded.
    expect(deck.byConcept.get('cgroups')?.find((c) => c.kind === 'definition')?.faces.zh?.answer).toBe(
      'Cgroups是Linux内核提供的资源限制功能，可以限制CPU和内存的使用。',
    );
  });

  it('keeps a card id when its passage is reworded, and retires the card whose concept is gone', () => {
    const before = buildDeck(
      knowledgeBaseFrom({ 'n.md': NOTES('容器之间通信网络接口都连接到docker0网桥中。') }),
    );
    const after = buildDeck(
      knowledgeBaseFrom({ 'n.md': NOTES('容器的网络接口都接在docker0网桥上，彼此通信。') }),
    );
    const definitionBefore = before.cards.find(
      (c) => c.kind === 'definition' && c.conceptIds[0] === 'bridge',
    );
    const definitionAfter = after.cards.find((c) => c.kind === 'definition' && c.conceptIds[0] === 'bridge');
    expect(definitionBefore?.id).toBeDefined();
    expect(definitionAfter?.id).toBe(definitionBefore?.id);
    expect(definitionAfter?.contentHash).not.toBe(definitionBefore?.contentHash);

    const states = before.cards.map((c) => ({ cardId: c.id, contentHash: c.contentHash, retired: false }));
    const plan = planReconciliation(states, after);
    expect(plan.changed.map((c) => c.cardId)).toContain(definitionBefore?.id);
    expect(plan.retire).not.toContain(definitionBefore?.id);

    const gone = buildDeck(
      knowledgeBaseFrom({ 'n.md': '# Other\n\n- 容器是一个进程的运行环境，和宿主机共享内核。\n' }),
    );
    const retire = planReconciliation(states, gone).retire;
    expect(retire).toContain(definitionBefore?.id);
    // Unchanged notes: nothing to do.
    const same = planReconciliation(states, before);
    expect(same).toEqual({ retire: [], revive: [], changed: [] });
  });
});

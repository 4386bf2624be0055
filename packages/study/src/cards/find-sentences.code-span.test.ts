import { describe, expect, it } from 'vitest';
import { knowledgeBaseFrom } from '../../test/knowledge-base-from';
import { makeDefinitionCards } from './make-definition-cards';

describe('definitions in the styles of English technical notes', () => {
  const notes = {
    'tuning.md': [
      '# NAPI',
      '',
      '## netdev_budget',
      '* **What** - `netdev_budget` is the maximum number of packets taken from all interfaces in one polling cycle.',
      '* **Why** - raise it when `netdev_budget` runs out before the queues are empty.',
      '',
      '## Directives',
      '',
      '| directive | meaning |',
      '| --- | --- |',
      '| `no-cache` | may be stored, but must be revalidated before every use |',
      '| `no-store` | never written to any cache |',
      '',
      '- `Cache-Control: no-cache` on a request → "revalidate before giving me anything"',
      '- the `Cache-Control` header carries the directives',
    ].join('\n'),
  };

  it('reads a name in a code span, after a "What -" label, as the subject it defines', () => {
    const kb = knowledgeBaseFrom(notes);
    const card = makeDefinitionCards(kb, kb.lookup.resolve('netdev_budget') as string).find(
      (c) => c.kind === 'definition',
    );
    expect(card?.faces.en?.back).toMatch(/^What - `netdev_budget` is the maximum number of packets/);
  });

  it('takes a table row whose first cell is the name for its definition', () => {
    const kb = knowledgeBaseFrom(notes);
    const card = makeDefinitionCards(kb, kb.lookup.resolve('no-cache') as string).find(
      (c) => c.kind === 'definition',
    );
    expect(card?.faces.en?.back).toContain('must be revalidated before every use');
  });

  it('never takes a code span that only starts with the name for its definition', () => {
    const kb = knowledgeBaseFrom(notes);
    const id = kb.lookup.resolve('Cache-Control');
    const backs = id ? makeDefinitionCards(kb, id).map((c) => c.faces.en?.back ?? '') : [];
    expect(backs.filter((back) => back.startsWith('`Cache-Control: no-cache`'))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { basicsStore, groundingFor } from '../../test/notes-fixture';
import { selectPromptPassages } from './select-prompt-passages';

describe('selectPromptPassages', () => {
  it('numbers the ranked passages from 1, best first, with their heading path', () => {
    const chosen = selectPromptPassages(
      basicsStore(),
      groundingFor('q', 'en', ['basics.en#3.1', 'basics.en#2.2']),
    );
    expect(chosen.map((p) => [p.n, p.id, p.headingPath])).toEqual([
      [1, 'basics.en#3.1', ['Container basics', 'Resource limits']],
      [2, 'basics.en#2.2', ['Container basics', 'Containers and virtual machines']],
    ]);
    expect(chosen[0]?.text).toBe('Cgroups limit how much CPU and memory a container may use.');
  });

  it('skips ids the store lacks and repeated ids, so numbers stay dense', () => {
    const chosen = selectPromptPassages(
      basicsStore(),
      groundingFor('q', 'zh', ['gone#1.1', 'basics.zh#2.1', 'basics.zh#2.1', 'basics.zh#2.2']),
    );
    expect(chosen.map((p) => `${p.n}:${p.id}`)).toEqual(['1:basics.zh#2.1', '2:basics.zh#2.2']);
  });

  it('bounds the number of passages and the total text', () => {
    const ids = ['basics.zh#2.1', 'basics.zh#2.2', 'basics.zh#3.1'];
    const store = basicsStore();
    expect(
      selectPromptPassages(store, groundingFor('q', 'zh', ids), {
        maxPassages: 2,
        maxChars: 1e6,
        maxPassageChars: 1e6,
      }),
    ).toHaveLength(2);
    const tight = selectPromptPassages(store, groundingFor('q', 'zh', ids), {
      maxPassages: 9,
      maxChars: 30,
      maxPassageChars: 10,
    });
    expect(tight.map((p) => p.text)).toEqual(['虚拟机在宿主机上模拟…', '容器共享宿主机内核，…']);
  });
});

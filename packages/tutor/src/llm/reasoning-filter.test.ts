import { describe, expect, it } from 'vitest';
import { ReasoningFilter } from './reasoning-filter';

function run(chunks: string[]): string {
  const filter = new ReasoningFilter();
  return chunks.map((c) => filter.push(c)).join('') + filter.end();
}

describe('ReasoningFilter', () => {
  it('drops a think block, with its tags split across chunks', () => {
    expect(
      run([
        '<thi',
        'nk>The user asks about cgroups.',
        ' Passage 3 says…</th',
        'ink>\nCgroups limit CPU [3].',
      ]),
    ).toBe('\nCgroups limit CPU [3].');
  });

  it('handles <thinking> and <reasoning> in any case, anywhere', () => {
    expect(run(['A [1]. <THINKING>hidden</THINKING>B [2]. <reasoning>x</reasoning>'])).toBe('A [1]. B [2]. ');
  });

  it('hides everything after an unclosed block', () => {
    expect(run(['Intro [1]. <think>never', ' closed'])).toBe('Intro [1]. ');
  });

  it('leaves other angle brackets and text alone', () => {
    expect(run(['a <b> c < d ', '<', 'tag>'])).toBe('a <b> c < d <tag>');
  });
});

import { describe, expect, it } from 'vitest';
import { questionClauses } from './question-clauses';

describe('questionClauses', () => {
  it('reads the sentences the learner ends with a question mark as asking, and the others as telling', () => {
    expect(questionClauses('My NIC drops packets. Which queue should I grow, and how?')).toEqual([
      { text: 'My NIC drops packets', asks: false },
      { text: 'Which queue should I grow, and how', asks: true },
    ]);
    expect(questionClauses('三个任务优先级分别是低、中、高；高的一直被卡着。这叫什么现象？')).toEqual([
      { text: '三个任务优先级分别是低、中、高', asks: false },
      { text: '高的一直被卡着', asks: false },
      { text: '这叫什么现象', asks: true },
    ]);
  });

  it('keeps every clause of an asked sentence asking, across a colon or a semicolon', () => {
    expect(questionClauses('For the grammar S: Aa | bAc, is it LL(1)?').map((c) => c.asks)).toEqual([
      true,
      true,
    ]);
  });

  it('reads every clause as asking when the learner marks no question', () => {
    expect(questionClauses('My NIC drops packets. Tell me which queue to grow').map((c) => c.asks)).toEqual([
      true,
      true,
    ]);
  });
});

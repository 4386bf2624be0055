import { describe, expect, it } from 'vitest';
import { studyTurnIntro } from './study-turn-intro';

describe('studyTurnIntro', () => {
  it('keeps the lead-in of a quiz or a path and drops the numbered items the page draws itself', () => {
    expect(
      studyTurnIntro(
        'Your notes do not name “x”.\nHere is a 2-question quiz.\n\n1. bridge uses ____\n   A. DNAT\n\n2. …',
      ),
    ).toBe('Your notes do not name “x”.\nHere is a 2-question quiz.');
    expect(
      studyTurnIntro('学习DNAT的路线（先学前置知识）：\n1. iptables — DNAT 基于 iptables [1]\n2. DNAT'),
    ).toBe('学习DNAT的路线（先学前置知识）：');
    expect(studyTurnIntro('No questions yet.')).toBe('No questions yet.');
  });
});

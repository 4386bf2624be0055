import { describe, expect, it } from 'vitest';
import { phraseQuestion } from './phrase-question';

describe('phraseQuestion', () => {
  it('phrases follow-up questions in both languages', () => {
    expect(phraseQuestion({ kind: 'what-is', concept: 'a union mount' }, 'en')).toBe(
      'What is a union mount?',
    );
    expect(phraseQuestion({ kind: 'what-is', concept: 'Namespaces' }, 'en')).toBe('What are Namespaces?');
    expect(phraseQuestion({ kind: 'difference', a: '容器', b: '虚拟机' }, 'zh')).toBe(
      '容器和虚拟机有什么区别？',
    );
    expect(phraseQuestion({ kind: 'relation', a: 'a kernel', b: 'Cgroups' }, 'en')).toBe(
      'What is the relationship between a kernel and Cgroups?',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { englishNounPhrase } from './english-noun-phrase';
import { phraseQuestion } from './phrase-question';

describe('englishNounPhrase', () => {
  it('gives common nouns an article that follows the sound', () => {
    expect(englishNounPhrase('kernel', 'component', 'definite')).toBe('the kernel');
    expect(englishNounPhrase('image', 'component', 'indefinite')).toBe('an image');
    expect(englishNounPhrase('union mount', 'storage', 'indefinite')).toBe('a union mount');
  });

  it('leaves names, plurals, mass nouns and resources bare', () => {
    for (const [label, kind] of [
      ['Docker', 'tool'],
      ['overlay2', 'storage'],
      ['iptables', 'tool'],
      ['bootfs', 'storage'],
      ['Namespaces', 'kernel-feature'],
      ['isolation', 'concept'],
      ['user space', 'concept'],
      ['memory', 'resource'],
    ]) {
      expect(englishNounPhrase(label as string, kind, 'indefinite')).toBe(label);
    }
  });
});

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

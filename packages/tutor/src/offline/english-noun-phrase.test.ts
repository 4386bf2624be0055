import { describe, expect, it } from 'vitest';
import { englishNounPhrase } from './english-noun-phrase';
import { phraseQuestion } from './phrase-question';

describe('englishNounPhrase', () => {
  it('gives common nouns an article that follows the sound', () => {
    expect(englishNounPhrase('kernel', 'component', 'definite')).toBe('the kernel');
    expect(englishNounPhrase('image', 'component', 'indefinite')).toBe('an image');
    expect(englishNounPhrase('union mount', 'storage', 'indefinite')).toBe('a union mount');
  });

  it('gives a common noun led by a name or an acronym its article, by how the first word sounds', () => {
    expect(englishNounPhrase('PID namespace', 'kernel-feature', 'indefinite')).toBe('a PID namespace');
    expect(englishNounPhrase('IPC namespace', 'kernel-feature', 'indefinite')).toBe('an IPC namespace');
    expect(englishNounPhrase('IP address', 'network', 'indefinite')).toBe('an IP address');
    expect(englishNounPhrase('Docker daemon', 'component', 'definite')).toBe('the Docker daemon');
    expect(englishNounPhrase('Unix socket', 'network', 'indefinite')).toBe('a Unix socket');
    // `namespace` is countable; only `space` itself is a mass noun.
    expect(englishNounPhrase('network namespace', 'kernel-feature', 'indefinite')).toBe(
      'a network namespace',
    );
  });

  it('gives a label in another script neither article nor plural', () => {
    expect(englishNounPhrase('过期', 'concept', 'generic')).toBe('过期');
    expect(englishNounPhrase('命令', 'concept', 'indefinite')).toBe('命令');
  });

  it('speaks of a kind in general as a plural', () => {
    expect(englishNounPhrase('container', 'concept', 'generic')).toBe('containers');
    expect(englishNounPhrase('switch', 'network', 'generic')).toBe('switches');
    expect(englishNounPhrase('registry', 'storage', 'generic')).toBe('registries');
    expect(englishNounPhrase('Docker', 'tool', 'generic')).toBe('Docker');
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
      ['Docker Hub', 'storage'],
      ['kernel space', 'concept'],
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

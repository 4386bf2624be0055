import { describe, expect, it } from 'vitest';
import { englishNounPhrase } from './english-noun-phrase';
import { looksPlural } from './looks-plural';

const phrase = (label: string, kind: string, zh?: string) => englishNounPhrase(label, kind, 'indefinite', zh);

describe('englishNounPhrase in sentences', () => {
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

describe('englishNounPhrase in questions (with the label in the other language)', () => {
  it('gives common nouns the article their sound asks for', () => {
    expect(phrase('container', 'concept', '容器')).toBe('a container');
    expect(phrase('image', 'component', '镜像')).toBe('an image');
    expect(phrase('operating system', 'component')).toBe('an operating system');
    expect(phrase('union mount', 'storage')).toBe('a union mount');
    expect(phrase('user namespace', 'kernel-feature')).toBe('a user namespace');
    expect(phrase('Unix socket', 'network')).toBe('a Unix socket');
    expect(phrase('Docker daemon', 'component')).toBe('a Docker daemon');
    expect(phrase('veth pair', 'network', 'veth pair')).toBe('a veth pair');
    expect(phrase('orchestration tool', 'tool')).toBe('an orchestration tool');
    expect(phrase('process', 'concept')).toBe('a process');
  });

  it('reads acronyms letter by letter to choose a or an', () => {
    expect(phrase('IPC namespace', 'kernel-feature')).toBe('an IPC namespace');
    expect(phrase('IP address', 'network')).toBe('an IP address');
    expect(phrase('UTS namespace', 'kernel-feature')).toBe('a UTS namespace');
    expect(phrase('PID namespace', 'kernel-feature')).toBe('a PID namespace');
  });

  it('keeps names, acronyms, products, modes and mass nouns bare', () => {
    for (const [label, kind, zh] of [
      ['Docker', 'tool', 'Docker'],
      ['Docker Hub', 'storage', 'Docker Hub'],
      ['docker0', 'network', 'docker0'],
      ['overlay2', 'storage', 'overlay2'],
      ['runc', 'tool', 'runc'],
      ['iptables', 'tool', 'iptables'],
      ['bootfs', 'storage', 'bootfs'],
      ['AUFS', 'storage', 'AUFS'],
      ['CPU', 'resource', 'CPU'],
      ['Linux', 'component', 'Linux'],
      ['host mode', 'network-mode', 'host 模式'],
      ['brctl show', 'command', 'brctl show'],
      ['isolation', 'concept', '隔离'],
      ['persistence', 'concept', '持久化'],
      ['user space', 'concept', '用户空间'],
      ['memory', 'resource', '内存'],
      ['hardware', 'resource', '硬件'],
      ['client-server architecture', 'concept', 'C/S 架构'],
    ] as const) {
      expect(phrase(label, kind, zh)).toBe(label);
      expect(looksPlural(label), label).toBe(false);
    }
  });

  it('marks plurals for verb agreement, but not names that end in s', () => {
    expect(phrase('Namespaces', 'kernel-feature', '命名空间')).toBe('Namespaces');
    expect(looksPlural('Namespaces')).toBe(true);
    expect(phrase('system resources', 'resource', '系统资源')).toBe('system resources');
    expect(looksPlural('system resources')).toBe(true);
    expect(looksPlural('iptables')).toBe(false);
    expect(looksPlural('rootfs')).toBe(false);
  });

  it('keeps a one-word label the other language leaves untranslated bare (a name)', () => {
    expect(phrase('nginx', 'term', 'nginx')).toBe('nginx');
  });
});

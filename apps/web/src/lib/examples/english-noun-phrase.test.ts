import { describe, expect, it } from 'vitest';
import { englishNounPhrase } from './english-noun-phrase';

const phrase = (label: string, kind: string, zh?: string) => englishNounPhrase(label, kind, zh).text;

describe('englishNounPhrase', () => {
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
      expect(englishNounPhrase(label, kind, zh)).toEqual({ text: label, plural: false });
    }
  });

  it('marks plurals for verb agreement, but not names that end in s', () => {
    expect(englishNounPhrase('Namespaces', 'kernel-feature', '命名空间')).toEqual({
      text: 'Namespaces',
      plural: true,
    });
    expect(englishNounPhrase('system resources', 'resource', '系统资源')).toEqual({
      text: 'system resources',
      plural: true,
    });
    expect(englishNounPhrase('iptables', 'tool', 'iptables').plural).toBe(false);
    expect(englishNounPhrase('rootfs', 'storage', 'rootfs').plural).toBe(false);
  });
});

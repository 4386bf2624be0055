import { describe, expect, it } from 'vitest';
import { formatStatement } from './format-statement';

describe('formatStatement', () => {
  it('puts the citation mark before the final punctuation', () => {
    expect(formatStatement('Cgroups limit resources.', 2, 'en')).toBe('Cgroups limit resources [2].');
    expect(formatStatement('容器共享内核。', 1, 'zh')).toBe('容器共享内核 [1]。');
  });

  it('ends a clause quoted from a longer sentence as a sentence', () => {
    expect(formatStatement('docker会在iptables中自动创建转发规则，', 3, 'zh')).toBe(
      'docker会在iptables中自动创建转发规则 [3]。',
    );
    expect(formatStatement('for the outside to reach a container, DNAT is needed;', 1, 'en')).toBe(
      'for the outside to reach a container, DNAT is needed [1].',
    );
  });

  it('ends a statement with the full stop of its own script', () => {
    // The notes end some Chinese sentences with an ASCII full stop.
    expect(formatStatement('一个仓库只包含一个镜像但可以是多个不同版本.', 1, 'zh')).toBe(
      '一个仓库只包含一个镜像但可以是多个不同版本 [1]。',
    );
    expect(formatStatement('Is it read-only?', 2, 'en')).toBe('Is it read-only [2]?');
  });

  it('drops a connective that tied the sentence to the one before, in the quote’s own script', () => {
    expect(formatStatement('但Linux内核提供对资源限制分配的功能叫做Cgroups。', 1, 'en')).toBe(
      'Linux内核提供对资源限制分配的功能叫做Cgroups [1]。',
    );
    expect(formatStatement('But the Linux kernel provides a feature called Cgroups.', 1, 'en')).toBe(
      'The Linux kernel provides a feature called Cgroups [1].',
    );
  });

  it('keeps words that change the meaning, such as "another"', () => {
    expect(formatStatement('另外一种网络模型容器之间也可以共享网络', 1, 'zh')).toBe(
      '另外一种网络模型容器之间也可以共享网络 [1]。',
    );
  });

  it('escapes characters that markdown would swallow', () => {
    expect(formatStatement('例如：<仓库名>:<标签>', 1, 'zh')).toBe('例如：\\<仓库名>:\\<标签> [1]。');
    expect(formatStatement('a *starred* [x] word', 1, 'en')).toBe('a \\*starred\\* \\[x\\] word [1].');
  });
});

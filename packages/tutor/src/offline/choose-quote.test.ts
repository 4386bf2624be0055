import type { Passage } from '@notetutor/notes';
import { splitSentences } from '@notetutor/notes';
import { describe, expect, it } from 'vitest';
import { chooseQuote } from './choose-quote';

function passage(text: string): Passage {
  return {
    id: 't#1.1',
    file: 't.md',
    lang: 'zh',
    kind: 'bullet',
    text,
    sectionId: 't#1',
    headingPath: ['T'],
    lineStart: 1,
    lineEnd: 1,
    sentences: splitSentences(text),
    emphasis: [],
    inlineCode: [],
    links: [],
    images: [],
  };
}

const score = (words: string[]) => (text: string) => words.filter((w) => text.includes(w)).length;

describe('chooseQuote', () => {
  const p = passage(
    '相比虚拟机容器隔离并不是很彻底。假设一个容器使用的CPU为100%就会影响其他的容器。但Linux内核提供对资源限制分配的功能叫做Cgroups。它可以对系统资源进行限制分配。',
  );

  it('quotes the best sentence, as a substring of the passage', () => {
    const quote = chooseQuote(p, score(['Cgroups']));
    expect(quote.text.startsWith('但Linux内核提供')).toBe(true);
    expect(p.text.includes(quote.text)).toBe(true);
    expect(p.text.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it('keeps the next sentence when it points back with a pronoun', () => {
    const quote = chooseQuote(p, score(['Cgroups']));
    expect(quote.statements.map((s) => s.text)).toEqual([
      '但Linux内核提供对资源限制分配的功能叫做Cgroups。',
      '它可以对系统资源进行限制分配。',
    ]);
  });

  it('cuts a sentence too long to quote at clause punctuation and stays within the limit', () => {
    const long = passage(
      `${'甲'.repeat(60)}，docker会在iptables中自动创建转发规则，${'乙'.repeat(60)}，${'丙'.repeat(60)}。`,
    );
    const quote = chooseQuote(long, score(['iptables']));
    expect(quote.text).toContain('iptables');
    expect(quote.text.length).toBeLessThanOrEqual(130);
    expect(long.text.includes(quote.text)).toBe(true);
  });

  it('reads on into the next sentences while they say something the question asks, within the limit', () => {
    const notes = passage(
      'B+ 树非叶子节点只存键值。之所以这么做，是因为页的大小固定，一页能放更多的键。页的默认大小是 16KB。与此无关的一句话。',
    );
    const quote = chooseQuote(notes, score(['B+', '非叶子', '键值', '页']));
    expect(quote.statements.map((s) => s.text)).toEqual([
      'B+ 树非叶子节点只存键值。',
      '之所以这么做，是因为页的大小固定，一页能放更多的键。',
      '页的默认大小是 16KB。',
    ]);
    // Nothing the question asks: the quote stops before it.
    expect(quote.text).not.toContain('无关');
  });

  it('quotes the first sentence when nothing scores', () => {
    expect(chooseQuote(p, () => 0).text).toBe('相比虚拟机容器隔离并不是很彻底。');
  });
});

describe('chooseQuote on long sentences', () => {
  it('reads on through a long sentence rather than quoting a lone clause, and never cuts inside quotation marks', () => {
    const text =
      'Docker is a second-level wrapper around LXC; its arrival achieved "build once, run anywhere", keeping environments uniform and raising efficiency, but Docker itself still has some shortcomings in distributing and managing containers and in run order, so orchestration tools have to be relied on, and so on and so forth for a while.';
    const p = { ...passage(text), lang: 'en' as const };
    const quote = chooseQuote(p, score(['LXC']));
    expect(quote.text.startsWith('Docker is a second-level wrapper around LXC;')).toBe(true);
    expect(quote.text).toContain('"build once, run anywhere"');
    expect(quote.text.length).toBeLessThanOrEqual(300);
  });

  it('does not end a Chinese quote on a clause the rest of the sentence finishes', () => {
    const text =
      '镜像其实就是一个包含完整的操作系统，在最低层为bootfs、其次rootfs(系统)都为只读模式,一个镜像必须包含基础操作系统，我们构建镜像过程中，实际上是在前两层之上制作，每层之间是独立的，例如：在第三层添加emacs并在第四层添加apache，第四层中并不包含amecs，最后其实是通过联合挂载的方式将所有层整合并提供一个读写层(最上层)容器.';
    // Also when the dangling clause scores (it names 镜像, a word of the question).
    for (const words of [['操作系统'], ['操作系统', '镜像']]) {
      const quote = chooseQuote(passage(text), score(words));
      expect(quote.text.startsWith('镜像其实就是一个包含完整的操作系统')).toBe(true);
      expect(quote.text).not.toMatch(/过程中，?$/);
    }
  });

  it('lets a clause that leans on the one before bring it in', () => {
    const text =
      'Among the several virtual machines on one host, the kernel, system and user space do not affect one another; even if one of the virtual machines goes down, it does not affect the running of the other virtual machines, so complete isolation can be achieved, but the resource overhead is relatively large.';
    const quote = chooseQuote({ ...passage(text), lang: 'en' as const }, score(['complete isolation']));
    // Not "So complete isolation can be achieved": that would claim it of whatever the reader has in mind.
    expect(quote.text.startsWith('even if one of the virtual machines goes down')).toBe(true);
  });

  it('marks a statement that starts inside a sentence of the notes as a fragment', () => {
    const text = `${'甲'.repeat(70)}，${'乙'.repeat(70)}，docker会在iptables中自动创建转发规则。`;
    const quote = chooseQuote(passage(text), score(['iptables']));
    expect(quote.statements[0]?.fragment).toBe(true);
  });
});

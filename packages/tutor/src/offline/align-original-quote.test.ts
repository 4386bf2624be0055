import type { KnowledgeBase } from '@notetutor/graph';
import type { Passage } from '@notetutor/notes';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedKnowledgeBase } from '../../test/knowledge-base-fixture';
import { alignOriginalQuote } from './align-original-quote';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await seedKnowledgeBase();
});

const passage = (id: string) => kb.passages.get(id) as Passage;
/** The span of `part` in the English passage, as a citation would quote it. */
const quoteOf = (id: string, part: string): [Passage, number, number] => {
  const p = passage(id);
  const start = p.text.indexOf(part);
  expect(start).toBeGreaterThanOrEqual(0);
  return [p, start, start + part.length];
};

describe('alignOriginalQuote', () => {
  it('shows the Chinese sentence an English sentence renders, not the whole bullet', () => {
    // zh#2.2 has three sentences, en#2.2 four: the Chinese ends with a comma where the English starts anew.
    const [en, start, end] = quoteOf('docker-concepts.en#2.2', 'The Linux kernel added the USER namespace');
    const original = alignOriginalQuote(en, passage('docker-concepts.zh#2.2'), start, end);
    expect(original).toBe('Linux内核在3.8版本中加入了USER命名空间，所以想要使用Docker内核最低3.10');
  });

  it('keeps the question the notes ask with the answer that follows it', () => {
    const [en, start, end] = quoteOf(
      'docker-concepts.en#2.2',
      'How are user spaces isolated? Each user space has its own UTS',
    );
    const original = alignOriginalQuote(en, passage('docker-concepts.zh#2.2'), start, end);
    expect(original.startsWith('用户空间如何隔离？每个用户空间中都有独立的UTS')).toBe(true);
    expect(original).toContain('统称为Namespaces');
    expect(original).not.toContain('容器是在虚拟机的结构中');
    expect(original).not.toContain('3.10');
  });

  it('aligns a long single Chinese sentence clause by clause', () => {
    const [en, start, end] = quoteOf('docker-concepts.en#3.1', 'Docker starts the Docker daemon process');
    const zh = passage('docker-concepts.zh#3.1');
    const original = alignOriginalQuote(en, zh, start, end);
    expect(zh.text).toContain(original);
    expect(original).toContain('Docker在后台启动Docker daemon守护进程');
    expect(original.length).toBeLessThan(zh.text.length / 2);
  });

  it('maps sentence to sentence when both passages have as many', () => {
    const [en, start, end] = quoteOf('docker-concepts.en#2.3', 'If one container uses 100% of the CPU');
    expect(alignOriginalQuote(en, passage('docker-concepts.zh#2.3'), start, end)).toBe(
      '假设一个容器使用的CPU为100%就会影响其他的容器。',
    );
  });
});

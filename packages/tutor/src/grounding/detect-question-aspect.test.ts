import { describe, expect, it } from 'vitest';
import { answersAspect, detectQuestionAspect } from './detect-question-aspect';

describe('detectQuestionAspect', () => {
  it('reads a question for a quantity as asking an amount, in either language', () => {
    for (const question of [
      'How much of the exam does Configuration count for?',
      'How many probes are sent before the connection closes?',
      'What percentage of the exam is Observability?',
      '连续多少个探测报文无响应会关闭连接？',
      '保活计时器多久发一次探测报文？',
      'everysec 最多丢几秒数据？',
      'What is the largest file a single upload may be?',
      'Is there a maximum number of open connections?',
      '一个分片的大小上限是多少？',
      '线程池的最小值设成几合适？',
    ]) {
      expect(detectQuestionAspect(question, 'en'), question).toBe('amount');
    }
  });

  it('reads a question for several things of a kind as asking a list, in either language', () => {
    for (const question of [
      '写 commit message 的 subject 部分有哪些要求？',
      'Docker 有哪几种网络模式？',
      'What are the rules for a pull request title?',
      'What kinds of probes does a pod have?',
      'Which ports are open by default?',
      '一个临界区问题的解法需要满足哪三个条件？',
      'What three conditions must a solution meet?',
    ]) {
      expect(detectQuestionAspect(question, 'en'), question).toBe('list');
    }
  });

  it('reads a question for an order as asking a sequence, but not "in order to" (a purpose)', () => {
    for (const question of [
      'How does BGP pick one route? What are the tie-breakers, in order?',
      'In what order are the rules applied?',
      '这几个阶段的执行顺序是什么？',
      '规则的先后是怎样的？',
    ]) {
      expect(detectQuestionAspect(question, 'en'), question).toBe('steps');
    }
    expect(detectQuestionAspect('What must I set in order to enable TLS?', 'en')).not.toBe('steps');
  });

  it('reads "what happens if / when" as asking what comes of one event, and a walk-through as a sequence', () => {
    for (const question of [
      'What happens if I call close on a channel I never created with make?',
      'What happens to the packet once that counter runs out?',
      'What happens when Redis reaches maxmemory and the policy is left at its default?',
      'What do I get back when I receive from a closed channel?',
      '要是 CAS 失败了又会怎样？',
      '不加 volatile 会出什么毛病？',
      'Lua 脚本跑太久，Redis 会不会自己把它掐掉？',
    ]) {
      expect(detectQuestionAspect(question, 'en'), question).toBe('outcome');
    }
    for (const question of [
      'Walk me through what happens when a cached page goes stale.',
      'On the receive path, what happens right after the NIC raises a hard IRQ?',
      'What happens during a TCP handshake?',
      '轻量锁加锁是怎么一步步进行的？要是失败了又会怎样？',
    ]) {
      expect(detectQuestionAspect(question, 'en'), question).toBe('steps');
    }
  });

  it('keeps the other aspects', () => {
    expect(detectQuestionAspect('How do I roll back a deployment?', 'en')).toBe('how');
    expect(detectQuestionAspect('Why would I tune interrupt coalescence?', 'en')).toBe('why');
    expect(detectQuestionAspect('什么是 RDB？', 'zh')).toBe('what');
    expect(detectQuestionAspect('What are containers?', 'en')).toBe('what');
    expect(detectQuestionAspect('How many replicas are there?', 'en')).toBe('amount');
    // How many, not which: a number is the answer.
    expect(detectQuestionAspect('解法需要满足几个条件？', 'zh')).toBe('amount');
  });
});

describe("answersAspect('outcome')", () => {
  it('is true of a passage saying what comes of something, in either language', () => {
    for (const text of [
      'Trying to close a `nil` channel will create a `panic` condition.',
      'A full accept queue results in dropped SYNs.',
      '缓冲区满了就会阻塞写入',
      '不加 volatile 会导致指令重排',
      'Result: the old replicas are terminated',
    ]) {
      expect(answersAspect(text, 'outcome'), text).toBe(true);
    }
    expect(answersAspect('A goroutine is a function running concurrently.', 'outcome')).toBe(false);
    expect(answersAspect('RDB 是某个时间点的快照', 'outcome')).toBe(false);
  });
});

describe("answersAspect('amount')", () => {
  it('is true of a passage stating a figure in digits', () => {
    for (const text of [
      'Configuration - 18%',
      '连续 10 个探测报文无响应就关闭连接',
      'everysec：每秒刷一次盘，最多丢 1 秒数据',
    ]) {
      expect(answersAspect(text, 'amount'), text).toBe(true);
    }
  });

  it('is false of digits in versions, identifiers and flags', () => {
    for (const text of [
      'kubectl set image deploy/nginx nginx=nginx:1.9.1',
      'Use rx-usecs2 on ethX',
      'kubectl run nginx --replicas=3',
      'The NIC raises a hard IRQ',
    ]) {
      expect(answersAspect(text, 'amount'), text).toBe(false);
    }
  });
});

describe("answersAspect('why')", () => {
  it('is true of a passage that gives a reason anywhere in it, in either language', () => {
    for (const text of [
      'Why - absorbs bursts of packets',
      "It's important that the calls are made first, otherwise a race condition can be introduced.",
      'BGSAVE 用子进程写快照，以免阻塞主线程。',
      '因为容器共享内核，所以隔离不如虚拟机彻底。',
    ]) {
      expect(answersAspect(text, 'why'), text).toBe(true);
    }
  });

  it('is false of a passage that only states what something is or does', () => {
    for (const text of [
      'A WaitGroup waits for a set of goroutines to finish.',
      'RDB 是某时刻内存数据的快照。',
    ]) {
      expect(answersAspect(text, 'why'), text).toBe(false);
    }
  });
});

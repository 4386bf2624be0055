import { describe, expect, it } from 'vitest';
import { detectQuestionShape } from './detect-question-shape';

describe('detectQuestionShape', () => {
  it('recognises comparisons in both languages', () => {
    expect(detectQuestionShape('What is the difference between a container and a VM?', 'en')).toBe(
      'comparison',
    );
    expect(detectQuestionShape('AUFS vs overlay2?', 'en')).toBe('comparison');
    expect(detectQuestionShape('容器和虚拟机有什么区别？', 'zh')).toBe('comparison');
    expect(detectQuestionShape('aufs和overlay2有什么不同', 'zh')).toBe('comparison');
    // Spoken wording: "what is the gap between", "not the same".
    expect(detectQuestionShape('缓存击穿跟缓存雪崩到底差在哪？', 'zh')).toBe('comparison');
    expect(detectQuestionShape('RDB 和 AOF 哪里不一样？', 'zh')).toBe('comparison');
  });

  it('recognises questions about how two things relate', () => {
    expect(detectQuestionShape('How do namespaces lead to isolation?', 'en')).toBe('relation');
    expect(detectQuestionShape('命名空间和隔离有什么关系？', 'zh')).toBe('relation');
    expect(detectQuestionShape('bridge网络是怎么用到iptables的？', 'zh')).toBe('relation');
  });

  it('leaves plain questions plain', () => {
    expect(detectQuestionShape('What are namespaces?', 'en')).toBe('plain');
    expect(detectQuestionShape('什么是联合挂载？', 'zh')).toBe('plain');
  });
});

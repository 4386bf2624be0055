import { describe, expect, it } from 'vitest';
import { recogniseStudyRequest } from './recognise-study-request';

describe('recogniseStudyRequest', () => {
  it('recognises quiz requests in English and Chinese, with their topic and count', () => {
    expect(recogniseStudyRequest('Quiz me on Docker networking')).toEqual({
      kind: 'quiz',
      topic: 'Docker networking',
      count: 5,
      lang: 'en',
    });
    expect(recogniseStudyRequest('test my understanding of namespaces?')).toMatchObject({
      kind: 'quiz',
      topic: 'namespaces',
    });
    expect(recogniseStudyRequest('Give me a quiz about union mounts with 3 questions')).toMatchObject({
      topic: 'union mounts',
      count: 3,
    });
    expect(recogniseStudyRequest('quiz me')).toMatchObject({ kind: 'quiz', topic: '' });
    expect(recogniseStudyRequest('考考我网络模式')).toEqual({
      kind: 'quiz',
      topic: '网络模式',
      count: 5,
      lang: 'zh',
    });
    expect(recogniseStudyRequest('考考我关于命名空间的知识，出三道题')).toMatchObject({
      topic: '命名空间',
      count: 3,
    });
    expect(recogniseStudyRequest('测试一下我对Cgroups的理解')).toMatchObject({
      kind: 'quiz',
      topic: 'Cgroups',
    });
    expect(recogniseStudyRequest('quiz me on bridge, 50 questions')).toMatchObject({ count: 20 });
  });

  it('recognises study path requests, with a target when one is named', () => {
    expect(recogniseStudyRequest('What should I learn first?')).toEqual({
      kind: 'path',
      target: '',
      lang: 'en',
    });
    expect(recogniseStudyRequest('Give me a learning path to DNAT')).toMatchObject({
      kind: 'path',
      target: 'DNAT',
    });
    expect(recogniseStudyRequest('学习路线')).toEqual({ kind: 'path', target: '', lang: 'zh' });
    expect(recogniseStudyRequest('接下来学什么？')).toMatchObject({ kind: 'path', target: '' });
    expect(recogniseStudyRequest('DNAT的学习路线')).toMatchObject({ kind: 'path', target: 'DNAT' });
    expect(recogniseStudyRequest('学网桥之前需要先学什么')).toMatchObject({ kind: 'path', target: '网桥' });
  });

  it('leaves ordinary questions to the tutor', () => {
    for (const question of [
      'What is a union mount?',
      'How does DNAT work?',
      '什么是命名空间？',
      'Is this test flaky?',
      'I took a quiz yesterday',
    ])
      expect(recogniseStudyRequest(question), question).toBeUndefined();
  });
});

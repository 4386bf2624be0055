import { describe, expect, it } from 'vitest';
import { messagesFor } from '../i18n/messages';
import { exampleQuestions } from './example-questions';

const concepts = [
  { labelZh: '镜像', labelEn: 'image', kind: 'storage', mentions: 5 },
  { labelZh: '容器', labelEn: 'container', kind: 'concept', mentions: 12 },
  { labelZh: '虚拟机', labelEn: 'virtual machine', kind: 'concept', mentions: 6 },
  { labelZh: 'Cgroups', labelEn: 'Cgroups', kind: 'kernel-feature', mentions: 8 },
  { labelZh: '命名空间', labelEn: 'Namespaces', kind: 'kernel-feature', mentions: 7 },
];

describe('exampleQuestions', () => {
  it('asks what a beginner asks first about the most mentioned concepts, pairing like with like, in Chinese', () => {
    expect(exampleQuestions(concepts, 'zh', messagesFor('zh').exampleTemplates)).toEqual([
      '什么是容器？',
      '容器和虚拟机有什么区别？',
      'Cgroups 是如何工作的？',
      '什么是命名空间？',
    ]);
  });

  it('uses English labels and templates for an English interface', () => {
    const questions = exampleQuestions(concepts, 'en', messagesFor('en').exampleTemplates, 2);
    expect(questions).toEqual([
      'What is a container?',
      'What is the difference between a container and a virtual machine?',
    ]);
  });

  it('writes proper English: articles for common nouns, names bare, plurals agreeing', () => {
    expect(exampleQuestions(concepts, 'en', messagesFor('en').exampleTemplates)).toEqual([
      'What is a container?',
      'What is the difference between a container and a virtual machine?',
      'How do Cgroups work?',
      'What are Namespaces?',
    ]);
    const network = [
      { labelZh: 'docker0', labelEn: 'docker0', kind: 'network', mentions: 9 },
      { labelZh: '网桥', labelEn: 'bridge', kind: 'network', mentions: 8 },
      { labelZh: 'bridge 模式', labelEn: 'bridge mode', kind: 'network-mode', mentions: 7 },
      { labelZh: 'IP 地址', labelEn: 'IP address', kind: 'network', mentions: 6 },
      { labelZh: '系统资源', labelEn: 'system resources', kind: 'resource', mentions: 5 },
    ];
    expect(exampleQuestions(network, 'en', messagesFor('en').exampleTemplates)).toEqual([
      'What is docker0?',
      'What is the difference between docker0 and a bridge?',
      'How does bridge mode work?',
      'What is an IP address?',
    ]);
    expect(exampleQuestions(network, 'zh', messagesFor('zh').exampleTemplates)).toEqual([
      '什么是 docker0？',
      'docker0 和网桥有什么区别？',
      'bridge 模式是如何工作的？',
      '什么是 IP 地址？',
    ]);
  });

  it('gives nothing without concepts, and never repeats a question', () => {
    expect(exampleQuestions([], 'en', messagesFor('en').exampleTemplates)).toEqual([]);
    const one = exampleQuestions(
      [concepts[0] as (typeof concepts)[0]],
      'en',
      messagesFor('en').exampleTemplates,
    );
    expect(one).toEqual(['What is an image?']);
  });
});

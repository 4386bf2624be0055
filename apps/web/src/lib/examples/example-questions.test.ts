import { describe, expect, it } from 'vitest';
import { messagesFor } from '../i18n/messages';
import { exampleQuestions } from './example-questions';

const concepts = [
  { labelZh: '镜像', labelEn: 'Image', kind: 'storage', mentions: 5 },
  { labelZh: '容器', labelEn: 'Container', kind: 'concept', mentions: 12 },
  { labelZh: '虚拟机', labelEn: 'Virtual machine', kind: 'concept', mentions: 6 },
  { labelZh: 'Cgroups', labelEn: 'Cgroups', kind: 'kernel-feature', mentions: 8 },
  { labelZh: '命名空间', labelEn: 'Namespaces', kind: 'kernel-feature', mentions: 7 },
];

describe('exampleQuestions', () => {
  it('asks about the most mentioned concepts, pairing like with like, in Chinese', () => {
    expect(exampleQuestions(concepts, 'zh', messagesFor('zh').exampleTemplates)).toEqual([
      '什么是容器？',
      '容器和虚拟机有什么区别？',
      'Cgroups是如何工作的？',
      '命名空间和镜像有什么关系？',
    ]);
  });

  it('uses English labels and templates for an English interface', () => {
    const questions = exampleQuestions(concepts, 'en', messagesFor('en').exampleTemplates, 2);
    expect(questions).toEqual([
      'What is Container?',
      'What is the difference between Container and Virtual machine?',
    ]);
  });

  it('gives nothing without concepts, and never repeats a question', () => {
    expect(exampleQuestions([], 'en', messagesFor('en').exampleTemplates)).toEqual([]);
    const one = exampleQuestions(
      [concepts[0] as (typeof concepts)[0]],
      'en',
      messagesFor('en').exampleTemplates,
    );
    expect(one).toEqual(['What is Image?']);
  });
});

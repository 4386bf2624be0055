import { describe, expect, it } from 'vitest';
import { asksForDefinition } from './asks-for-definition';

describe('asksForDefinition', () => {
  it.each([
    ['What is a container?', 'en'],
    ["what's overlay2", 'en'],
    ['Define union mount', 'en'],
    ['什么是容器？', 'zh'],
    ['docker0是什么', 'zh'],
    ['runc是干什么的？', 'zh'],
  ] as const)('reads "%s" as asking what something is', (question, language) => {
    expect(asksForDefinition(question, language)).toBe(true);
  });

  it.each([
    ['What happens to my data when I delete a container?', 'en'],
    ['How does the docker client talk to the daemon?', 'en'],
    ['容器删掉以后数据就没了吗？', 'zh'],
    ['bridge模式下外部怎么访问容器里的服务？', 'zh'],
  ] as const)('does not read "%s" as a definition question', (question, language) => {
    expect(asksForDefinition(question, language)).toBe(false);
  });
});

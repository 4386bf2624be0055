import type { AnswerLanguage } from './passage-index';

const ENGLISH_DEFINITION =
  /^\s*(?:so\s+|and\s+|ok(?:ay)?,?\s+)?(?:what(?:'s|\s+is|\s+are|\s+was|\s+were)|define|definition of|meaning of)\b/i;
const CHINESE_DEFINITION = /什么是|是什么|是啥|啥是|指什么|指的是|定义|的意思|什么意思|是干什么的|是干嘛的/u;

/**
 * Whether a question asks what something is ("What is a container?", "什么是容器？", "docker0是什么"), as
 * opposed to how it behaves or relates to something else. Such a question is best answered from the passage
 * that defines the concept.
 *
 * @example
 * asksForDefinition('What is a container?', 'en'); // true
 * asksForDefinition('What happens to my data when I delete a container?', 'en'); // false
 */
export function asksForDefinition(question: string, language: AnswerLanguage): boolean {
  const text = question.normalize('NFKC');
  return language === 'zh' ? CHINESE_DEFINITION.test(text) : ENGLISH_DEFINITION.test(text);
}

import type { AnswerLanguage } from './passage-index';

/**
 * How a question is put:
 * - `comparison`: "difference between A and B", "A vs B", "A和B的区别", "A与B有什么不同";
 * - `relation`: "how does A lead to B", "relationship between A and B", "A和B有什么关系", "A是怎么用到B的";
 * - `plain`: anything else (what is, how does X work…).
 * Only the wording is read here; grounding treats the first two as such only when two concepts are named.
 */
export type QuestionShape = 'comparison' | 'relation' | 'plain';

const ENGLISH_COMPARISON =
  /\b(?:differen(?:ce|ces|t|tly)|differ|differs|compare[ds]?|comparison|versus|vs\.?|contrast(?:s|ed)?|distinguish|better than|worse than|similarit(?:y|ies)|alike)\b/i;
const ENGLISH_RELATION =
  /\b(?:relat(?:e|es|ed|ion|ionship)|connect(?:s|ed|ion)?|lead(?:s)? to|led to|result(?:s)? in|cause[sd]?|depend(?:s|ed)? on|rel(?:y|ies) on|affect(?:s|ed)?|interact(?:s)?|link(?:ed)?|between)\b|\bhow (?:do|does|did|is|are|can)\b.+\b(?:use|uses|used|need|needs|implement|implements|provide|provides|make|makes)\b/i;
const CHINESE_COMPARISON =
  /区别|不同|不一样|差别|差异|差在哪|差在什么|异同|对比|比较|相比|有何不同|哪个好|优缺点/u;
const CHINESE_RELATION = /关系|联系|导致|引起|依赖|影响|关联|用到|用了|利用|借助|通过|实现的?|提供|之间/u;

/**
 * Reads the shape of a question from its wording.
 *
 * @example
 * detectQuestionShape('What is the difference between a container and a VM?', 'en'); // 'comparison'
 * detectQuestionShape('命名空间和隔离有什么关系？', 'zh'); // 'relation'
 */
export function detectQuestionShape(question: string, language: AnswerLanguage): QuestionShape {
  const text = question.normalize('NFKC');
  if (language === 'zh') {
    if (CHINESE_COMPARISON.test(text) || /\bvs\.?\b/i.test(text)) return 'comparison';
    if (CHINESE_RELATION.test(text)) return 'relation';
    return 'plain';
  }
  if (ENGLISH_COMPARISON.test(text)) return 'comparison';
  if (ENGLISH_RELATION.test(text)) return 'relation';
  return 'plain';
}

import type { RelationType } from '@notetutor/contracts';
import { looksPlural } from '@notetutor/lexicon/english';

type EnglishTemplate = (a: string, b: string, plural: boolean) => string;

const ENGLISH: Record<RelationType, EnglishTemplate> = {
  'part-of': (a, b, p) => `${a} ${p ? 'are' : 'is'} part of ${b}`,
  provides: (a, b, p) => `${a} ${p ? 'provide' : 'provides'} ${b}`,
  'implemented-by': (a, b, p) => `${a} ${p ? 'are' : 'is'} implemented by ${b}`,
  uses: (a, b, p) => `${a} ${p ? 'use' : 'uses'} ${b}`,
  requires: (a, b, p) => `${a} ${p ? 'require' : 'requires'} ${b}`,
  limits: (a, b, p) => `${a} ${p ? 'limit' : 'limits'} ${b}`,
  'replaced-by': (a, b, p) => `${a} ${p ? 'were' : 'was'} replaced by ${b}`,
  'contrasts-with': (a, b, p) => `${a} ${p ? 'contrast' : 'contrasts'} with ${b}`,
  'based-on': (a, b, p) => `${a} ${p ? 'are' : 'is'} based on ${b}`,
  'connects-to': (a, b, p) => `${a} ${p ? 'connect' : 'connects'} to ${b}`,
  'stored-in': (a, b, p) => `${a} ${p ? 'are' : 'is'} stored in ${b}`,
  'related-to': (a, b, p) => `${a} ${p ? 'are' : 'is'} related to ${b}`,
};

const CHINESE: Record<RelationType, (a: string, b: string) => string> = {
  'part-of': (a, b) => `${a}属于${b}`,
  provides: (a, b) => `${a}提供${b}`,
  'implemented-by': (a, b) => `${a}由${b}实现`,
  uses: (a, b) => `${a}使用${b}`,
  requires: (a, b) => `${a}需要${b}`,
  limits: (a, b) => `${a}限制${b}`,
  'replaced-by': (a, b) => `${a}被${b}取代`,
  'contrasts-with': (a, b) => `${a}与${b}形成对比`,
  'based-on': (a, b) => `${a}基于${b}`,
  'connects-to': (a, b) => `${a}连接到${b}`,
  'stored-in': (a, b) => `${a}存放于${b}`,
  'related-to': (a, b) => `${a}与${b}相关`,
};

/**
 * A relation as a plain sentence (without final punctuation), from a per-language template of its type.
 * Unknown types read as `related-to`. English verbs agree with the source (`pluralSource`, guessed from
 * the label unless given: a list of several sources is plural).
 *
 * @example
 * phraseRelation('provides', 'Namespaces', 'isolation', 'en'); // 'Namespaces provide isolation'
 * phraseRelation('provides', '命名空间', '隔离', 'zh'); // '命名空间提供隔离'
 */
export function phraseRelation(
  type: string,
  source: string,
  target: string,
  language: 'zh' | 'en',
  pluralSource: boolean = looksPlural(source),
): string {
  if (language === 'zh') return (CHINESE[type as RelationType] ?? CHINESE['related-to'])(source, target);
  const template = ENGLISH[type as RelationType] ?? ENGLISH['related-to'];
  const sentence = template(source, target, pluralSource);
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

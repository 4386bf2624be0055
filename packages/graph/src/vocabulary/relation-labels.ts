import type { RelationType } from '@notetutor/contracts';

/**
 * Built-in display labels of the relation types, used when the vocabulary does not give them.
 *
 * @example
 * DEFAULT_RELATION_LABELS['replaced-by']; // { zh: '被…取代', en: 'replaced by' }
 */
export const DEFAULT_RELATION_LABELS: Record<RelationType, { zh: string; en: string }> = {
  'part-of': { zh: '属于', en: 'part of' },
  provides: { zh: '提供', en: 'provides' },
  'implemented-by': { zh: '由…实现', en: 'implemented by' },
  uses: { zh: '使用', en: 'uses' },
  requires: { zh: '需要', en: 'requires' },
  limits: { zh: '限制', en: 'limits' },
  'replaced-by': { zh: '被…取代', en: 'replaced by' },
  'contrasts-with': { zh: '区别于', en: 'contrasts with' },
  'based-on': { zh: '基于', en: 'based on' },
  'connects-to': { zh: '连接到', en: 'connects to' },
  'stored-in': { zh: '存放于', en: 'stored in' },
  'related-to': { zh: '相关', en: 'related to' },
};

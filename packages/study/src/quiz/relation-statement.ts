import type { Lang } from '@notetutor/notes';

// English relation labels that need `is` before them: `implemented by`, `part of`, `pulled from`.
const NEEDS_COPULA = /^(?:\w+ed|part|based|built|kept|made|stored)\b/;

/**
 * A relation as a statement from its edge labels: `bridge requires DNAT`, `union mount is implemented by
 * AUFS`, `网桥由docker0实现` (a Chinese label with `…` wraps the object).
 */
export function relationStatement(
  subject: string,
  label: string,
  labelZh: string,
  object: string,
  lang: Lang,
): string {
  if (lang === 'en') return `${subject} ${NEEDS_COPULA.test(label) ? 'is ' : ''}${label} ${object}`;
  const [before, after] = labelZh.includes('…') ? labelZh.split('…') : [labelZh, ''];
  return `${subject}${before}${object}${after ?? ''}`;
}

import type { Lang } from '@notetutor/notes';

const ZH_SEPARATOR = /^\s*(?:、|以及|和|与|及|或者|或|\/|&|,)\s*$/;
const EN_SEPARATOR = /^\s*(?:,\s*(?:and|or)\s+|,\s*|(?:and|or|&)\s+|\/\s*)$/;

/**
 * Finds enumerations in a sentence skeleton: runs of mentions joined only by list separators (`、`, `和`, `与`,
 * `,`, `and`, `or`, `/`). Returns, for each run of two or more, the mention ordinals (k of U+E000 + k). In
 * English a bare `A, B` is not taken as a list (it is as often two clauses); `A, B and C` and `A and B` are.
 * A Chinese `,` joins a list only inside `、` lists.
 *
 * @example
 * findListGroups('\uE000、\uE001、\uE002，这6种\uE003统称为\uE004', 'zh'); // [[0, 1, 2]]
 */
export function findListGroups(skeleton: string, positions: readonly number[], lang: Lang): number[][] {
  const groups: number[][] = [];
  let current: number[] = [];
  let bareCommas = 0;
  const close = () => {
    const onlyCommaPair = lang === 'en' && current.length === 2 && bareCommas === 1;
    if (current.length >= 2 && !onlyCommaPair) groups.push(current);
    current = [];
    bareCommas = 0;
  };
  for (let k = 0; k < positions.length; k++) {
    if (current.length === 0) {
      current.push(k);
      continue;
    }
    const between = skeleton.slice((positions[k - 1] as number) + 1, positions[k]);
    const separator = lang === 'en' ? EN_SEPARATOR : ZH_SEPARATOR;
    if (
      separator.test(between) &&
      (lang === 'en' || !between.includes(',') || hasIdeographicComma(skeleton, positions, current))
    ) {
      if (/^\s*,\s*$/.test(between)) bareCommas++;
      current.push(k);
    } else {
      close();
      current.push(k);
    }
  }
  close();
  return groups;
}

function hasIdeographicComma(
  skeleton: string,
  positions: readonly number[],
  run: readonly number[],
): boolean {
  for (let i = 1; i < run.length; i++) {
    const between = skeleton.slice(
      (positions[run[i - 1] as number] as number) + 1,
      positions[run[i] as number],
    );
    if (between.includes('、')) return true;
  }
  return false;
}

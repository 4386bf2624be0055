import type { Lang } from '@notetutor/notes';

// Sticky, read from the end of one mention up to the next (the lookahead): the whole gap is a separator.
const ZH_SEPARATOR = /\s*(?:、|以及|和|与|及|或者|或|\/|&|,)\s*(?=[\uE000-\uF8FF])/y;
const EN_SEPARATOR = /\s*(?:,\s*(?:and|or)\s+|,\s*|(?:and|or|&)\s+|\/\s*)(?=[\uE000-\uF8FF])/y;
const BARE_COMMA = /\s*,\s*(?=[\uE000-\uF8FF])/y;

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
  // The current run is a stretch k = runStart … k - 1 of consecutive mentions (no array until it is a list).
  let runStart = 0;
  let bareCommas = 0;
  for (let k = 1; k < positions.length; k++) {
    const from = (positions[k - 1] as number) + 1;
    const to = positions[k] as number;
    if (
      gapIs(lang === 'en' ? EN_SEPARATOR : ZH_SEPARATOR, skeleton, from) &&
      (lang === 'en' ||
        !gapHas(skeleton, from, to, 0x2c) ||
        hasIdeographicComma(skeleton, positions, runStart, k - 1))
    ) {
      if (gapIs(BARE_COMMA, skeleton, from)) bareCommas++;
    } else {
      closeRun(groups, runStart, k, bareCommas, lang);
      runStart = k;
      bareCommas = 0;
    }
  }
  closeRun(groups, runStart, positions.length, bareCommas, lang);
  return groups;
}

/** Ends the run `runStart … end - 1`: a list when two or more (in English, not a bare `A, B`). */
function closeRun(groups: number[][], runStart: number, end: number, bareCommas: number, lang: Lang): void {
  const length = end - runStart;
  const onlyCommaPair = lang === 'en' && length === 2 && bareCommas === 1;
  if (length >= 2 && !onlyCommaPair) {
    const group: number[] = [];
    for (let k = runStart; k < end; k++) group.push(k);
    groups.push(group);
  }
}

function gapIs(separator: RegExp, skeleton: string, from: number): boolean {
  separator.lastIndex = from;
  return separator.test(skeleton);
}

function gapHas(skeleton: string, from: number, to: number, unit: number): boolean {
  for (let i = from; i < to; i++) if (skeleton.charCodeAt(i) === unit) return true;
  return false;
}

/** A `、` between two consecutive mentions of the run first … last. */
function hasIdeographicComma(
  skeleton: string,
  positions: readonly number[],
  first: number,
  last: number,
): boolean {
  for (let k = first + 1; k <= last; k++) {
    const from = (positions[k - 1] as number) + 1;
    if (gapHas(skeleton, from, positions[k] as number, 0x3001)) return true;
  }
  return false;
}

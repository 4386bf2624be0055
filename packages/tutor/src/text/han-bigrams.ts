const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The character bigrams of a run of Han characters (`镜像分层` → `镜像 像分 分层`), by code point so that
 * characters outside the BMP are never split; a one-character run is its own unigram.
 *
 * @example
 * hanBigrams('虚拟机'); // ['虚拟', '拟机']
 */
export function hanBigrams(run: string): string[] {
  const chars = SURROGATE.test(run) ? Array.from(run) : null;
  const length = chars ? chars.length : run.length;
  if (length === 0) return [];
  if (length === 1) return [run];
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < length; i++) {
    bigrams.push(chars ? `${chars[i]}${chars[i + 1]}` : run.slice(i, i + 2));
  }
  return bigrams;
}

/**
 * The word a run of consecutive bigrams spells, the inverse of {@link hanBigrams}: `保活`, `活计`, `计时` →
 * `保活计时` (a one-character run is its own unigram).
 *
 * @example
 * joinBigrams(['虚拟', '拟机']); // '虚拟机'
 */
export function joinBigrams(bigrams: readonly string[]): string {
  let word = '';
  bigrams.forEach((bigram, i) => {
    word += i === 0 ? bigram : (Array.from(bigram).at(-1) ?? '');
  });
  return word;
}

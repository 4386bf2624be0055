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

const DOUBLED_FINAL = /([bdgmnprt])\1$/;

/**
 * Light English stemming, the same on both sides of the index: plurals, `-ing`, `-ed`, and a final `e`, so
 * `namespaces`/`namespace`, `sharing`/`shared`/`share` and `mounted`/`mounts` meet. Not a linguistic stemmer:
 * stems are index keys, never shown. Words of three letters or fewer are left alone.
 *
 * @example
 * stemEnglish('namespaces'); // 'namespac'
 * stemEnglish('running'); // 'run'
 */
export function stemEnglish(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|as)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length >= 6) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length >= 5) w = w.slice(0, -2);
  if (DOUBLED_FINAL.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

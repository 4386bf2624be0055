/**
 * Sentences of a passage: Chinese ones end at 。！？, English ones at . ! ? followed by a space and a capital,
 * digit or quote (so `docker0.` inside a sentence or `e.g. a` does not end it); line breaks end one too.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[。！？])|(?<=[.!?])\s+(?=["'“(\p{Lu}\p{N}\p{Script=Han}])|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;

/** Whether `sentence` names `name` (case-folded; a Latin name only as a whole word: `docker` ≠ `docker0`). */
function names(sentence: string, name: string): boolean {
  const folded = sentence.toLowerCase();
  const wanted = name.toLowerCase();
  for (let at = folded.indexOf(wanted); at >= 0; at = folded.indexOf(wanted, at + 1)) {
    const before = folded[at - 1] ?? '';
    const after = folded[at + wanted.length] ?? '';
    const latin = LATIN_OR_DIGIT.test(wanted);
    if (!latin || (!LATIN_OR_DIGIT.test(before) && !LATIN_OR_DIGIT.test(after))) return true;
  }
  return false;
}

/**
 * The sentence of a definition passage that defines the concept: the first one naming it (any of `names`),
 * else the first sentence. The whole passage stays one click away wherever this is shown. Returns the text
 * itself when it is a single sentence.
 *
 * @example
 * definingSentence('Docker has network modes. docker0 is a bridge. It …', ['docker0']); // 'docker0 is a bridge.'
 */
export function definingSentence(text: string, conceptNames: readonly string[]): string {
  const sentences = splitSentences(text);
  if (sentences.length <= 1) return text.trim();
  const wanted = conceptNames.map((n) => n.trim()).filter((n) => n.length > 0);
  return sentences.find((s) => wanted.some((n) => names(s, n))) ?? (sentences[0] as string);
}

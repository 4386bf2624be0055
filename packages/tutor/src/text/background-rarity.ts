import { backgroundZipf, COMMON_WORD_ZIPF, zipfFrequency } from '@notetutor/lexicon';
import { joinBigrams } from './han-bigrams';
import { normalizeForSearch } from './normalize-for-search';
import { stemEnglish } from './stem-english';

/**
 * Zipf frequency from which a word is everyday language and weighs as little as a word can (once in 10,000
 * words or more often: "once", "具体", "刚才").
 */
export const EVERYDAY_ZIPF = 5;
/** Zipf frequency below which a word is rare enough in everyday language to weigh as a term ("dispatcher"). */
export const RARE_ZIPF = 3;
/** What an everyday word the notes never use still weighs, as a share of an unseen term. */
export const EVERYDAY_WEIGHT = 0.1;

/** What a Chinese word absent from the dictionary (and from the notes) weighs, as a share of an unseen term. */
export const UNKNOWN_CHINESE_WEIGHT = 0.25;

const LATIN_WORD = /[\p{L}\p{N}]+/gu;

/** The words of a question as the coverage decision sees them: weight by rarity, and how they were typed. */
export interface QuestionWords {
  /**
   * How rare a word is in everyday language, from 1 (rare or absent) down to {@link EVERYDAY_WEIGHT}. `seen`:
   * whether the notes use the word (a Chinese word the dictionary lacks is then a term of the notes).
   */
  rarity(terms: readonly string[], seen?: boolean): number;
  /** The word as the learner typed it (folded), for telling them what the notes do not cover. */
  surface(terms: readonly string[]): string;
}

/**
 * How much a word the notes never use says about what a question asks, from how common it is in everyday
 * language (`@notetutor/lexicon`): 1 for a word rare in the language or absent from it (a term, a name, a
 * typo), down to {@link EVERYDAY_WEIGHT} for an everyday word, linearly in between on the Zipf scale.
 * "eating" in "How does Docker stop a container from eating the host's CPU?" is everyday; "Kubernetes" in
 * "How does Docker compare with Kubernetes?" is not.
 *
 * Returns a lookup from a word's index terms (`tokenizeWords`: Latin stems, Chinese bigrams) to that
 * weight; Latin stems are mapped back to the question's surface words so the frequency is the word's own.
 *
 * @example
 * const rarity = backgroundRarity('How do I stop eating?');
 * rarity.rarity(['eat']); // ≈ 0.19: everyday
 */
export function backgroundRarity(question: string): QuestionWords {
  const surface = new Map<string, string[]>();
  for (const match of normalizeForSearch(question).matchAll(LATIN_WORD)) {
    const word = match[0];
    if (/\p{Script=Han}/u.test(word)) continue;
    const stem = stemEnglish(word);
    const forms = surface.get(stem);
    if (forms === undefined) surface.set(stem, [word]);
    else if (!forms.includes(word)) forms.push(word);
  }
  return {
    rarity(terms, seen = false) {
      const first = terms[0];
      if (first === undefined) return 1;
      if (/\p{Script=Han}/u.test(first)) {
        const word = joinBigrams(terms);
        const zipf = zipfFrequency(word, 'zh');
        // `kill 不掉` ("cannot kill"): a negated complement is the potential form of the verb before it, grammar
        // with no content of its own.
        if (isNegatedComplement(word)) return EVERYDAY_WEIGHT;
        // `改掉` ("change away") weighs what `改` does, when the dictionary knows the verb.
        const verb = constructionHead(word);
        const verbZipf = verb === undefined ? 0 : zipfFrequency(verb, 'zh');
        if (verbZipf > 0) return Math.min(rarityOf(zipf), rarityOf(verbZipf));
        if (zipf > 0 || seen) return rarityOf(zipf);
        // A word the dictionary lacks is as often the segmenter's cut of everyday phrasing (`拖慢`, `占满`,
        // `设成`) as a term: it weighs little, is never named as missing and never taken for the subject; made
        // of everyday words (`已经有`: 已经 + 有; `表加`: 表 + 加), as little as they do.
        return Math.min(UNKNOWN_CHINESE_WEIGHT, rarityOfParts(word));
      }
      let zipf = 0;
      for (const term of terms) {
        for (const form of surface.get(term) ?? [term]) zipf = Math.max(zipf, backgroundZipf(form, 'en'));
      }
      return rarityOf(zipf);
    },
    surface(terms) {
      const first = terms[0];
      if (first === undefined) return '';
      if (/\p{Script=Han}/u.test(first)) return joinBigrams(terms);
      return terms.map((term) => surface.get(term)?.[0] ?? term).join(' ');
    },
  };
}

/** The weight of a word as common as everyday language starts ({@link COMMON_WORD_ZIPF}): "edit", "folder". */
export function commonWordRarity(): number {
  return rarityOf(COMMON_WORD_ZIPF);
}

function rarityOf(zipf: number): number {
  if (zipf <= RARE_ZIPF) return 1;
  if (zipf >= EVERYDAY_ZIPF) return EVERYDAY_WEIGHT;
  const share = (zipf - RARE_ZIPF) / (EVERYDAY_ZIPF - RARE_ZIPF);
  return 1 - share * (1 - EVERYDAY_WEIGHT);
}

/** Longest dictionary word a Chinese word without an entry of its own is read in parts of. */
const MAX_PART_CHARS = 4;

/**
 * The rarity of a Chinese word the dictionary lacks, read as the dictionary words it is made of (longest first,
 * from its start): that of its rarest part; 1 when some part is no word of the dictionary.
 */
function rarityOfParts(word: string): number {
  const characters = Array.from(word);
  let rarity = 0;
  for (let at = 0; at < characters.length; ) {
    let length = Math.min(MAX_PART_CHARS, characters.length - at);
    // The whole word is what has no entry: its parts are shorter.
    if (at === 0 && length === characters.length) length--;
    let zipf = 0;
    for (; length > 0; length--) {
      zipf = zipfFrequency(characters.slice(at, at + length).join(''), 'zh');
      if (zipf > 0) break;
    }
    if (length === 0) return 1;
    rarity = Math.max(rarity, rarityOf(zipf));
    at += length;
  }
  return rarity;
}

/**
 * Chinese resultative and phase complements (`改掉`, `拼错`, `读到`, `做完`, `记住`) and negation (`不加`, `没去`): a
 * closed class of grammatical endings and a prefix that make a word of any verb. Such a word, however rare in
 * the dictionary's counts, says what its verb says.
 */
const COMPLEMENTS = new Set(['掉', '到', '错', '完', '好', '住', '走', '光', '坏', '懂', '见', '着', '过']);
const NEGATIONS = new Set(['不', '没']);

/** A negation and a complement (`不掉`, `不到`, `没完`): what follows a verb to say it cannot be done ("杀不掉"). */
function isNegatedComplement(word: string): boolean {
  const characters = Array.from(word);
  return (
    characters.length === 2 &&
    NEGATIONS.has(characters[0] as string) &&
    COMPLEMENTS.has(characters[1] as string)
  );
}

/** The verb of a two-character word built by a complement or a negation from a one-character word, if it is one. */
function constructionHead(word: string): string | undefined {
  const characters = Array.from(word);
  if (characters.length !== 2) return undefined;
  const [first, second] = characters as [string, string];
  const head = COMPLEMENTS.has(second) ? first : NEGATIONS.has(first) ? second : undefined;
  return head !== undefined && !COMPLEMENTS.has(head) && !NEGATIONS.has(head) ? head : undefined;
}

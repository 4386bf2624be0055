import { isCommonWord as isEverydayWord } from '@notetutor/lexicon';
import type { Lang } from '@notetutor/notes';
import { COMMON_ENGLISH_WORDS } from './common-english-words';

/** English words that hold a clause together: a name made of words does not contain them. */
const FUNCTION_WORDS_EN = new Set(
  (
    'a an the this that these those of to in on at for with by from into onto about as if when whenever then ' +
    'than so because while where which who whom whose what how why is are was were be been being am do does ' +
    'did done has have had will would shall should can could may might must not no nor or and but your you ' +
    'we our us my me i he she him her his it its they them their there here include includes including ' +
    'such like use using used very also just only'
  ).split(' '),
);
/** Chinese particles and connectives: a term does not contain them, a clause does (`用来把域名解析为 IP`). */
const CLAUSE_MARKS_ZH =
  /[的了把被将吗呢吧]|用来|用于|通常|就是|是一|可以|能够|进行|需要|如果|因为|所以|或者|以及|并且|还是|已经|没有|不是|一般/;

/** Chinese prepositions: what follows one is its object, and the whole a phrase. */
const PREPOSITIONS_ZH = /^(?:通过|对于|关于|根据|按照|由于|为了|经过|随着|除了)/;

/**
 * A sighted term that reads as (part of) a clause rather than a name: English words joined by a function word
 * (`Use ConfigMap if`, `These controllers include`), or Chinese with particles or connectives (`通常是浏览器`).
 *
 * @example
 * looksLikeClause('Use ConfigMap if'); // true
 * looksLikeClause('Network Policies'); // false
 */
export function looksLikeClause(term: string): boolean {
  if (/[\u3400-\u9fff]/.test(term) && CLAUSE_MARKS_ZH.test(term)) return true;
  // A preposition opens a phrase, never a name (`通过线程库`: "through the thread library").
  if (PREPOSITIONS_ZH.test(term)) return true;
  // A contraction holds a verb or a negation (`they're coming`, `don't`): a clause, never a name.
  if (/[a-z](?:'|’)(?:re|ve|ll|d|m|t)\b/i.test(term)) return true;
  // A compound joined by `-`, `_` or `.` is one word of a name (`no-cache`, `must-revalidate`), whatever its parts.
  const words = term.toLowerCase().match(/[a-z0-9]+(?:[-_.][a-z0-9]+)+|[a-z]+(?:'[a-z]+)?/g) ?? [];
  if (words.length < 2) return false;
  return words.some((w) => FUNCTION_WORDS_EN.has(w));
}

/** The forms a word may be the inflection of (`running` → run, `users` → user, `assigning` → assign). */
function stems(word: string): string[] {
  const out = [word];
  if (word.endsWith('ies')) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  if (word.endsWith('ing')) {
    const base = word.slice(0, -3);
    out.push(base, `${base}e`);
    if (/(.)\1$/.test(base)) out.push(base.slice(0, -1));
  }
  if (word.endsWith('ed')) {
    const base = word.slice(0, -2);
    out.push(base, `${base}e`);
    if (/(.)\1$/.test(base)) out.push(base.slice(0, -1));
  }
  return out;
}

/**
 * A common word of the language (or an inflection of one), by its frequency in everyday English or Chinese
 * (`@notetutor/lexicon`, Zipf ≥ 4): a word the notes must define, gloss or emphasise before it counts as one
 * of their concepts (`state`, `users`, `Running`, `大小`). Technical words are rare in everyday language
 * (`kubelet`, `iptables`, `线程`).
 *
 * @example
 * isCommonWord('Running', 'en'); // true
 * isCommonWord('kubelet', 'en'); // false
 */
export function isCommonWord(word: string, lang: Lang = 'en'): boolean {
  const folded = word.trim().toLowerCase();
  if (folded === '') return false;
  // The lexicon's everyday-word test (Zipf ≥ 4), which asks a set of those words rather than the full tables.
  if (/[\u3400-\u9fff]/.test(folded)) return isEverydayWord(folded, 'zh');
  if (lang === 'zh' && !/^[a-z]+$/.test(folded)) return false;
  if (/[^a-z]/.test(folded)) return false;
  return stems(folded).some((w) => COMMON_ENGLISH_WORDS.has(w) || isEverydayWord(w, 'en'));
}

/**
 * An English past participle (`revalidated`, `Modified`, `logged-in`): in English prose it tells what happened to
 * a thing, it does not name one. Capitals (`EXPIRED`, a status) and code are names.
 *
 * @example
 * isParticiple('revalidated'); // true
 * isParticiple('EXPIRED'); // false
 */
export function isParticiple(word: string): boolean {
  return /^[A-Za-z][a-z]{2,}(?<!e)ed(?:-[a-z]+)?$/.test(word);
}

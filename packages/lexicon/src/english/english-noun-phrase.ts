import { looksPlural } from './looks-plural';

/** Endings of uncountable nouns (`isolation`, `persistence`, `hardware`, `networking`). */
const MASS_ENDING = /(?:tion|sion|ence|ance|ity|ism|ware|ing)$/;
/** Heads that are uncountable as whole words (`user space`, `C/S architecture`), unlike `namespace`. */
const MASS_WORDS = new Set([
  'space',
  'architecture',
  'memory',
  'storage',
  'data',
  'information',
  'traffic',
  'access',
]);
/** Kinds whose labels are names or resources whatever their length (`host mode`, `brctl show`, `memory`). */
const BARE_KINDS = new Set(['resource', 'network-mode', 'command']);
/** Kinds whose one-word labels are names even in lower case (`runc`, `iptables`). */
const ONE_WORD_NAME_KINDS = new Set(['tool', 'command']);
/** Letters whose English name starts with a vowel sound: an `IP` address, an `NFS` share, a `PID`. */
const VOWEL_SOUND_LETTERS = /^[AEFHILMNORSX]/;
const OTHER_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * An English concept label as a noun phrase inside a sentence. Names (`Docker`, `overlay2`, `Docker Hub`,
 * `iptables`, `bootfs`, `host mode`), plurals (`Namespaces`), mass nouns (`isolation`, `user space`) and
 * resources (`memory`) stand alone; other common nouns take an article (`definite` in statements, "the kernel
 * provides Cgroups"; `indefinite` in questions, "What is a union mount?"), including those whose modifier is a
 * name or an acronym: "a PID namespace", "an IP address", "the Docker daemon". A label is judged by its last
 * word, the head noun; the article follows the sound of its first word (`an IPC namespace`, `a Unix socket`).
 * `generic` speaks of the kind in general, as a plural: "your notes cover containers, Docker and images".
 * `otherLabel` is the concept's label in the other language: a one-word label left untranslated there
 * (`nginx`, `bootfs`) is a name. The tutor's sentences and the web's example questions both phrase labels here.
 *
 * @example
 * englishNounPhrase('kernel', 'component', 'definite'); // 'the kernel'
 * englishNounPhrase('image', 'component', 'indefinite'); // 'an image'
 * englishNounPhrase('PID namespace', 'kernel-feature', 'indefinite'); // 'a PID namespace'
 * englishNounPhrase('nginx', 'term', 'indefinite', 'nginx'); // 'nginx'
 * englishNounPhrase('isolation', 'concept', 'indefinite'); // 'isolation'
 */
export function englishNounPhrase(
  label: string,
  kind: string | undefined,
  article: 'definite' | 'indefinite' | 'generic',
  otherLabel?: string,
): string {
  const text = label.trim().replace(/\s+/g, ' ');
  const words = text.split(' ');
  const head = words.at(-1) ?? '';
  const oneWord = words.length === 1;
  const bare =
    /[A-Z0-9]/.test(head) ||
    looksPlural(text) ||
    MASS_ENDING.test(head.toLowerCase()) ||
    MASS_WORDS.has(head.toLowerCase()) ||
    BARE_KINDS.has(kind ?? '') ||
    (oneWord && (ONE_WORD_NAME_KINDS.has(kind ?? '') || /fs$/.test(head) || otherLabel?.trim() === text)) ||
    // A label in another script (a Chinese term the notes never gloss) takes no English article or plural.
    OTHER_SCRIPT.test(text);
  if (bare || text === '') return text;
  if (article === 'generic') return pluralize(text);
  if (article === 'definite') return `the ${text}`;
  return `${indefiniteArticle(words[0] ?? '')} ${text}`;
}

/** `a` or `an` before a phrase starting with `word`, by sound. */
function indefiniteArticle(word: string): 'a' | 'an' {
  const first = word.split('-')[0] ?? '';
  // An acronym is read letter by letter: an IPC namespace, a PID namespace, a UTS namespace.
  if (/^[A-Z0-9]{2,}$/.test(first)) return VOWEL_SOUND_LETTERS.test(first) ? 'an' : 'a';
  if (/^(?:hour|honest|honou?r|heir)/i.test(first)) return 'an';
  // `a union mount`, `a user namespace`, `an image`: the article follows the sound, not the letter.
  return /^[aeiou]/i.test(first) && !/^(?:uni|use|usu|uti|ubi|eu|one)/i.test(first) ? 'an' : 'a';
}

/** The plural of a label's head noun: `virtual machines`, `switches`, `registries`. */
function pluralize(label: string): string {
  if (/(?:s|x|z|ch|sh)$/i.test(label)) return `${label}es`;
  if (/[^aeiou]y$/i.test(label)) return `${label.slice(0, -1)}ies`;
  return `${label}s`;
}

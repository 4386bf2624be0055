import { looksPlural } from './looks-plural';

/** Endings of uncountable nouns (`isolation`, `persistence`, `hardware`, `networking`). */
const MASS_NOUN = /(?:tion|sion|ence|ance|ity|ism|ware|ing)$/i;
/** Heads that are uncountable as whole words (`user space`, `kernel space`), unlike `namespace`. */
const MASS_HEAD = new Set(['space']);
const NAME_KINDS = new Set(['tool', 'resource', 'network-mode', 'command']);
/** Letters whose English name starts with a vowel sound: an `IP` address, an `NFS` share, a `PID`. */
const VOWEL_SOUND_LETTERS = /^[AEFHILMNORSX]/;

/**
 * An English concept label as a noun phrase inside a sentence. Names (`Docker`, `overlay2`, `Docker Hub`,
 * `iptables`, `bootfs`), plurals (`Namespaces`), mass nouns (`isolation`, `user space`) and resources
 * (`memory`) stand alone; other common nouns take an article (`definite` in statements, "the kernel provides
 * Cgroups"; `indefinite` in questions, "What is a union mount?"), including those whose modifier is a name or
 * an acronym: "a PID namespace", "an IP address", "the Docker daemon". A label is judged by its last word,
 * the head noun; the article follows the sound of its first word (`an IPC namespace`, `a Unix socket`).
 * `generic` speaks of the kind in general, as a plural: "your notes cover containers, Docker and images".
 *
 * @example
 * englishNounPhrase('kernel', 'component', 'definite'); // 'the kernel'
 * englishNounPhrase('image', 'component', 'indefinite'); // 'an image'
 * englishNounPhrase('PID namespace', 'kernel-feature', 'indefinite'); // 'a PID namespace'
 * englishNounPhrase('isolation', 'concept', 'indefinite'); // 'isolation'
 */
export function englishNounPhrase(
  label: string,
  kind: string | undefined,
  article: 'definite' | 'indefinite' | 'generic',
): string {
  const words = label.trim().split(/\s+/);
  const head = words.at(-1) ?? '';
  const bare =
    /[A-Z0-9]/.test(head) ||
    looksPlural(label) ||
    MASS_NOUN.test(head) ||
    MASS_HEAD.has(head.toLowerCase()) ||
    NAME_KINDS.has(kind ?? '') ||
    /^[a-z]+fs$/.test(label) ||
    // A label in another script (a Chinese term the notes never gloss) takes no English article or plural.
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(label);
  if (bare || label === '') return label;
  if (article === 'generic') return pluralize(label);
  if (article === 'definite') return `the ${label}`;
  return `${startsWithVowelSound(words[0] ?? '') ? 'an' : 'a'} ${label}`;
}

/** Whether a word is read starting with a vowel sound, for `a`/`an`. */
function startsWithVowelSound(word: string): boolean {
  // An acronym is read letter by letter: an IPC namespace, a PID namespace, a UTS namespace.
  if (/^[A-Z]{2,}$/.test(word.replace(/[^A-Za-z]/g, ''))) return VOWEL_SOUND_LETTERS.test(word);
  // `a union mount`, `a user namespace`, `an image`: the article follows the sound, not the letter.
  return /^[aeiou]/i.test(word) && !/^(?:uni|use|usu|eu|one)/i.test(word);
}

/** The plural of a label's head noun: `virtual machines`, `switches`, `registries`. */
function pluralize(label: string): string {
  if (/(?:s|x|z|ch|sh)$/i.test(label)) return `${label}es`;
  if (/[^aeiou]y$/i.test(label)) return `${label.slice(0, -1)}ies`;
  return `${label}s`;
}

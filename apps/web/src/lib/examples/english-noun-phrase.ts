/** A concept named inside an English question, with what the verb must agree with. */
export interface NounPhrase {
  /** The label with the article it needs, if any: `a container`, `an IP address`, `Docker`, `isolation`. */
  text: string;
  /** True for plurals (`Namespaces`, `system resources`): "What are …?", "How do … work?". */
  plural: boolean;
}

/** Endings and words of nouns that take no article ("What is isolation?", "What is user space?"). */
const MASS_ENDING = /(?:tion|sion|ence|ance|ity|ism|ware|ing)$/;
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
/** Kinds whose one-word labels are names even in lower case (`runc`, `iptables`). */
const NAME_KINDS = new Set(['tool', 'command']);
/** Kinds whose labels are names whatever their length (`host mode`, `brctl show`). */
const ALWAYS_NAMED_KINDS = new Set(['network-mode', 'command']);
/** Letters whose name starts with a vowel sound: an IPC namespace, an LXC container, a UTS namespace. */
const VOWEL_SOUND_LETTERS = /^[AEFHILMNORSX]/;

function looksPlural(word: string): boolean {
  return /[a-z]s$/.test(word) && !/(?:ss|us|is|os|fs|tables)$/i.test(word);
}

function indefiniteArticle(phrase: string): 'a' | 'an' {
  const first = phrase.split(/[\s-]/)[0] ?? '';
  if (/^[A-Z0-9]{2,}$/.test(first)) return VOWEL_SOUND_LETTERS.test(first) ? 'an' : 'a';
  if (/^(?:hour|honest|honou?r|heir)/i.test(first)) return 'an';
  return /^[aeiou]/i.test(first) && !/^(?:uni|use|usu|uti|ubi|eu|one)/i.test(first) ? 'an' : 'a';
}

/**
 * An English concept label as it reads inside a question: common nouns take `a`/`an` by sound ("What is a
 * container?", "an IP address", "a union mount"); names, acronyms and products stay bare (`Docker`, `docker0`,
 * `overlay2`, `runc`, `Docker Hub`, `host mode`), and so do mass nouns (`isolation`, `user space`) and plurals, which are
 * flagged for verb agreement ("What are Namespaces?"). `otherLabel` is the concept's label in the other
 * language: a one-word label left untranslated there (`bootfs`, `iptables`) is a name.
 *
 * @example
 * englishNounPhrase('container', 'concept'); // { text: 'a container', plural: false }
 * englishNounPhrase('IPC namespace', 'kernel-feature'); // { text: 'an IPC namespace', plural: false }
 * englishNounPhrase('Namespaces', 'kernel-feature'); // { text: 'Namespaces', plural: true }
 */
export function englishNounPhrase(label: string, kind: string, otherLabel?: string): NounPhrase {
  const text = label.trim().replace(/\s+/g, ' ');
  const words = text.split(' ');
  const head = words.at(-1) ?? '';
  const oneWord = words.length === 1;
  const plural = looksPlural(head);
  const name =
    /[A-Z0-9]/.test(head) ||
    (oneWord && (NAME_KINDS.has(kind) || /fs$/.test(head) || otherLabel?.trim() === text)) ||
    ALWAYS_NAMED_KINDS.has(kind);
  const mass = MASS_ENDING.test(head.toLowerCase()) || MASS_WORDS.has(head.toLowerCase());
  if (name || plural || mass) return { text, plural };
  return { text: `${indefiniteArticle(text)} ${text}`, plural: false };
}

import { looksPlural } from './looks-plural';

const MASS_NOUN = /(?:tion|sion|ence|ance|ity|ism|ware|space|ing)$/i;
const NAME_KINDS = new Set(['tool', 'resource', 'network-mode', 'command']);

/**
 * An English concept label as a noun phrase inside a sentence: names (`Docker`, `overlay2`, `iptables`,
 * `bootfs`), plurals (`Namespaces`), mass nouns (`isolation`, `user space`) and resources (`memory`) stand
 * alone; other common nouns take an article: `definite` in statements ("the kernel provides Cgroups"),
 * `indefinite` in questions ("What is a union mount?").
 *
 * @example
 * englishNounPhrase('kernel', 'component', 'definite'); // 'the kernel'
 * englishNounPhrase('image', 'component', 'indefinite'); // 'an image'
 * englishNounPhrase('isolation', 'concept', 'indefinite'); // 'isolation'
 */
export function englishNounPhrase(
  label: string,
  kind: string | undefined,
  article: 'definite' | 'indefinite',
): string {
  const bare =
    /[A-Z0-9]/.test(label) ||
    looksPlural(label) ||
    MASS_NOUN.test(label) ||
    NAME_KINDS.has(kind ?? '') ||
    /^[a-z]+fs$/.test(label);
  if (bare) return label;
  if (article === 'definite') return `the ${label}`;
  // `a union mount`, `a user namespace`: the article follows the sound, not the letter.
  return /^[aeiou]/i.test(label) && !/^(?:uni|use|usu|eu|one)/i.test(label) ? `an ${label}` : `a ${label}`;
}

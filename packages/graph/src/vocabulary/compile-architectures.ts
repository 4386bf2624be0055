import type { RelationType } from '@notetutor/contracts';
import type { Lang } from '@notetutor/notes';
import { foldKey } from '../text/fold-for-match';
import type { VocabularyArchitecture } from '../types';

/** Which side of an architecture a concept plays. */
export type ArchitectureSide = 'from' | 'to';

/** An architecture pattern ready to read passages with. */
export interface CompiledArchitecture {
  type: RelationType;
  labelZh: string;
  labelEn: string;
  /** Role names of the two sides. */
  roles: Record<ArchitectureSide, string>;
  /** Matches, in a folded passage text, a word that states the pattern (`c/s`, `客户端…服务端`). */
  cues: Record<Lang, RegExp | undefined>;
  /** Matches, in the stretch of a sentence skeleton between two concepts, a word that states the link. */
  verbs: Record<Lang, RegExp | undefined>;
  /** Matches any role word of either side in folded text (no role word: no name gets a role from context). */
  roleWords: RegExp | undefined;
  /** Sticky: matches a word of each side's role right after a concept's name in folded text (` server`). */
  roleAfter: Record<ArchitectureSide, RegExp | undefined>;
  /** The side the words of a concept's names give it (none when they name both, or neither). */
  sideOfNames(names: readonly string[]): ArchitectureSide | undefined;
  /** The side of a concept with this vocabulary role (`none`, or another pattern's: none), else of its names. */
  sideOf(role: string | undefined, names: readonly string[]): ArchitectureSide | undefined;
}

const LATIN_WORD = /[a-z0-9]+/g;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A folded word or phrase as a regular expression: Latin ends match whole words; `…` any stretch of a sentence. */
function wordRegex(word: string): string {
  return word
    .split('…')
    .map((part) => foldKey(part))
    .filter((part) => part !== '')
    .map((part) => {
      const body = escapeRegex(part).replace(/ /g, '\\s*');
      const start = /^[a-z0-9]/.test(part) ? '(?<![a-z0-9])' : '';
      const end = /[a-z0-9]$/.test(part) ? '(?![a-z0-9])' : '';
      return `${start}${body}${end}`;
    })
    .join('[^。！？!?\\n]*?');
}

function alternation(words: readonly string[], flags: string): RegExp | undefined {
  const bodies = words.map(wordRegex).filter((body) => body !== '');
  return bodies.length === 0 ? undefined : new RegExp(`(?:${bodies.join('|')})`, flags);
}

/**
 * Compiles the vocabulary's architecture patterns: regular expressions for the words that state each pattern,
 * for the verbs that link its two sides, and for a role word written right after a name; and the reading of
 * a concept's side from the words of its names (`Docker client` → client; `redis-server` → server; `C/S
 * (client/server)` names both, so neither).
 *
 * @example
 * const [clientServer] = compileArchitectures(vocabulary.architectures ?? []);
 * clientServer.sideOfNames(['redis-cli']); // 'from' (the client)
 * clientServer.cues.zh?.test('docker是c/s架构模式运行'); // true
 */
export function compileArchitectures(
  architectures: readonly VocabularyArchitecture[],
): CompiledArchitecture[] {
  return architectures.map((architecture) => {
    const words = (side: ArchitectureSide) => {
      const { zh, en } = architecture[side].words;
      return [...zh, ...en].map((w) => foldKey(w)).filter((w) => w !== '');
    };
    const sideWords: Record<ArchitectureSide, string[]> = { from: words('from'), to: words('to') };
    const latin = (side: ArchitectureSide) => new Set(sideWords[side].filter((w) => /^[a-z0-9]+$/.test(w)));
    const latinWords = { from: latin('from'), to: latin('to') };
    const named = (name: string, side: ArchitectureSide) => {
      const key = foldKey(name);
      for (const word of key.match(LATIN_WORD) ?? []) if (latinWords[side].has(word)) return true;
      return sideWords[side].some((w) => !latinWords[side].has(w) && key.includes(w));
    };
    const sideOfNames = (names: readonly string[]): ArchitectureSide | undefined => {
      const from = names.some((name) => named(name, 'from'));
      const to = names.some((name) => named(name, 'to'));
      return from === to ? undefined : from ? 'from' : 'to';
    };
    const after = (side: ArchitectureSide) =>
      sideWords[side].length === 0
        ? undefined
        : new RegExp(` ?(?:${sideWords[side].map(wordRegex).join('|')})`, 'y');
    return {
      type: architecture.type,
      labelZh: architecture.labelZh,
      labelEn: architecture.labelEn,
      roles: { from: architecture.from.role, to: architecture.to.role },
      cues: { zh: alternation(architecture.cues.zh, ''), en: alternation(architecture.cues.en, '') },
      verbs: { zh: alternation(architecture.verbs.zh, ''), en: alternation(architecture.verbs.en, '') },
      roleWords: alternation([...sideWords.from, ...sideWords.to], ''),
      roleAfter: { from: after('from'), to: after('to') },
      sideOfNames,
      sideOf(role, names) {
        if (role === undefined) return sideOfNames(names);
        return role === architecture.from.role ? 'from' : role === architecture.to.role ? 'to' : undefined;
      },
    };
  });
}

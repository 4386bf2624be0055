import type { Lang } from '@notetutor/notes';
import { COMMON_ENGLISH_WORDS } from '../text/common-english-words';
import { damerauLevenshtein } from '../text/damerau-levenshtein';
import { type FoldedText, foldForMatch, foldKey } from '../text/fold-for-match';
import { StringTrie } from '../text/string-trie';
import type {
  ConceptLookup,
  ConceptMention,
  FindMentionsOptions,
  FuzzyConceptMatch,
  VocabularyAlias,
} from '../types';
import { type MentionList, mentionListToMentions } from './mention-list';

/** A concept and the aliases that name it, as the lookup takes them. */
export interface LookupConcept {
  id: string;
  aliases: readonly VocabularyAlias[];
}

interface AliasEntry {
  id: string;
  lang: Lang | undefined;
  /** For a case-sensitive alias: its NFKC form with case kept. */
  exact: string | undefined;
  latinStart: boolean;
  latinEnd: boolean;
  plural: boolean;
}

function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || (c >= 0xc0 && c <= 0x24f);
}

function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isWordCode(text.charCodeAt(i));
}

/** A word character (or a hyphen inside a hyphenated word) touches position `i` from the left. */
function wordBefore(text: string, i: number): boolean {
  if (isWordAt(text, i - 1)) return true;
  return text.charCodeAt(i - 1) === 0x2d && isWordAt(text, i - 2);
}

function wordAfter(text: string, i: number): boolean {
  if (isWordAt(text, i)) return true;
  return text.charCodeAt(i) === 0x2d && isWordAt(text, i + 1);
}

/** The original index just after folded unit `foldedEnd - 1` (so trailing dropped spaces stay out). */
function originalEnd(text: string, offsets: Int32Array, foldedEnd: number): number {
  if (foldedEnd <= 0) return 0;
  const last = offsets[foldedEnd - 1] as number;
  const code = text.charCodeAt(last);
  return last + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
}

const FUZZY_TOKEN = /[a-z][a-z0-9]{4,}/g;

/** Typo tolerance for a term of this length: none below 5 characters, 1 up to 8, 2 from 9. */
function defaultMaxDistance(length: number): number {
  if (length < 5) return 0;
  return length >= 9 ? 2 : 1;
}

/** A `ConceptLookup` that can also write the mentions of a text into a compact `MentionList`. */
export interface ConceptScanner extends ConceptLookup {
  /** Appends the mentions of `text` to `into`, as `find` would find them (no fuzzy matches). */
  scan(text: string, options: Omit<FindMentionsOptions, 'fuzzy'>, into: MentionList): void;
  /** Every concept an exact alias names in any language (`host`: the host machine and host mode). */
  candidates(alias: string): string[];
  /** The concepts the lookup was built from (to rebuild it elsewhere, see `exportKnowledgeBase`). */
  concepts(): readonly LookupConcept[];
}

/**
 * Builds the alias → concept lookup used to find concepts in notes and questions. Aliases are folded
 * (NFKC, lower case, whitespace collapsed), so `ＤＯＣＫＥＲ０`, `Docker0` and `docker0` are one alias; an alias
 * made of Latin letters only matches whole words (`pid` not inside `rapid`) and also in the plural
 * (`namespace` matches `namespaces`). The first concept to claim an alias keeps it.
 *
 * @example
 * const lookup = createConceptLookup([{ id: 'docker-hub', aliases: [{ text: 'Docker Hub' }, { text: 'dokcer hub' }] }]);
 * lookup.find('从dokcer hub中获取镜像').map((m) => m.id); // ['docker-hub']
 * lookup.match('dockr hub'); // { id: 'docker-hub', distance: 1 }
 */
export function createConceptLookup(concepts: readonly LookupConcept[]): ConceptScanner {
  const trie = new StringTrie<AliasEntry>();
  const fuzzyKeys = new Map<string, string>();
  const ids = new Set<string>();
  for (const concept of concepts) {
    ids.add(concept.id);
    for (const alias of concept.aliases) {
      const key = foldKey(alias.text);
      if (key === '') continue;
      const existing = trie.get(key);
      const exact = alias.caseSensitive ? foldKey(alias.text, true) : undefined;
      if (existing.some((e) => e.lang === alias.lang && e.exact === exact)) continue;
      const latinEnd = isWordCode(key.charCodeAt(key.length - 1));
      trie.add(key, {
        id: concept.id,
        lang: alias.lang,
        exact,
        latinStart: isWordCode(key.charCodeAt(0)),
        latinEnd,
        plural: latinEnd && !exact && key.length >= 3 && /[a-z]$/.test(key),
      });
      if (!exact && !alias.lang && key.length >= 5 && /^[a-z0-9 ._-]+$/.test(key) && !fuzzyKeys.has(key)) {
        fuzzyKeys.set(key, concept.id);
      }
    }
  }
  const sortedIds = [...ids].sort();

  const accepts = (entry: AliasEntry, lang: Lang | undefined): boolean =>
    entry.lang === undefined || lang === undefined || entry.lang === lang;

  const resolve = (alias: string, lang?: Lang): string | undefined => {
    const key = foldKey(alias);
    const exactKey = foldKey(alias, true);
    const pick = (k: string) =>
      trie.get(k).find((e) => accepts(e, lang) && (e.exact === undefined || e.exact === exactKey))?.id;
    return (
      pick(key) ??
      (key.endsWith('s')
        ? trie.get(key.slice(0, -1)).find((e) => e.plural && accepts(e, lang))?.id
        : undefined)
    );
  };

  const fuzzy = (term: string, maxDistance?: number): FuzzyConceptMatch[] => {
    const key = foldKey(term);
    const limit = maxDistance ?? defaultMaxDistance(key.length);
    if (limit <= 0 || key.length < 5) return [];
    const best = new Map<string, FuzzyConceptMatch>();
    for (const [alias, id] of fuzzyKeys) {
      if (Math.abs(alias.length - key.length) > limit) continue;
      const distance = damerauLevenshtein(key, alias, limit);
      if (distance > limit) continue;
      const previous = best.get(id);
      if (
        !previous ||
        distance < previous.distance ||
        (distance === previous.distance && alias < previous.alias)
      ) {
        best.set(id, { id, alias, distance });
      }
    }
    return [...best.values()].sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
  };

  const found = { values: [] as Array<readonly AliasEntry[]>, ends: [] as number[] };
  const scan = (text: string, folded: FoldedText, lang: Lang | undefined, into: MentionList): void => {
    const ft = folded.text;
    const offsets = folded.offsets;
    const firstUnits = trie.firstUnits();
    let pos = 0;
    while (pos < ft.length) {
      const code = ft.charCodeAt(pos);
      // Inside a Latin word no alias starts (aliases starting with a letter match whole words only): from a
      // word's first letter, the next place to look is after the word.
      if (firstUnits[code] === 0 || (isWordCode(code) && pos > 0 && isWordCode(ft.charCodeAt(pos - 1)))) {
        pos++;
        if (isWordCode(code)) while (pos < ft.length && isWordCode(ft.charCodeAt(pos))) pos++;
        continue;
      }
      const count = trie.keysAt(ft, pos, found);
      const startBlocked = count > 0 && wordBefore(ft, pos);
      let hitEntry: AliasEntry | undefined;
      let hitStop = 0;
      for (let c = count - 1; c >= 0 && !hitEntry; c--) {
        const entries = found.values[c] as readonly AliasEntry[];
        const end = found.ends[c] as number;
        for (const entry of entries) {
          if (entry.lang !== undefined && lang !== undefined && entry.lang !== lang) continue;
          if (entry.latinStart && startBlocked) continue;
          let stop = end;
          if (entry.latinEnd && wordAfter(ft, end)) {
            if (!entry.plural) continue;
            if (ft.charCodeAt(end) === 0x73 && !wordAfter(ft, end + 1)) stop = end + 1;
            else if (ft.startsWith('es', end) && !wordAfter(ft, end + 2)) stop = end + 2;
            else continue;
          }
          if (entry.exact !== undefined) {
            const surface = text.slice(offsets[pos] as number, originalEnd(text, offsets, end));
            if (foldKey(surface, true) !== entry.exact) continue;
          }
          hitEntry = entry;
          hitStop = stop;
          break;
        }
      }
      if (!hitEntry) {
        pos++;
        if (isWordCode(code)) while (pos < ft.length && isWordCode(ft.charCodeAt(pos))) pos++;
        continue;
      }
      into.ids.push(hitEntry.id);
      into.spans.push(offsets[pos] as number, originalEnd(text, offsets, hitStop));
      pos = hitStop;
    }
  };

  const find = (text: string, options: FindMentionsOptions = {}): ConceptMention[] => {
    const folded = options.folded ?? foldForMatch(text);
    const list: MentionList = { ids: [], spans: [] };
    scan(text, folded, options.lang, list);
    const mentions = mentionListToMentions(list, text);
    if (options.fuzzy) addFuzzyMentions(text, folded.text, folded.offsets, mentions, fuzzy);
    return mentions;
  };

  const match = (term: string, lang?: Lang): { id: string; distance: number } | undefined => {
    const exact = resolve(term, lang);
    if (exact) return { id: exact, distance: 0 };
    const key = foldKey(term);
    if (COMMON_ENGLISH_WORDS.has(key)) return undefined;
    const [first] = fuzzy(term);
    return first ? { id: first.id, distance: first.distance } : undefined;
  };

  return {
    resolve,
    match,
    fuzzy,
    find,
    ids: () => sortedIds,
    concepts: () => concepts,
    scan: (text, options, into) => scan(text, options.folded ?? foldForMatch(text), options.lang, into),
    candidates: (alias) => {
      const exactKey = foldKey(alias, true);
      const ids: string[] = [];
      for (const entry of trie.get(foldKey(alias))) {
        if ((entry.exact === undefined || entry.exact === exactKey) && !ids.includes(entry.id))
          ids.push(entry.id);
      }
      return ids;
    },
  };
}

function addFuzzyMentions(
  text: string,
  folded: string,
  offsets: Int32Array,
  mentions: ConceptMention[],
  fuzzy: (term: string, maxDistance?: number) => FuzzyConceptMatch[],
): void {
  const taken = mentions.map((m) => [m.start, m.end] as const);
  const extra: ConceptMention[] = [];
  for (const token of folded.matchAll(FUZZY_TOKEN)) {
    const index = token.index;
    const word = token[0];
    if (wordBefore(folded, index) || wordAfter(folded, index + word.length)) continue;
    if (COMMON_ENGLISH_WORDS.has(word)) continue;
    const start = offsets[index] as number;
    const end = originalEnd(text, offsets, index + word.length);
    if (taken.some(([s, e]) => start < e && s < end)) continue;
    const [best] = fuzzy(word);
    if (best) extra.push({ id: best.id, start, end, surface: text.slice(start, end), approximate: true });
  }
  if (extra.length === 0) return;
  for (const mention of extra) mentions.push(mention);
  mentions.sort((a, b) => a.start - b.start);
}

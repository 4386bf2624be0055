import type { ConceptKind } from '@notetutor/contracts';
import type { NotesDocument, Passage } from '@notetutor/notes';
import { collectTermCandidates, type TermSighting } from './collect-term-candidates';
import { COMMON_ENGLISH_WORDS } from './common-english-words';
import { foldKey } from './fold-for-match';
import type { MentionList } from './mention-list';
import type { ConceptLookup, VocabularyAlias } from './types';

/** A concept found in the notes without the vocabulary. */
export interface DiscoveredConcept {
  id: string;
  labelZh: string;
  labelEn: string;
  kind: Extract<ConceptKind, 'term' | 'command'>;
  aliases: VocabularyAlias[];
}

/** Options of `discoverConcepts`. */
export interface DiscoverOptions {
  /** Finds the concepts the vocabulary already names (their spans are not discovered again). */
  lookup: ConceptLookup;
  /** Where the vocabulary's mentions are in a passage; found with `lookup` when not given. */
  mentionsOf?: (passage: Passage) => ReadonlyArray<{ start: number; end: number }> | MentionList;
  /** Ids already taken (vocabulary concepts). */
  takenIds: ReadonlySet<string>;
  stopWords: { zh: readonly string[]; en: readonly string[] };
  /** Passage ids of translations: counted apart, so a term and its translation do not make two sightings. */
  isTranslation: (passageId: string) => boolean;
}

interface Candidate {
  key: string;
  kind: 'term' | 'command';
  surfaces: Map<string, number>;
  glosses: Map<string, number>;
  strong: boolean;
  original: number;
  translated: number;
}

const BUILT_IN_ZH_STOP = [
  '概念',
  '问题',
  '总结',
  '笔记',
  '注意',
  '其他',
  '方式',
  '功能',
  '作用',
  '原理',
  '目录',
  '简介',
  '介绍',
];
const GLOSS_STOP = new Set(
  [
    '默认',
    '可选',
    '推荐',
    '必选',
    '略',
    '见下',
    '如下',
    '例如',
    '可选的',
    '必填',
    '选填',
    '注',
    '下同',
    '同上',
  ].concat([
    'optional',
    'default',
    'the default',
    'recommended',
    'deprecated',
    'required',
    'see below',
    'e.g.',
    'etc',
  ]),
);
const CJK = /[\u3400-\u9fff]/;

/**
 * Finds concepts the vocabulary does not name, so that a new notes file brings its own concepts: bold terms,
 * short headings and bullet labels (`Pod：…`), glossed terms (`UTS(主机名称)`, `控制组(cgroups)`), commands
 * (`docker info命令`, `the brctl show command`, shell code blocks, inline code), flags (`--net=host`), and
 * technical Latin-script words (`nginx`, `kube-proxy`, `ipv4`, proper nouns) seen at least twice. Stop-words,
 * numbers, single letters and spans the vocabulary already covers are left out. Ids are kebab-case of the
 * Latin form (`docker-info`) or the Chinese term itself, never clashing with a taken id.
 *
 * @example
 * discoverConcepts(corpus.documents, { lookup, takenIds, stopWords, isTranslation }).map((c) => c.id);
 * // ['brctl-show', 'docker-info', 'nginx']
 */
export function discoverConcepts(
  documents: readonly NotesDocument[],
  options: DiscoverOptions,
): DiscoveredConcept[] {
  const stop = new Set<string>(
    [...options.stopWords.zh, ...options.stopWords.en, ...BUILT_IN_ZH_STOP].map((w) => foldKey(w)),
  );
  const candidates = new Map<string, Candidate>();
  // The same term is sighted many times: read each spelling (and each gloss) once.
  const readTerms = { term: new Map<string, Reading | null>(), command: new Map<string, Reading | null>() };
  const readGlosses = new Map<string, string | null>();
  const mentionsOf = options.mentionsOf ?? ((p: Passage) => options.lookup.find(p.text, { lang: p.lang }));
  collectTermCandidates(documents, options.lookup, mentionsOf, options.isTranslation, (sighting) => {
    const readings = readTerms[sighting.kind];
    let reading = readings.get(sighting.term);
    if (reading === undefined) {
      reading = readTerm(sighting.term, sighting.kind, stop, options.lookup);
      readings.set(sighting.term, reading);
    }
    if (!reading) return;
    const { surface, key } = reading;
    let candidate = candidates.get(key);
    if (!candidate) {
      candidate = {
        key,
        kind: sighting.kind,
        surfaces: new Map(),
        glosses: new Map(),
        strong: false,
        original: 0,
        translated: 0,
      };
      candidates.set(key, candidate);
    }
    if (sighting.kind === 'command') candidate.kind = 'command';
    candidate.strong ||= sighting.strong;
    candidate.surfaces.set(surface, (candidate.surfaces.get(surface) ?? 0) + 1);
    if (sighting.translated) candidate.translated++;
    else candidate.original++;
    if (sighting.gloss === undefined) return;
    let gloss = readGlosses.get(sighting.gloss);
    if (gloss === undefined) {
      const text = sighting.gloss.trim().replace(/\s+/g, ' ');
      gloss = text && isGloss(text, stop) ? text : null;
      readGlosses.set(sighting.gloss, gloss);
    }
    if (gloss && foldKey(gloss) !== key) {
      candidate.glosses.set(gloss, (candidate.glosses.get(gloss) ?? 0) + 1);
    }
  });
  return toConcepts(candidates, options.takenIds);
}

/** A sighted spelling as a candidate: its tidy surface and its key. */
interface Reading {
  surface: string;
  key: string;
}

/** The candidate a sighted spelling makes, or null when it is no term or the vocabulary names it. */
function readTerm(
  term: string,
  kind: TermSighting['kind'],
  stop: ReadonlySet<string>,
  lookup: ConceptLookup,
): Reading | null {
  const surface = term
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^(?:a|an|the)\s+/i, '');
  if (!isTermLike(surface, stop)) return null;
  const named = kind === 'command' ? lookup.resolve(surface) !== undefined : isKnown(surface, lookup);
  return named ? null : { surface, key: foldKey(surface) };
}

/** The vocabulary already names the term, or most of it (`a pair of network cards`). */
function isKnown(term: string, lookup: ConceptLookup): boolean {
  if (lookup.resolve(term) !== undefined) return true;
  const letters = term.replace(/[\s\p{P}]/gu, '').length;
  const covered = lookup
    .find(term)
    .reduce((sum, m) => sum + term.slice(m.start, m.end).replace(/[\s\p{P}]/gu, '').length, 0);
  return letters > 0 && covered * 2 > letters;
}

function isTermLike(term: string, stop: ReadonlySet<string>): boolean {
  if (term.length < 2 || term.length > 40) return false;
  const key = foldKey(term);
  if (stop.has(key) || COMMON_ENGLISH_WORDS.has(key)) return false;
  if (!/[A-Za-z\u3400-\u9fff]/.test(term)) return false;
  if (/^[0-9.]+$/.test(term) || /^v?[0-9]+(?:\.[0-9]+)+$/i.test(term)) return false;
  if (/^https?:|www\.|\.(?:png|jpe?g|gif|svg|webp)$/i.test(term)) return false;
  if (/[。，,；;！!？?]/.test(term)) return false;
  if (CJK.test(term)) {
    const cjkCount = [...term].filter((c) => CJK.test(c)).length;
    if (cjkCount < 2 || cjkCount > 12) return false;
  }
  if (term.split(' ').length > 5) return false;
  if (/^[A-Za-z]$/.test(term.replace(/[^A-Za-z]/g, '')) && !CJK.test(term)) return false;
  return true;
}

function isGloss(gloss: string, stop: ReadonlySet<string>): boolean {
  const key = foldKey(gloss);
  if (GLOSS_STOP.has(key) || stop.has(key)) return false;
  if (gloss.length > 30 || /[。，,；;！!？?]/.test(gloss)) return false;
  return /[A-Za-z\u3400-\u9fff]/.test(gloss) && !/^[0-9.]+$/.test(gloss);
}

function mostFrequent(counts: ReadonlyMap<string, number>): string | undefined {
  let best: [string, number] | undefined;
  for (const entry of counts) {
    if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  }
  return best?.[0];
}

function slug(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9\u3400-\u9fff]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function toConcepts(candidates: Map<string, Candidate>, takenIds: ReadonlySet<string>): DiscoveredConcept[] {
  // A plural and its singular are one concept (`pods`, `pod`).
  for (const key of [...candidates.keys()].sort()) {
    const candidate = candidates.get(key);
    if (!candidate || !/[a-z]s$/.test(key)) continue;
    const singular = candidates.get(key.slice(0, -1));
    if (!singular || singular === candidate) continue;
    for (const [s, n] of candidate.surfaces) singular.surfaces.set(s, (singular.surfaces.get(s) ?? 0) + n);
    for (const [g, n] of candidate.glosses) singular.glosses.set(g, (singular.glosses.get(g) ?? 0) + n);
    singular.strong ||= candidate.strong;
    singular.original += candidate.original;
    singular.translated += candidate.translated;
    candidates.delete(key);
  }
  const taken = new Set(takenIds);
  const concepts: DiscoveredConcept[] = [];
  for (const key of [...candidates.keys()].sort()) {
    const c = candidates.get(key) as Candidate;
    if (!c.strong && Math.max(c.original, c.translated) < 2) continue;
    const surface = mostFrequent(c.surfaces) ?? key;
    const gloss = mostFrequent(c.glosses);
    const latinGloss = gloss && !CJK.test(gloss) ? gloss : undefined;
    const cjkGloss = gloss && CJK.test(gloss) ? gloss : undefined;
    const labelEn = CJK.test(surface) ? (latinGloss ?? surface) : surface;
    const labelZh = CJK.test(surface) ? surface : (cjkGloss ?? surface);
    let id = slug(CJK.test(labelEn) ? labelZh : labelEn) || slug(key) || 'term';
    if (taken.has(id)) {
      let n = 2;
      while (taken.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    taken.add(id);
    const aliasTexts = [...new Set([labelZh, labelEn, ...c.surfaces.keys(), ...c.glosses.keys()])];
    concepts.push({ id, labelZh, labelEn, kind: c.kind, aliases: aliasTexts.map((text) => ({ text })) });
  }
  return concepts;
}

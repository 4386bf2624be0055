import type { ConceptKind } from '@notetutor/contracts';
import type { NotesCorpus, NotesDocument, NotesWarning, Passage } from '@notetutor/notes';
import { codeSpans, insideSpans, isProgramCode } from '../text/code-spans';
import { flattenString } from '../text/flatten-string';
import { type FoldedText, foldForMatch, foldKey } from '../text/fold-for-match';
import { sectionsOf } from '../text/sections-of';
import type { ConceptOrigin, Vocabulary } from '../types';
import { isReferencePassage } from './collect-term-candidates';
import { countDocumentFrequency } from './count-document-frequency';
import { type ConceptScanner, createConceptLookup, type LookupConcept } from './create-concept-lookup';
import { discoverConcepts } from './discover-concepts';
import { linkTranslations, type TranslationLinks } from './link-translations';
import { type MentionList, NO_MENTIONS } from './mention-list';
import { mergeMentions } from './merge-mentions';
import { resolveEnumeratedLabels } from './resolve-enumerated-labels';
import { keepMentions, meaningsOfTheNotes, scopeVocabulary } from './scope-vocabulary';

/** A concept of the knowledge base: the vocabulary's or one the notes brought. */
export interface ConceptEntry extends LookupConcept {
  labelZh: string;
  labelEn: string;
  kind: ConceptKind;
  origin: ConceptOrigin;
  classNoun: boolean;
  role?: string;
}

/** The notes read for concepts: passages in reading order and, per passage, where it names which concept. */
export interface CorpusMentions {
  /** The documents kept (sorted by file; a file whose passage ids clash with another's is left out). */
  documents: NotesDocument[];
  /** Each document's passages grouped by section. */
  sections: Array<ReturnType<typeof sectionsOf>>;
  passages: Map<string, Passage>;
  /** Passage id → index in reading order; the arrays below are indexed so. */
  passageOrder: Map<string, number>;
  links: TranslationLinks;
  /** 1 for a passage of a translation. */
  translated: Uint8Array;
  /** Each passage folded for matching (let go of once read). */
  folded: Array<FoldedText | undefined>;
  /** Each passage's concept mentions (let go of once read). */
  found: MentionList[];
  concepts: ConceptEntry[];
  conceptById: Map<string, ConceptEntry>;
  /** Finds every concept, the vocabulary's and the discovered ones. */
  lookup: ConceptScanner;
  /** In how many passages each concept occurs (a translation counting with its original). */
  documentFrequency: Map<string, number>;
  warnings: NotesWarning[];
}

// A vocabulary is usually parsed once and built from many times (the API rebuilds when notes change): keep
// its lookup.
const LOOKUPS = new WeakMap<object, ConceptScanner>();

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Reads the notes for concepts, the first half of building the knowledge base: orders the documents and
 * passages, ties translations to their originals, folds each passage once and scans it once for the
 * vocabulary, discovers the concepts the notes bring and scans for those, resolves the bullet labels a
 * section enumerates, and counts in how many passages each concept occurs. Mentions are held compactly
 * (ids and offsets, no objects) until their passage is read for relations.
 *
 * @example
 * const read = findCorpusMentions(corpus, vocabulary);
 * read.found[read.passageOrder.get('docker-concepts.zh#5.2') ?? -1]?.ids; // ['bridge', 'container', 'docker0', …]
 */
export function findCorpusMentions(corpus: NotesCorpus, vocabulary: Vocabulary): CorpusMentions {
  const warnings: NotesWarning[] = [...corpus.warnings];
  const documents = [...corpus.documents].sort((a, b) => byCodePoint(a.file, b.file));
  const passages = new Map<string, Passage>();
  const readable: NotesDocument[] = [];
  for (const doc of documents) {
    // Passage ids key every map below: flat strings make those look-ups several times cheaper.
    const clash = doc.passages.find((p) => passages.has(flattenString(p.id)));
    if (clash) {
      warnings.push({
        file: doc.file,
        message: `left out: its passage ids (${clash.id}) clash with another file's`,
      });
      continue;
    }
    for (const passage of doc.passages) passages.set(flattenString(passage.id), passage);
    readable.push(doc);
  }
  // Per-passage data lives in arrays indexed by reading order.
  const passageList = [...passages.values()];
  const passageOrder = new Map(passageList.map((p, i) => [p.id, i]));
  const links = linkTranslations(readable);
  for (const warning of links.warnings) warnings.push(warning);
  const isTranslation = (id: string) => links.originalOf.has(id);
  const translated = new Uint8Array(passageList.length);
  const canonical = new Int32Array(passageList.length);
  passageList.forEach((passage, i) => {
    const original = links.originalOf.get(passage.id);
    translated[i] = original === undefined ? 0 : 1;
    canonical[i] = original === undefined ? i : (passageOrder.get(original) ?? i);
  });

  // Concepts: the vocabulary's first (they win an alias), then the ones the notes bring. Each passage is
  // folded once and scanned for the vocabulary once; then only for the aliases of the discovered concepts.
  let vocabularyLookup = LOOKUPS.get(vocabulary.concepts);
  if (!vocabularyLookup) {
    vocabularyLookup = createConceptLookup(vocabulary.concepts);
    LOOKUPS.set(vocabulary.concepts, vocabularyLookup);
  }
  const folded: Array<FoldedText | undefined> = [];
  const found: MentionList[] = [];
  for (const passage of passageList) {
    const text = foldForMatch(passage.text);
    const list: MentionList = { ids: [], spans: [] };
    vocabularyLookup.scan(passage.text, { lang: passage.lang, folded: text }, list);
    folded.push(text);
    found.push(list);
  }
  // Only the vocabulary concepts these notes name by a primary name take effect here.
  const inEffect = scopeVocabulary(vocabulary.concepts, passageList, found);
  let scopedConcepts = vocabulary.concepts;
  if (inEffect.size < vocabulary.concepts.length) {
    scopedConcepts = meaningsOfTheNotes(
      vocabulary.concepts.filter((c) => inEffect.has(c.id)),
      passageList,
      found,
    );
    vocabularyLookup = createConceptLookup(scopedConcepts);
    const kept = new Set(scopedConcepts.map((c) => c.id));
    for (let i = 0; i < found.length; i++) found[i] = keepMentions(found[i] ?? NO_MENTIONS, kept);
  }
  const discovered = discoverConcepts(readable, {
    lookup: vocabularyLookup,
    mentionsOf: (passage) => found[passageOrder.get(passage.id) ?? -1] ?? NO_MENTIONS,
    takenIds: new Set(vocabulary.concepts.map((c) => c.id)),
    stopWords: vocabulary.stopWords,
    isTranslation,
  });
  // A discovered concept the notes only head, label or show as code must also be named in their prose.
  const extras: MentionList[] = [];
  let kept = discovered;
  if (discovered.length > 0) {
    const discoveredLookup = createConceptLookup(discovered);
    const uses = new Map<string, number>();
    // A bullet repeating a heading of the notes word for word is an entry of a table of contents.
    const titles = new Set(readable.flatMap((doc) => doc.sections.map((section) => titleKey(section.title))));
    const titledBy = new Map(
      discovered.filter((c) => c.titled).map((c) => [c.id, c.titled as ReadonlySet<string>]),
    );
    passageList.forEach((passage, i) => {
      const extra: MentionList = { ids: [], spans: [] };
      discoveredLookup.scan(passage.text, { lang: passage.lang, folded: folded[i] }, extra);
      extras.push(extra);
      if (extra.ids.length === 0 || translated[i] === 1 || passage.kind === 'code') return;
      if (isReferencePassage(passage)) return;
      if (passage.kind === 'bullet' && titles.has(titleKey(passage.text))) return;
      const counted = new Set<string>();
      const programs = programSpans(passage.text);
      for (let m = 0; m < extra.ids.length; m++) {
        const id = extra.ids[m] as string;
        if (counted.has(id) || titledBy.get(id)?.has(passage.id)) continue;
        const surface = passage.text.slice(extra.spans[2 * m] as number, extra.spans[2 * m + 1] as number);
        if (passage.inlineCode.some((code) => code.trim() === surface)) continue;
        // A name inside a line of program code (`increment(&sequence)`) is the example's, not the prose's.
        if (insideSpans(programs, extra.spans[2 * m] as number, extra.spans[2 * m + 1] as number)) continue;
        // A passage that is only the term (an entry of a table of contents or a checklist) does not use it.
        if (!saysMoreThan(passage.text, extra.spans[2 * m] as number, extra.spans[2 * m + 1] as number))
          continue;
        // A one-word title (`Outline`, `References`) is used as a name only where the prose writes it as one:
        // capitalised inside a sentence (`the Outline below`), not the everyday word (`references to the packets`).
        if (
          titledBy.has(id) &&
          !/\s/.test(surface) &&
          !writtenAsName(passage.text, extra.spans[2 * m] as number)
        )
          continue;
        counted.add(id);
        uses.set(id, (uses.get(id) ?? 0) + 1);
      }
    });
    kept = discovered.filter((c) => (uses.get(c.id) ?? 0) >= c.minUses);
    const keep = new Set(kept.map((c) => c.id));
    passageList.forEach((_passage, i) => {
      const extra = keepMentions(extras[i] ?? NO_MENTIONS, keep);
      if (extra.ids.length > 0) found[i] = mergeMentions(found[i] ?? NO_MENTIONS, extra);
    });
  }
  const entries: ConceptEntry[] = [
    ...scopedConcepts.map((c): ConceptEntry => ({ ...c, origin: 'vocabulary' })),
    ...kept.map(
      ({ minUses: _minUses, titled: _titled, ...c }): ConceptEntry => ({
        ...c,
        origin: 'discovered',
        classNoun: false,
      }),
    ),
  ];
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const lookup = createConceptLookup(entries);
  // A bullet label the section enumerates names the listed kind of thing (`host:` among bridge/host/none).
  const sectionsByDoc = readable.map((doc) => sectionsOf(doc));
  resolveEnumeratedLabels(
    sectionsByDoc.flat(),
    {
      get: (passage) => found[passageOrder.get(passage.id) ?? -1] ?? NO_MENTIONS,
      set: (passage, list) => {
        const index = passageOrder.get(passage.id);
        if (index !== undefined) found[index] = list;
      },
    },
    (label) => lookup.candidates(label),
    (id) => entryById.get(id)?.kind,
  );
  const documentFrequency = countDocumentFrequency(found, canonical);
  return {
    documents: readable,
    sections: sectionsByDoc,
    passages,
    passageOrder,
    links,
    translated,
    folded,
    found,
    concepts: entries,
    conceptById: entryById,
    lookup,
    documentFrequency,
    warnings,
  };
}

/** The inline code spans of a text that are program code: a call, a pointer, a block or a statement. */
function programSpans(text: string): Array<[number, number]> {
  return codeSpans(text).filter(([start, end]) => isProgramCode(text.slice(start, end)));
}

/** A heading or a bullet as compared with headings: folded, its numbering and markers left out. */
function titleKey(text: string): string {
  return foldKey(text.replace(/^[\s*#>-]*(?:[0-9]+(?:\.[0-9]+)*[.、)]?\s+)?/, '').replace(/[*_`]/g, ''));
}

/** The word at `start` is capitalised, and not because it opens a sentence, a line or a label. */
function writtenAsName(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (!(c >= 0x41 && c <= 0x5a)) return false;
  const before = text.slice(Math.max(0, start - 3), start).trimEnd();
  return before !== '' && !/[.!?:;\n*#>|-]$/.test(before);
}

/** The text has a few words of its own besides the span `[start, end)` (not just numbering or a share). */
function saysMoreThan(text: string, start: number, end: number): boolean {
  let letters = 0;
  for (let i = 0; i < text.length && letters < 6; i++) {
    if (i === start) i = Math.max(start, end);
    if (i >= text.length) break;
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x3400 && c <= 0x9fff)) letters++;
  }
  return letters >= 6;
}

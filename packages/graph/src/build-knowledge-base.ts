import type { ConceptKind } from '@notetutor/contracts';
import type { NotesCorpus, NotesDocument, NotesWarning, Passage } from '@notetutor/notes';
import { MultiDirectedGraph } from 'graphology';
import { analysePassage, type PassageAnalysis } from './analyse-passage';
import { assignLayout } from './assign-layout';
import { type CompiledCues, compileCuePatterns } from './compile-cue-patterns';
import { countDocumentFrequency } from './count-document-frequency';
import { createConceptLookup, type LookupConcept } from './create-concept-lookup';
import { createDefinitionChooser } from './create-definition-chooser';
import { discoverConcepts } from './discover-concepts';
import { extractClassifierRelations } from './extract-classifier-relations';
import { extractCooccurrence } from './extract-cooccurrence';
import { type CandidateSink, extractCueRelations } from './extract-cue-relations';
import { extractHeadingRelations } from './extract-heading-relations';
import { extractQuestionAnswers } from './extract-question-answers';
import { type FoldedText, foldForMatch } from './fold-for-match';
import { linkTranslations } from './link-translations';
import { mergeMentions } from './merge-mentions';
import { personalizedPageRank } from './personalized-page-rank';
import { RelationAggregator } from './relation-aggregator';
import { sectionsOf } from './sections-of';
import type {
  ConceptGraph,
  ConceptLookup,
  ConceptMention,
  ConceptNodeAttributes,
  ConceptOrigin,
  KnowledgeBase,
  RelationEdgeAttributes,
  Vocabulary,
  VocabularyAlias,
} from './types';

/** Options of `buildKnowledgeBase`. */
export interface BuildOptions {
  /** Compute x/y positions (default true). Turn off when nothing will draw the graph. */
  layout?: boolean;
}

interface ConceptEntry extends LookupConcept {
  labelZh: string;
  labelEn: string;
  kind: ConceptKind;
  origin: ConceptOrigin;
  classNoun: boolean;
}

// A vocabulary is usually parsed once and built from many times (the API rebuilds when notes change): keep
// what depends on it alone.
const LOOKUPS = new WeakMap<object, ConceptLookup>();
const COMPILED_CUES = new WeakMap<object, CompiledCues>();

function cached<T>(cache: WeakMap<object, T>, key: object, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Builds the knowledge base from parsed notes and the vocabulary: concepts (the vocabulary's, plus those
 * discovered in the notes) as nodes with labels, aliases, kind, defining passage, mention count and evidence;
 * typed, directed relations found in the text (cue patterns, class nouns and glosses, how-questions and their
 * answers, headings over their sections, co-occurrence) as edges with evidence and weight; PageRank centrality
 * and a deterministic layout. A translated file's passages are tied to their originals and add their evidence
 * to the same concepts. Pure and deterministic: the same notes, in any order, give a byte-identical
 * `graph.export()`. Reads each section once and keeps only what the graph needs, so memory stays a small
 * multiple of the notes.
 *
 * @example
 * const kb = buildKnowledgeBase(await loadNotesDir('data/notes'), parseVocabulary(yamlText));
 * kb.graph.hasEdge('cgroups->limits->memory'); // true
 */
export function buildKnowledgeBase(
  corpus: NotesCorpus,
  vocabulary: Vocabulary,
  options: BuildOptions = {},
): KnowledgeBase {
  const warnings: NotesWarning[] = [...corpus.warnings];
  const documents = [...corpus.documents].sort((a, b) => byCodePoint(a.file, b.file));
  const passages = new Map<string, Passage>();
  const readable: NotesDocument[] = [];
  for (const doc of documents) {
    const clash = doc.passages.find((p) => passages.has(p.id));
    if (clash) {
      warnings.push({
        file: doc.file,
        message: `left out: its passage ids (${clash.id}) clash with another file's`,
      });
      continue;
    }
    for (const passage of doc.passages) passages.set(passage.id, passage);
    readable.push(doc);
  }
  const passageOrder = new Map([...passages.keys()].map((id, i) => [id, i]));
  const links = linkTranslations(readable);
  warnings.push(...links.warnings);
  const isTranslation = (id: string) => links.originalOf.has(id);

  // Concepts: the vocabulary's first (they win an alias), then the ones the notes bring. Each passage is
  // folded once and scanned for the vocabulary once; then only for the aliases of the discovered concepts.
  const vocabularyLookup = cached(LOOKUPS, vocabulary.concepts, () =>
    createConceptLookup(vocabulary.concepts),
  );
  const folded = new Map<string, FoldedText>();
  const found = new Map<string, ConceptMention[]>();
  for (const passage of passages.values()) {
    const text = foldForMatch(passage.text);
    folded.set(passage.id, text);
    found.set(passage.id, vocabularyLookup.find(passage.text, { lang: passage.lang, folded: text }));
  }
  const discovered = discoverConcepts(readable, {
    lookup: vocabularyLookup,
    mentionsOf: (passage) => found.get(passage.id) ?? [],
    takenIds: new Set(vocabulary.concepts.map((c) => c.id)),
    stopWords: vocabulary.stopWords,
    isTranslation,
  });
  const entries: ConceptEntry[] = [
    ...vocabulary.concepts.map((c): ConceptEntry => ({ ...c, origin: 'vocabulary' })),
    ...discovered.map((c): ConceptEntry => ({ ...c, origin: 'discovered', classNoun: false })),
  ];
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const lookup = createConceptLookup(entries);
  if (discovered.length > 0) {
    const discoveredLookup = createConceptLookup(discovered);
    for (const passage of passages.values()) {
      const extra = discoveredLookup.find(passage.text, {
        lang: passage.lang,
        folded: folded.get(passage.id),
      });
      found.set(passage.id, mergeMentions(found.get(passage.id) ?? [], extra));
    }
  }
  const documentFrequency = countDocumentFrequency(found, links.originalOf);
  const df = (id: string) => documentFrequency.get(id) ?? 0;
  const facts = {
    kindOf: (id: string) => entryById.get(id)?.kind,
    isClassNoun: (id: string) => entryById.get(id)?.classNoun === true,
    isDiscovered: (id: string) => entryById.get(id)?.origin === 'discovered',
  };

  // Relations, evidence and definitions, one section at a time.
  const cues = cached(COMPILED_CUES, vocabulary.cues, () => compileCuePatterns(vocabulary.cues));
  const relations = new RelationAggregator({
    passageOrder,
    originalOf: links.originalOf,
    relationLabels: vocabulary.relationLabels,
  });
  const definitions = createDefinitionChooser();
  const mentions = new Map<string, number>();
  const evidence = new Map<string, string[]>();
  const passageConcepts = new Map<string, string[]>();
  const addEvidence = (concept: string, passageId: string, count: number) => {
    const list = evidence.get(concept);
    if (!list) evidence.set(concept, [passageId]);
    else if (list[list.length - 1] !== passageId) list.push(passageId);
    if (!isTranslation(passageId)) mentions.set(concept, (mentions.get(concept) ?? 0) + count);
  };
  for (const doc of readable) {
    for (const section of sectionsOf(doc)) {
      const prose: PassageAnalysis[] = [];
      for (const passage of section.passages) {
        const text = folded.get(passage.id) ?? foldForMatch(passage.text);
        const analysis = analysePassage(passage, found.get(passage.id) ?? [], text);
        found.delete(passage.id);
        folded.delete(passage.id);
        const here: string[] = [];
        for (const m of analysis.mentions) {
          if (!here.includes(m.id)) here.push(m.id);
          addEvidence(m.id, passage.id, 1);
        }
        passageConcepts.set(passage.id, here);
        if (!isTranslation(passage.id)) definitions.add(analysis);
        if (passage.kind === 'code') continue;
        prose.push(analysis);
        const linked = new Map<number, Set<string>>();
        const sink = (strength: number, via: CandidateSink['via']): CandidateSink => ({
          evidence: [passage.id],
          strength,
          via,
          out: relations,
          linked,
        });
        extractCueRelations(analysis, cues, facts, sink(1, 'cue'));
        extractClassifierRelations(analysis, facts, sink(1, 'classifier'));
        extractQuestionAnswers(analysis, df, sink(0.75, 'question'));
        extractCooccurrence(analysis, sink(0.25, 'co-occurrence'));
      }
      if (!section.section) continue;
      // The concepts a heading names count as named in its section's first passage.
      const named = extractHeadingRelations(
        {
          section: section.section,
          lang: doc.lang,
          passages: prose,
          lookup,
          cues,
          facts,
          documentFrequency: df,
        },
        relations,
      );
      const first = prose[0]?.passage.id;
      if (!first) continue;
      for (const concept of named) {
        if (!(passageConcepts.get(first) ?? []).includes(concept)) addEvidence(concept, first, 1);
      }
    }
  }

  // Nodes: every concept the notes name; edges between them.
  const graph: ConceptGraph = new MultiDirectedGraph<ConceptNodeAttributes, RelationEdgeAttributes>({
    allowSelfLoops: false,
  });
  const chosen = definitions.result();
  const order = (id: string) => passageOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  for (const id of [...evidence.keys()].sort(byCodePoint)) {
    const entry = entryById.get(id) as ConceptEntry;
    graph.addNode(id, {
      label: entry.labelZh === entry.labelEn ? entry.labelEn : `${entry.labelZh} ${entry.labelEn}`,
      labelZh: entry.labelZh,
      labelEn: entry.labelEn,
      aliases: aliasTexts(entry),
      kind: entry.kind,
      origin: entry.origin,
      definition: chosen.get(id) ?? null,
      mentions: mentions.get(id) ?? 0,
      evidence: (evidence.get(id) ?? []).sort((a, b) => order(a) - order(b)),
      centrality: 0,
      x: 0,
      y: 0,
      size: 1,
    });
  }
  for (const relation of relations.relations((id) => graph.hasNode(id))) {
    graph.addEdgeWithKey(relation.key, relation.source, relation.target, relation.attributes);
  }

  const centrality = personalizedPageRank(graph);
  let top = 0;
  for (const score of centrality.values()) top = Math.max(top, score);
  graph.forEachNode((node) => {
    const score = centrality.get(node) ?? 0;
    graph.mergeNodeAttributes(node, {
      centrality: Math.round(score * 1e6) / 1e6,
      size: Math.round((3 + 12 * Math.sqrt(top > 0 ? score / top : 0)) * 100) / 100,
    });
  });
  if (options.layout !== false) assignLayout(graph);

  return {
    graph,
    documents: readable,
    passages,
    originalOf: links.originalOf,
    translationsOf: links.translationsOf,
    passageConcepts,
    lookup: createConceptLookup(entries.filter((e) => graph.hasNode(e.id))),
    skipped: [...corpus.skipped],
    warnings,
  };
}

function aliasTexts(entry: ConceptEntry): string[] {
  const texts: string[] = [];
  const seen = new Set<string>();
  const add = (alias: VocabularyAlias | string) => {
    const text = typeof alias === 'string' ? alias : alias.text;
    if (!seen.has(text)) {
      seen.add(text);
      texts.push(text);
    }
  };
  add(entry.labelZh);
  add(entry.labelEn);
  for (const alias of entry.aliases) add(alias);
  return texts;
}

import type { NotesCorpus, Passage } from '@notetutor/notes';
import { MultiDirectedGraph } from 'graphology';
import { createConceptLookup } from '../discovery/create-concept-lookup';
import { type ConceptEntry, findCorpusMentions } from '../discovery/find-corpus-mentions';
import { NO_MENTIONS } from '../discovery/mention-list';
import { personalizedPageRank } from '../queries/personalized-page-rank';
import { analysePassage, type PassageAnalysis } from '../relations/analyse-passage';
import { createDefinitionChooser } from '../relations/create-definition-chooser';
import { extractClassifierRelations } from '../relations/extract-classifier-relations';
import { extractCooccurrence } from '../relations/extract-cooccurrence';
import { type CandidateSink, extractCueRelations } from '../relations/extract-cue-relations';
import { extractHeadingRelations } from '../relations/extract-heading-relations';
import { extractQuestionAnswers } from '../relations/extract-question-answers';
import { extractRoleRelations } from '../relations/extract-role-relations';
import { headingSubject, isBareHeading, StructureRelations } from '../relations/extract-structure-relations';
import { RelationAggregator } from '../relations/relation-aggregator';
import { foldForMatch } from '../text/fold-for-match';
import type {
  ConceptGraph,
  ConceptMention,
  ConceptNodeAttributes,
  KnowledgeBase,
  RelationEdgeAttributes,
  Vocabulary,
  VocabularyAlias,
} from '../types';
import { type CompiledArchitecture, compileArchitectures } from '../vocabulary/compile-architectures';
import { type CompiledCues, compileCuePatterns } from '../vocabulary/compile-cue-patterns';
import { assignLayout } from './assign-layout';

/** Options of `buildKnowledgeBase`. */
export interface BuildOptions {
  /** Compute x/y positions (default true). Turn off when nothing will draw the graph. */
  layout?: boolean;
}

// A vocabulary is usually parsed once and built from many times (the API rebuilds when notes change): keep
// what depends on it alone (its lookup is kept by `findCorpusMentions`).
const COMPILED_CUES = new WeakMap<object, CompiledCues>();
const COMPILED_ARCHITECTURES = new WeakMap<object, CompiledArchitecture[]>();

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
  const read = findCorpusMentions(corpus, vocabulary);
  const { passages, passageOrder, links, translated, folded, found, lookup } = read;
  const entries = read.concepts;
  const entryById = read.conceptById;
  const warnings = read.warnings;
  const readable = read.documents;
  const isTranslation = (id: string) => links.originalOf.has(id);
  const documentFrequency = read.documentFrequency;
  const df = (id: string) => documentFrequency.get(id) ?? 0;
  const facts = {
    kindOf: (id: string) => entryById.get(id)?.kind,
    isClassNoun: (id: string) => entryById.get(id)?.classNoun === true,
    isDiscovered: (id: string) => entryById.get(id)?.origin === 'discovered',
  };

  const cues = cached(COMPILED_CUES, vocabulary.cues, () => compileCuePatterns(vocabulary.cues));
  const vocabularyArchitectures = vocabulary.architectures;
  const architectures = vocabularyArchitectures
    ? cached(COMPILED_ARCHITECTURES, vocabularyArchitectures, () =>
        compileArchitectures(vocabularyArchitectures),
      )
    : [];
  // The side each concept plays in each architecture: its role, else what its names say.
  const sides = architectures.map(
    (architecture) =>
      new Map(
        entries.flatMap((entry) => {
          const side = architecture.sideOf(entry.role, aliasTexts(entry));
          return side ? [[entry.id, side] as const] : [];
        }),
      ),
  );
  const sideOf = (id: string, index: number) => sides[index]?.get(id);
  const relations = new RelationAggregator({
    passageOrder,
    originalOf: links.originalOf,
    relationLabels: vocabulary.relationLabels,
  });
  const definitions = createDefinitionChooser();
  const mentions = new Map<string, number>();
  const evidence = new Map<string, string[]>();
  // Beside each evidence list, the reading order of its passages (to sort it without looking each one up).
  const evidenceOrder = new Map<string, number[]>();
  const passageConcepts = new Map<string, string[]>();
  const addEvidence = (
    concept: string,
    passageId: string,
    order: number,
    count: number,
    fromTranslation: boolean,
  ) => {
    const list = evidence.get(concept);
    if (!list) {
      evidence.set(concept, [passageId]);
      evidenceOrder.set(concept, [order]);
    } else if (list[list.length - 1] !== passageId) {
      list.push(passageId);
      evidenceOrder.get(concept)?.push(order);
    }
    if (!fromTranslation) mentions.set(concept, (mentions.get(concept) ?? 0) + count);
  };
  const order = (id: string) => passageOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
  const structure = new StructureRelations(relations);
  // One sink per passage, told before each extractor how strongly what it finds counts (candidates copy the
  // values when made).
  let sink: CandidateSink = { evidence: [], strength: 1, via: 'cue', out: relations, linked: new Map() };
  const counting = (strength: number, via: CandidateSink['via']) => {
    sink.strength = strength;
    sink.via = via;
    return sink;
  };
  readable.forEach((doc, d) => {
    structure.endDocument();
    // The passages other passages sit under: only they can be lead-ins.
    const parents = new Set<string>();
    for (const p of doc.passages) if (p.parentId !== undefined) parents.add(p.parentId);
    for (const section of read.sections[d] ?? []) {
      const prose: PassageAnalysis[] = [];
      let titleMentions: ConceptMention[] | undefined;
      if (section.section) {
        const title = section.section.title;
        const found = title.trim() === '' ? [] : lookup.find(title, { lang: doc.lang });
        titleMentions = found;
        const first = section.passages.find((p) => p.kind !== 'code')?.id;
        const subject = headingSubject(found, doc.lang, title);
        const named = found.find((m) => m.id === subject);
        structure.enterSection(
          section.section.depth,
          subject,
          isBareHeading(title, found),
          first,
          named ? title.slice(named.start, named.end) : '',
          found,
          title,
        );
      }
      for (const passage of section.passages) {
        const index = passageOrder.get(passage.id) as number;
        const text = folded[index] ?? foldForMatch(passage.text);
        const analysis = analysePassage(passage, found[index] ?? NO_MENTIONS, text);
        found[index] = NO_MENTIONS;
        folded[index] = undefined;
        const isTranslated = translated[index] === 1;
        // Distinct concepts in order of first mention, and how often each is named (a passage names few).
        const named: string[] = [];
        const counts: number[] = [];
        for (const m of analysis.mentions) {
          const at = named.indexOf(m.id);
          if (at < 0) {
            named.push(m.id);
            counts.push(1);
          } else {
            counts[at] = (counts[at] as number) + 1;
          }
        }
        for (let i = 0; i < named.length; i++) {
          addEvidence(named[i] as string, passage.id, index, counts[i] as number, isTranslated);
        }
        passageConcepts.set(passage.id, named);
        if (!isTranslated) definitions.add(analysis);
        if (passage.kind === 'code') continue;
        prose.push(analysis);
        structure.passage(passage, analysis, parents.has(passage.id));
        sink = {
          evidence: [passage.id],
          strength: 1,
          via: 'cue',
          out: relations,
          linked: new Map<number, Set<number>>(),
        };
        extractCueRelations(analysis, cues, facts, counting(1, 'cue'));
        if (architectures.length > 0) {
          extractRoleRelations(analysis, text, architectures, sideOf, counting(0.75, 'cue'));
        }
        extractClassifierRelations(analysis, facts, counting(1, 'classifier'));
        extractQuestionAnswers(analysis, df, counting(0.75, 'question'));
        extractCooccurrence(analysis, counting(0.25, 'co-occurrence'));
      }
      if (!section.section) continue;
      // The concepts a heading names count as named in its section's first passage.
      const named = extractHeadingRelations(
        {
          section: section.section,
          lang: doc.lang,
          passages: prose,
          lookup,
          titleMentions,
          cues,
          facts,
          documentFrequency: df,
        },
        relations,
      );
      const first = prose[0]?.passage.id;
      if (!first) continue;
      const firstOrder = order(first);
      for (const concept of named) {
        if (!(passageConcepts.get(first) ?? []).includes(concept))
          addEvidence(concept, first, firstOrder, 1, isTranslation(first));
      }
    }
  });
  // The last document's open sections end with the notes.
  structure.endDocument();

  const graph: ConceptGraph = new MultiDirectedGraph<ConceptNodeAttributes, RelationEdgeAttributes>({
    allowSelfLoops: false,
  });
  const chosen = definitions.result();
  for (const id of [...evidence.keys()].sort(byCodePoint)) {
    const entry = entryById.get(id) as ConceptEntry;
    const conceptEvidence = evidence.get(id) ?? [];
    graph.addNode(id, {
      label: displayLabel(entry, conceptEvidence, passages),
      labelZh: entry.labelZh,
      labelEn: entry.labelEn,
      aliases: aliasTexts(entry),
      kind: entry.kind,
      origin: entry.origin,
      definition: chosen.get(id) ?? null,
      mentions: mentions.get(id) ?? 0,
      evidence: inReadingOrder(conceptEvidence, evidenceOrder.get(id) ?? conceptEvidence.map(order)),
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

/**
 * The label shown: in the language of the notes that name the concept (`Namespaces` in English notes, `命名空间`
 * in Chinese ones), both (`命名空间 Namespaces`) when notes in both languages do, one text when the labels agree.
 */
function displayLabel(
  entry: ConceptEntry,
  evidence: readonly string[],
  passages: Map<string, Passage>,
): string {
  if (entry.labelZh === entry.labelEn) return entry.labelEn;
  let zh = false;
  let en = false;
  for (const id of evidence) {
    if (passages.get(id)?.lang === 'zh') zh = true;
    else en = true;
    if (zh && en) return `${entry.labelZh} ${entry.labelEn}`;
  }
  return zh ? entry.labelZh : entry.labelEn;
}

/** Sorts passage ids by reading order, given as `ranks` (they mostly arrive in it: check before sorting). */
function inReadingOrder(ids: string[], ranks: readonly number[]): string[] {
  let sorted = true;
  for (let i = 1; i < ranks.length && sorted; i++) sorted = (ranks[i - 1] as number) <= (ranks[i] as number);
  if (sorted) return ids;
  const indexes = ids.map((_, i) => i).sort((a, b) => (ranks[a] as number) - (ranks[b] as number) || a - b);
  return indexes.map((i) => ids[i] as string);
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

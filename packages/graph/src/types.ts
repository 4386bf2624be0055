import type { ConceptKind, RelationType } from '@notetutor/contracts';
import type { Lang, NotesDocument, NotesWarning, Passage, SkippedFile } from '@notetutor/notes';
import type { MultiDirectedGraph } from 'graphology';
import type { FoldedText } from './text/fold-for-match';

/** Where a concept came from: the vocabulary, or discovered in the notes without it. */
export type ConceptOrigin = 'vocabulary' | 'discovered';

/** Attributes of a concept node. */
export interface ConceptNodeAttributes {
  /**
   * Bilingual display label, `labelZh` then `labelEn` (`命名空间 Namespaces`), or just one of them when they
   * are the same text (`docker0`). Pick `labelZh` / `labelEn` yourself to show one language.
   */
  label: string;
  labelZh: string;
  labelEn: string;
  /** Every spelling that names the concept in the notes or the vocabulary, labels first. */
  aliases: string[];
  kind: ConceptKind;
  origin: ConceptOrigin;
  /** Id of the passage that best defines the concept (an original, not a translation), or null. */
  definition: string | null;
  /** How often the notes mention it (translations of a passage are not counted twice). */
  mentions: number;
  /** Ids of every passage (originals and translations) that mentions it, in reading order. */
  evidence: string[];
  /** PageRank on the undirected, weighted view; sums to 1 over the graph. */
  centrality: number;
  /** Drawing position (deterministic, finite) and size. */
  x: number;
  y: number;
  size: number;
}

/** How an edge was found in the text (the strongest of its pieces of evidence). */
export type RelationSource = 'cue' | 'classifier' | 'question' | 'structure' | 'co-occurrence';

/** Attributes of a typed, directed relation edge. */
export interface RelationEdgeAttributes {
  /**
   * The relation type. Note for sigma: sigma reads an edge's `type` as its renderer, so map it away in an
   * edge reducer (`type: 'arrow'`) when drawing.
   */
  type: RelationType;
  /** Human label of the relation as the notes put it (`listens on`), English and Chinese. */
  label: string;
  labelZh: string;
  /** Ids of the passages that state it, in reading order (originals and translations). */
  evidence: string[];
  /** Strength: sum over the original passages stating it of how directly each states it (cue = 1). */
  weight: number;
  /**
   * How directly the strongest statement states it, 0–1: 1 for a clause naming subject, cue and object; less
   * for a role, a question and its answer, a heading over its section; `related-to` edges are low (0.25).
   * Draw weak edges lighter; an answer phrases only typed edges as facts.
   */
  confidence: number;
  source: RelationSource;
}

/** The concept graph: one node per concept, at most one edge per (source, type, target). */
export type ConceptGraph = MultiDirectedGraph<ConceptNodeAttributes, RelationEdgeAttributes>;

/** One place where a text names a concept. Offsets are UTF-16 indexes into the scanned text. */
export interface ConceptMention {
  id: string;
  start: number;
  end: number;
  /** The text as written. */
  surface: string;
  /** Set when only a typo-tolerant match (`fuzzy: true`) named the concept. */
  approximate?: true;
}

/** A concept the lookup matched approximately (a typo), with its edit distance. */
export interface FuzzyConceptMatch {
  id: string;
  alias: string;
  distance: number;
}

/** Options of `ConceptLookup.find`. */
export interface FindMentionsOptions {
  /** Language of the text: aliases limited to the other language are ignored. Both when unset. */
  lang?: Lang;
  /** Also match Latin words of five letters or more that are one or two edits away from an alias. */
  fuzzy?: boolean;
  /** `foldForMatch(text)`, when the caller has it already (saves folding the text again). */
  folded?: FoldedText;
}

/** Finds concepts by any alias: case-, width- and whitespace-insensitive. */
export interface ConceptLookup {
  /** The concept an exact alias names (after folding), or undefined. */
  resolve(alias: string, lang?: Lang): string | undefined;
  /** Exact, then approximate (typos in Latin aliases of five characters or more). */
  match(term: string, lang?: Lang): { id: string; distance: number } | undefined;
  /** Approximate matches of a term, closest first. */
  fuzzy(term: string, maxDistance?: number): FuzzyConceptMatch[];
  /** Every mention in a text, longest alias first, left to right, not overlapping. */
  find(text: string, options?: FindMentionsOptions): ConceptMention[];
  /** Concept ids the lookup knows, sorted. */
  ids(): string[];
}

/** An alias in the vocabulary. */
export interface VocabularyAlias {
  text: string;
  /** Only in texts of this language (e.g. `host` means host mode in the Chinese notes only). */
  lang?: Lang;
  /** Matches only with this exact letter case (`USER` the namespace, not the English word). */
  caseSensitive?: boolean;
}

/** A concept as the vocabulary names it. */
export interface VocabularyConcept {
  id: string;
  labelZh: string;
  labelEn: string;
  kind: ConceptKind;
  aliases: VocabularyAlias[];
  /**
   * A class noun: a name written right before it, or glossed with it, is an instance of it when both have
   * the same kind (`docker0网桥`, `overla2(联合挂载)` → bridge implemented-by docker0).
   */
  classNoun: boolean;
  /**
   * The role the concept plays in an architecture pattern (`client`, `server`), or `none`. Unset: found from
   * its names (`Docker client` is a client).
   */
  role?: string;
  /**
   * From the notes folder's own `vocabulary.yaml`: applies wherever its names occur. Unset (the project's
   * vocabulary): applies only in notes that name it by its `zh` or `en` label, or that name most of the
   * vocabulary (`scopeVocabulary`).
   */
  local?: boolean;
}

/** One side of an architecture pattern: the role its parts play and the words that name the role. */
export interface ArchitectureRole {
  role: string;
  /** Words that give a name this role (`client`, `cli`, `客户端`), per language. */
  words: { zh: string[]; en: string[] };
}

/**
 * An architecture pattern whose parts play two roles (client/server). Where the notes state the pattern, the
 * concepts playing `from` are related to those playing `to` (`docker-client -connects-to-> docker-daemon`).
 */
export interface VocabularyArchitecture {
  name: string;
  type: RelationType;
  labelZh: string;
  labelEn: string;
  from: ArchitectureRole;
  to: ArchitectureRole;
  /** Words that state the pattern in a passage (`C/S`, `客户端…服务端`; `…` any stretch of one sentence). */
  cues: { zh: string[]; en: string[] };
  /** Words that, standing between a `from` and a `to` concept in one clause, state it (`连接`, `talks to`). */
  verbs: { zh: string[]; en: string[] };
}

/** A cue pattern: literal words around the two slots `{A}` (relation source) and `{B}` (target). */
export interface CuePattern {
  type: RelationType;
  lang: Lang;
  pattern: string;
  labelZh: string;
  labelEn: string;
}

/** Names and merges concepts and says which words signal which relation. Never lists edges. */
export interface Vocabulary {
  concepts: VocabularyConcept[];
  cues: CuePattern[];
  /** Display labels of each relation type. */
  relationLabels: Partial<Record<RelationType, { zh: string; en: string }>>;
  /** Words never taken as concepts when discovering them, per language. */
  stopWords: { zh: string[]; en: string[] };
  /** Architecture patterns whose parts play roles (client/server). */
  architectures?: VocabularyArchitecture[];
}

/** Everything the tutor and the UI stand on, built from the notes. */
export interface KnowledgeBase {
  graph: ConceptGraph;
  /** Sorted by file. */
  documents: NotesDocument[];
  /** Every passage by id, in reading order. */
  passages: Map<string, Passage>;
  /** Translated passage id → original passage id. */
  originalOf: Map<string, string>;
  /** Original passage id → translated passage ids. */
  translationsOf: Map<string, string[]>;
  /** Passage id → ids of the concepts it mentions, in order of first mention. */
  passageConcepts: Map<string, string[]>;
  lookup: ConceptLookup;
  skipped: SkippedFile[];
  warnings: NotesWarning[];
}

import type { RelationType } from '@notetutor/contracts';
import { foldKey } from '../text/fold-for-match';
import type { ConceptOrigin, KnowledgeBase } from '../types';
import { mostCentralConcepts } from './most-central-concepts';
import { mulberry32 } from './mulberry32';

/** Options of `reviewGraph`. */
export interface ReviewOptions {
  /** Seed of the sample (same seed, same graph: same sample). Default 1. */
  seed?: number;
  /** How many concepts to sample (default 40). */
  concepts?: number;
  /** How many typed relations to sample (default 30). */
  relations?: number;
  /** How many of the most central concepts to list (default 20). */
  central?: number;
}

/** One sampled concept, with what a reviewer needs to judge it. */
export interface ReviewedConcept {
  id: string;
  label: string;
  origin: ConceptOrigin;
  kind: string;
  mentions: number;
  aliases: string[];
  /** The sentence of its defining passage (or first evidence) that names it, else the passage's start. */
  context: string;
}

/** One sampled typed relation with the sentence that states it. */
export interface ReviewedRelation {
  key: string;
  source: string;
  type: RelationType;
  target: string;
  /** `sourceLabel label targetLabel`, as an answer would say it. */
  reads: string;
  confidence: number;
  /** The first passage id of its evidence and the sentence in it naming both ends (else the passage's start). */
  passage: string;
  sentence: string;
}

/** What `reviewGraph` measures and samples. */
export interface GraphReview {
  concepts: number;
  discovered: number;
  /** Discovered concepts / concepts. */
  discoveredShare: number;
  links: number;
  typed: number;
  /** Typed links / links (0 without links). */
  typedShare: number;
  /** An alias (folded) that names more than one concept, with those concepts' ids. */
  ambiguousAliases: Array<{ alias: string; concepts: string[] }>;
  central: Array<{ id: string; label: string }>;
  conceptSample: ReviewedConcept[];
  relationSample: ReviewedRelation[];
}

/**
 * A review sample of a knowledge base, so that a person can judge it quickly: counts, the share of discovered
 * concepts and of typed links, aliases naming two concepts, the most central concepts, a deterministic random
 * sample of concepts (with the sentence that best shows each) and of typed relations (with the sentence that
 * states each). Pure: the same graph and seed give the same review.
 *
 * @example
 * const review = reviewGraph(kb, { seed: 7 });
 * review.relationSample[0]; // { reads: 'cgroups limits CPU', sentence: 'Cgroups限制容器能使用的CPU…', … }
 */
export function reviewGraph(kb: KnowledgeBase, options: ReviewOptions = {}): GraphReview {
  const { graph } = kb;
  const random = mulberry32(options.seed ?? 1);
  const ids = graph.nodes().sort();
  let discovered = 0;
  const byAlias = new Map<string, Set<string>>();
  for (const id of ids) {
    const a = graph.getNodeAttributes(id);
    if (a.origin === 'discovered') discovered++;
    for (const alias of a.aliases) {
      const key = foldKey(alias);
      if (!key) continue;
      let owners = byAlias.get(key);
      if (!owners) {
        owners = new Set();
        byAlias.set(key, owners);
      }
      owners.add(id);
    }
  }
  const ambiguousAliases = [...byAlias]
    .filter(([, owners]) => owners.size > 1)
    .map(([alias, owners]) => ({ alias, concepts: [...owners].sort() }))
    .sort((x, y) => (x.alias < y.alias ? -1 : x.alias > y.alias ? 1 : 0));

  const edges = graph.edges().sort();
  const typedKeys = edges.filter((e) => graph.getEdgeAttribute(e, 'type') !== 'related-to');

  const conceptSample = sample(ids, options.concepts ?? 40, random).map((id): ReviewedConcept => {
    const a = graph.getNodeAttributes(id);
    const passageId = a.definition ?? a.evidence[0];
    return {
      id,
      label: a.label,
      origin: a.origin,
      kind: a.kind,
      mentions: a.mentions,
      aliases: a.aliases,
      context: passageId ? sentenceNaming(kb, passageId, [id]) : '',
    };
  });
  const relationSample = sample(typedKeys, options.relations ?? 30, random).map((key): ReviewedRelation => {
    const a = graph.getEdgeAttributes(key);
    const source = graph.source(key);
    const target = graph.target(key);
    const passage =
      a.evidence.find((p) => !kb.originalOf.has(p) && namesBoth(kb, p, source, target)) ??
      a.evidence.find((p) => namesBoth(kb, p, source, target)) ??
      a.evidence.find((p) => !kb.originalOf.has(p)) ??
      a.evidence[0] ??
      '';
    return {
      key,
      source,
      type: a.type,
      target,
      reads: `${graph.getNodeAttribute(source, 'label')} ${a.label} ${graph.getNodeAttribute(target, 'label')}`,
      confidence: a.confidence,
      passage,
      sentence: passage
        ? withLayout(kb, passage, source, target, sentenceNaming(kb, passage, [source, target]))
        : '',
    };
  });
  return {
    concepts: ids.length,
    discovered,
    discoveredShare: ids.length > 0 ? round(discovered / ids.length) : 0,
    links: edges.length,
    typed: typedKeys.length,
    typedShare: edges.length > 0 ? round(typedKeys.length / edges.length) : 0,
    ambiguousAliases,
    central: mostCentralConcepts(graph, options.central ?? 20).map((c) => ({ id: c.id, label: c.label })),
    conceptSample,
    relationSample,
  };
}

function namesBoth(kb: KnowledgeBase, passageId: string, a: string, b: string): boolean {
  const named = kb.passageConcepts.get(passageId) ?? [];
  return named.includes(a) && named.includes(b);
}

/** The shortest sentence of the passage naming all the concepts, else the one naming most, else its start. */
/**
 * A relation the layout states (a bullet under a heading or a lead-in about the other concept) is judged with
 * that layout: the lead-in bullet or the heading goes before the sentence (`网络模型 › host：…`).
 */
function withLayout(
  kb: KnowledgeBase,
  passageId: string,
  source: string,
  target: string,
  sentence: string,
): string {
  if (namesBoth(kb, passageId, source, target)) return sentence;
  const passage = kb.passages.get(passageId);
  if (!passage) return sentence;
  const parent = passage.parentId ? kb.passages.get(passage.parentId) : undefined;
  const named = (id: string) => kb.passageConcepts.get(id) ?? [];
  const other = named(passageId).includes(source) ? target : source;
  const context =
    parent && named(parent.id).includes(other)
      ? parent.text.replace(/\s+/g, ' ').trim().slice(0, 80)
      : headingNaming(kb, passage, other);
  if (!context) return sentence;
  const text = `${context} › ${sentence}`;
  return text.length > 240 ? `${text.slice(0, 239)}…` : text;
}

/** The nearest heading over a passage that names a concept (`抢占` over `用户态抢占`), else the nearest. */
function headingNaming(
  kb: KnowledgeBase,
  passage: { headingPath: string[]; lang: 'zh' | 'en' },
  id: string,
): string {
  for (let i = passage.headingPath.length - 1; i >= 0; i--) {
    const title = passage.headingPath[i] as string;
    if (kb.lookup.find(title, { lang: passage.lang }).some((m) => m.id === id)) return title;
  }
  return passage.headingPath[passage.headingPath.length - 1] ?? '';
}

function sentenceNaming(kb: KnowledgeBase, passageId: string, concepts: readonly string[]): string {
  const passage = kb.passages.get(passageId);
  if (!passage) return '';
  let best: { text: string; named: number } | undefined;
  for (const span of passage.sentences) {
    const text = passage.text.slice(span.start, span.end).trim();
    if (!text) continue;
    const found = new Set(kb.lookup.find(text, { lang: passage.lang }).map((m) => m.id));
    const named = concepts.filter((c) => found.has(c)).length;
    if (!best || named > best.named || (named === best.named && named > 0 && text.length < best.text.length))
      best = { text, named };
  }
  const text = best && best.named > 0 ? best.text : passage.text;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 240 ? `${flat.slice(0, 239)}…` : flat;
}

/** `n` items drawn without replacement, in draw order (all of them, shuffled, when there are fewer). */
function sample<T>(items: readonly T[], n: number, random: () => number): T[] {
  const pool = [...items];
  const count = Math.min(n, pool.length);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, count);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

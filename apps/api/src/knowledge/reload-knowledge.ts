import type { KnowledgeBase } from '@notetutor/graph';
import type { Logger } from '../logger';
import { createKnowledgeSnapshot } from './create-knowledge-snapshot';
import type { KnowledgeHolder } from './knowledge-holder';

/** What a reload did. */
export type ReloadOutcome =
  | { swapped: true; version: number; concepts: number; links: number }
  | { swapped: false; reason: string };

/** Options of {@link reloadKnowledge}. */
export interface ReloadKnowledgeOptions {
  holder: KnowledgeHolder;
  /** Reads the notes folder and builds a knowledge base from it. */
  build: () => Promise<KnowledgeBase>;
  /** Warms the tutor's index for a new knowledge base before it is served. */
  prepare?: (kb: KnowledgeBase) => void;
  logger: Logger;
  now?: () => Date;
  /** The vocabulary file: a warning about it (broken YAML, unreadable) keeps the last good graph. */
  vocabularyFile?: string | undefined;
}

/**
 * Rebuilds the knowledge base and swaps it in whole, or keeps the last good one and says why: when the
 * build throws, when no notes file is usable, or when a file the served graph was built from can no longer
 * be read (a broken edit: binary content, bad encoding, emptied) — its concepts would silently vanish
 * otherwise — or when a warning says the build lost part of what is served (a broken vocabulary, a served
 * file left out). Files that were never usable do not block a swap. The tutor's index is warmed before the swap
 * so the first question on the new graph is as fast as the rest.
 *
 * @example
 * const outcome = await reloadKnowledge({ holder, build: () => loadKnowledgeBase(dir), prepare: prepareIndex, logger });
 */
export async function reloadKnowledge(options: ReloadKnowledgeOptions): Promise<ReloadOutcome> {
  const { holder, logger } = options;
  const now = options.now ?? (() => new Date());
  const started = performance.now();
  const previous = holder.current;

  const keep = (reason: string, files: Array<{ file: string; reason: string }> = []): ReloadOutcome => {
    holder.markStale({ reason, files, since: now().toISOString() });
    logger.warn('notes changed, but the last good graph is kept', {
      reason,
      files,
      version: previous.version,
    });
    return { swapped: false, reason };
  };

  let kb: KnowledgeBase;
  try {
    kb = await options.build();
  } catch (error) {
    return keep(`building the graph failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (kb.documents.length === 0) {
    return keep('no usable notes file is left in the notes folder', kb.skipped);
  }
  // A warning that changes what is served (a broken vocabulary loses the concepts it names; a file left out
  // loses its passages) is a broken edit too.
  const vocabulary = options.vocabularyFile
    ? kb.warnings.find((warning) => warning.file === options.vocabularyFile)
    : undefined;
  if (vocabulary) {
    return keep(`the vocabulary ${vocabulary.file} cannot be used: ${vocabulary.message}`, [
      { file: vocabulary.file, reason: vocabulary.message },
    ]);
  }
  const served = new Set(kb.documents.map((document) => document.file));
  const leftOut = kb.warnings.filter(
    (warning) => previous.files.includes(warning.file) && !served.has(warning.file),
  );
  if (leftOut.length > 0) {
    return keep(
      `${leftOut.map((w) => w.file).join(', ')} would be left out (${leftOut.map((w) => w.message).join('; ')})`,
      leftOut.map((w) => ({ file: w.file, reason: w.message })),
    );
  }
  const broken = kb.skipped.filter((skipped) => previous.files.includes(skipped.file));
  if (broken.length > 0) {
    return keep(
      `${broken.map((b) => b.file).join(', ')} can no longer be read (${broken.map((b) => b.reason).join('; ')})`,
      broken,
    );
  }

  options.prepare?.(kb);
  const next = createKnowledgeSnapshot(kb, { version: previous.version + 1, builtAt: now().toISOString() });
  holder.swap(next);
  logger.info('notes reloaded', {
    version: next.version,
    concepts: next.counts.concepts,
    links: next.counts.links,
    passages: next.counts.passages,
    skipped: next.skipped.length,
    ms: Math.round(performance.now() - started),
  });
  return { swapped: true, version: next.version, concepts: next.counts.concepts, links: next.counts.links };
}

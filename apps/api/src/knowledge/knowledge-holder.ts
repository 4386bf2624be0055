import type { ServedKnowledge } from './create-knowledge-snapshot';
import type { SkippedNotesFile } from './knowledge-snapshot';

/** Why the graph being served is older than the notes on disk. */
export interface StaleNotice {
  reason: string;
  /** Files whose latest version could not be used. */
  files: SkippedNotesFile[];
  since: string;
}

/**
 * Holds the knowledge currently served. Readers take `current` once per request and use that one snapshot
 * throughout, so a swap in the middle of a request never mixes two graphs.
 */
export interface KnowledgeHolder {
  readonly current: ServedKnowledge;
  /** Set while a broken edit keeps the last good graph in service; cleared by the next good build. */
  readonly stale: StaleNotice | undefined;
  swap(next: ServedKnowledge): void;
  markStale(notice: StaleNotice): void;
}

/**
 * @example
 * const holder = createKnowledgeHolder(snapshot);
 * const tutor = createTutor({ knowledgeBase: () => holder.current.kb });
 */
export function createKnowledgeHolder(initial: ServedKnowledge): KnowledgeHolder {
  let current = initial;
  let stale: StaleNotice | undefined;
  return {
    get current() {
      return current;
    },
    get stale() {
      return stale;
    },
    swap(next) {
      current = next;
      stale = undefined;
    },
    markStale(notice) {
      stale = notice;
    },
  };
}

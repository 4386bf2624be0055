import type {
  AskedGap,
  ClearedGaps,
  DueCards,
  GapSettings,
  ReviewRequest,
  ReviewResult,
  StudyCardList,
  StudyExport,
  StudyImportResult,
  StudyProgress,
} from '@notetutor/contracts';
import type { CardStateRecord, LearnerRecord, StudyStore } from '@notetutor/db';
import {
  buildDueQueue,
  conceptMastery,
  type Deck,
  isEmptyReconciliation,
  planReconciliation,
  scheduleReview,
} from '@notetutor/study';
import { ApiError } from '../api-error';
import type { KnowledgeHolder } from '../knowledge/knowledge-holder';
import { type LastQuizResult, lastQuizResults } from '../quiz/last-quiz-results';
import { toAnkiTsv } from './anki-tsv';
import { deckOf } from './deck-of';
import { hashLearnerToken, newLearnerId, newLearnerToken } from './learner-token';
import { renderStudyCard, toCardSchedule } from './render-study-card';
import type { StoreHolder } from './store-holder';

type Lang = 'zh' | 'en';
const DAY_MS = 86_400_000;
const MAX_CACHED_LEARNERS = 10_000;

const lastQuizOf = (result: LastQuizResult | undefined) =>
  result ? { correct: result.correct, total: result.total, at: new Date(result.at).toISOString() } : null;

/** Options of {@link createStudyService}. */
export interface StudyServiceOptions {
  store: StoreHolder;
  knowledge: KnowledgeHolder;
  /** New cards a learner is shown per day. Default 20. */
  newPerDay?: number;
  /** Wall clock, ms. */
  now?: () => number;
}

/** Everything the study routes do, over the store and the knowledge currently served. */
export type StudyService = ReturnType<typeof createStudyService>;

/**
 * The study service: learners and their tokens, the deck of the notes being served (built once per
 * knowledge base), and each learner's states reconciled lazily with it — the first study request after the
 * notes changed retires, revives and marks changed that learner's cards, in one transaction.
 *
 * @example
 * const study = createStudyService({ store, knowledge: holder });
 * const { token } = await study.createLearner();
 */
export function createStudyService(options: StudyServiceOptions) {
  const now = options.now ?? Date.now;
  const newPerDay = options.newPerDay ?? 20;
  const use = options.store.use.bind(options.store);
  const learners = new Map<string, LearnerRecord>();

  /** The learner's states, reconciled with the deck served now. */
  async function statesOf(store: StudyStore, learner: LearnerRecord, deck: Deck): Promise<CardStateRecord[]> {
    const states = await store.listCardStates(learner.id);
    if (learner.deckFingerprint === deck.fingerprint) return states;
    const plan = planReconciliation(states, deck);
    await store.reconcileCards(learner.id, plan, deck.fingerprint, now());
    learner.deckFingerprint = deck.fingerprint;
    return isEmptyReconciliation(plan) ? states : store.listCardStates(learner.id);
  }

  return {
    /** Builds the deck of the knowledge served now (call after a swap to keep the first request fast). */
    warm: () => deckOf(options.knowledge.current.kb).cards.length,

    createLearner: () =>
      use(async (store) => {
        const token = newLearnerToken();
        const learner = await store.createLearner({
          id: newLearnerId(),
          tokenHash: hashLearnerToken(token),
          now: now(),
        });
        return { learnerId: learner.id, token };
      }),

    /**
     * The learner a token names. Learners are never deleted, so a found one is kept in memory (bounded):
     * a review then costs no look-up. Its deck fingerprint may lag behind another instance's; reconciling
     * again is harmless.
     */
    authenticate: async (token: string) => {
      const hash = hashLearnerToken(token);
      const known = learners.get(hash);
      if (known) return known;
      const found = await use((store) => store.findLearnerByTokenHash(hash));
      if (found) {
        if (learners.size >= MAX_CACHED_LEARNERS) learners.clear();
        learners.set(hash, found);
      }
      return found;
    },

    due: (
      learner: LearnerRecord,
      query: { limit: number; lang?: Lang; concept?: string },
    ): Promise<DueCards> =>
      use(async (store) => {
        const kb = options.knowledge.current.kb;
        const deck = deckOf(kb);
        const at = now();
        const states = await statesOf(store, learner, deck);
        const byId = new Map(states.map((s) => [s.cardId, s]));
        let queue: Array<{ card: Deck['cards'][number]; state: CardStateRecord | undefined }>;
        let dueToday: number;
        let nextDue: number | null;
        if (query.concept) {
          // "Review these cards": the concept's cards due now and its new ones, whatever the day's allowance.
          const cards = deck.byConcept.get(query.concept) ?? [];
          const entries = cards.map((card) => ({ card, state: byId.get(card.id) }));
          queue = [
            ...entries
              .filter((e) => e.state && !e.state.retired && e.state.due <= at)
              .sort((a, b) => (a.state?.due ?? 0) - (b.state?.due ?? 0)),
            ...entries.filter((e) => !e.state),
          ];
          const later = entries.filter((e) => e.state && e.state.due > at).map((e) => e.state?.due ?? 0);
          dueToday = queue.length + later.filter((d) => d <= at + DAY_MS).length;
          nextDue = later.length ? later.reduce((a, b) => Math.min(a, b)) : null;
        } else {
          const newSeenToday = await store.countNewCardsSince(learner.id, at - DAY_MS);
          const built = buildDueQueue(deck, states, at, { newPerDay, newSeenToday });
          queue = built.due.map((d) => ({ card: d.card, state: d.state ? byId.get(d.card.id) : undefined }));
          dueToday = built.dueToday;
          nextDue = built.nextDue;
        }
        return {
          cards: queue.slice(0, query.limit).map((e) => renderStudyCard(kb, e.card, e.state, query.lang, at)),
          dueNow: queue.length,
          dueToday,
          nextDue: nextDue === null ? null : new Date(nextDue).toISOString(),
        };
      }),

    cards: (learner: LearnerRecord, lang?: Lang): Promise<StudyCardList> =>
      use(async (store) => {
        const kb = options.knowledge.current.kb;
        const deck = deckOf(kb);
        const at = now();
        const states = await statesOf(store, learner, deck);
        const byId = new Map(states.map((s) => [s.cardId, s]));
        return {
          cards: deck.cards.map((card) => renderStudyCard(kb, card, byId.get(card.id), lang, at)),
          retired: states.filter((s) => s.retired).length,
        };
      }),

    review: (learner: LearnerRecord, request: ReviewRequest): Promise<ReviewResult> =>
      use(async (store) => {
        const deck = deckOf(options.knowledge.current.kb);
        const card = deck.byId.get(request.cardId);
        // Card ids are the same for every learner; unknown ones (or retired ones) are simply not found.
        if (!card) throw new ApiError('not_found', `no card "${request.cardId}"`);
        if (learner.deckFingerprint !== deck.fingerprint) await statesOf(store, learner, deck);
        const at = now();
        const rating = request.rating as 1 | 2 | 3 | 4;
        const result = await store.recordReview({
          learnerId: learner.id,
          reviewId: request.reviewId,
          card: {
            cardId: card.id,
            conceptId: card.conceptIds[0] ?? '',
            kind: card.kind,
            contentHash: card.contentHash,
          },
          ...(request.cardVersion === undefined ? {} : { expectedVersion: request.cardVersion }),
          now: at,
          schedule: (previous) => scheduleReview(previous, rating, at),
        });
        if (result.status === 'conflict') {
          throw new ApiError(
            'conflict',
            `card "${card.id}" was reviewed elsewhere since version ${request.cardVersion ?? 0} (now ${result.card?.version ?? 0}); reload it`,
          );
        }
        if (result.status === 'replayed' && result.review.cardId !== card.id) {
          throw new ApiError('conflict', `reviewId "${request.reviewId}" was already used for another card`);
        }
        return {
          cardId: card.id,
          applied: result.status === 'applied',
          schedule: toCardSchedule(result.card, at),
        };
      }),

    progress: (learner: LearnerRecord, concept?: string): Promise<StudyProgress> =>
      use(async (store) => {
        const kb = options.knowledge.current.kb;
        const deck = deckOf(kb);
        const at = now();
        const states = (await statesOf(store, learner, deck)).filter((s) => !s.retired);
        const log = await store.listReviews(learner.id);
        const reviews = log.length;
        const quizzes = lastQuizResults(deck, log);
        const all = conceptMastery(deck, states, at);
        const shown = concept ? all.filter((m) => m.conceptId === concept) : all;
        const inDeck = new Set(deck.cards.map((c) => c.id));
        return {
          concepts: shown.map((m) => ({
            concept: {
              id: m.conceptId,
              label: kb.graph.hasNode(m.conceptId)
                ? kb.graph.getNodeAttribute(m.conceptId, 'label')
                : m.conceptId,
            },
            mastery: m.mastery,
            cards: m.cards,
            reviewed: m.reviewed,
            due: m.due,
            lastReview: m.lastReview === null ? null : new Date(m.lastReview).toISOString(),
            lastQuiz: lastQuizOf(quizzes.get(m.conceptId)),
          })),
          totals: {
            cards: deck.cards.length,
            reviewed: states.filter((s) => inDeck.has(s.cardId) && s.reps > 0).length,
            dueNow: states.filter((s) => inDeck.has(s.cardId) && s.due <= at).length,
            reviews,
          },
        };
      }),

    exportJson: (learner: LearnerRecord): Promise<StudyExport> =>
      use(async (store) => ({
        format: 'notetutor-study' as const,
        version: 1 as const,
        exportedAt: new Date(now()).toISOString(),
        cards: (await store.listCardStates(learner.id)).map((s) => ({ ...s, kind: s.kind as 'definition' })),
        reviews: await store.listReviews(learner.id),
      })),

    exportAnki: (learner: LearnerRecord, lang?: Lang): Promise<string> =>
      use(async (store) => {
        const kb = options.knowledge.current.kb;
        const deck = deckOf(kb);
        const states = await statesOf(store, learner, deck);
        const byId = new Map(states.map((s) => [s.cardId, s]));
        return toAnkiTsv(deck.cards.map((card) => renderStudyCard(kb, card, byId.get(card.id), lang, now())));
      }),

    /** The learner's questions that the tutor declined or answered only partly, and whether they are kept. */
    askedGaps: (learner: LearnerRecord): Promise<{ recording: boolean; questions: AskedGap[] }> =>
      use(async (store) => ({
        recording: await store.gapRecording(learner.id),
        questions: (await store.listAskedGaps(learner.id)).map((g) => ({
          question: g.question,
          kind: g.kind,
          missing: g.missing,
          times: g.times,
          firstAsked: new Date(g.firstAsked).toISOString(),
          lastAsked: new Date(g.lastAsked).toISOString(),
        })),
      })),

    /** Keeps a declined or partly answered question, unless the learner turned recording off. */
    recordAskedGap: (
      learner: LearnerRecord,
      gap: { question: string; kind: AskedGap['kind']; missing: string[] },
    ): Promise<boolean> =>
      use((store) => store.recordAskedGap({ learnerId: learner.id, ...gap, now: now() })),

    clearAskedGaps: (learner: LearnerRecord): Promise<ClearedGaps> =>
      use(async (store) => ({ cleared: await store.clearAskedGaps(learner.id) })),

    setGapRecording: (learner: LearnerRecord, settings: GapSettings): Promise<GapSettings> =>
      use(async (store) => {
        await store.setGapRecording(learner.id, settings.recording);
        return { recording: settings.recording };
      }),

    importJson: (learner: LearnerRecord, dump: StudyExport): Promise<StudyImportResult> =>
      use(async (store) => {
        const result = await store.importState(learner.id, { cards: dump.cards, reviews: dump.reviews });
        learner.deckFingerprint = null;
        return result;
      }),
  };
}

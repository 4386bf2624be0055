import type { CardSchedule, Citation, StudyCard } from '@notetutor/contracts';
import type { CardStateRecord } from '@notetutor/db';
import type { KnowledgeBase } from '@notetutor/graph';
import { type DeckCard, retrievability, STATE_NAMES } from '@notetutor/study';
import { citationForPassage } from '@notetutor/tutor';

/** The schedule a learner has for a card, for the wire; a card never reviewed is new and due now. */
export function toCardSchedule(state: CardStateRecord | undefined, now: number): CardSchedule {
  if (!state) {
    return {
      state: 'new',
      due: new Date(now).toISOString(),
      lastReview: null,
      reps: 0,
      lapses: 0,
      retrievability: 0,
      version: 0,
      changed: false,
    };
  }
  return {
    state: STATE_NAMES[state.state] ?? 'review',
    due: new Date(state.due).toISOString(),
    lastReview: state.lastReview === null ? null : new Date(state.lastReview).toISOString(),
    reps: state.reps,
    lapses: state.lapses,
    retrievability: retrievability(state, now),
    version: state.version,
    changed: state.changed,
  };
}

/**
 * A deck card as one learner sees it, in `lang` when the notes have that face (else the other one), with
 * its cited passages (the original beside a translation, as in chat) and the learner's schedule.
 */
export function renderStudyCard(
  kb: KnowledgeBase,
  card: DeckCard,
  state: CardStateRecord | undefined,
  lang: 'zh' | 'en' | undefined,
  now: number,
): StudyCard {
  const shown = (lang && card.faces[lang] ? lang : card.faces.zh ? 'zh' : 'en') as 'zh' | 'en';
  const face = card.faces[shown] ?? card.faces.zh ?? card.faces.en;
  const citations = (face?.passageIds ?? [])
    .map((id) => citationForPassage(kb, id))
    .filter((c): c is Citation => c !== undefined);
  return {
    id: card.id,
    kind: card.kind,
    concepts: card.conceptIds
      .filter((id) => kb.graph.hasNode(id))
      .map((id) => {
        const node = kb.graph.getNodeAttributes(id);
        return { id, label: (shown === 'zh' ? node.labelZh : node.labelEn) || node.label };
      }),
    lang: shown,
    front: face?.front ?? '',
    answer: face?.answer ?? '',
    back: face?.back ?? '',
    citations,
    schedule: toCardSchedule(state, now),
  };
}

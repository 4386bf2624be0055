import type { ConceptKind } from '@notetutor/contracts';
import type { Passage } from '@notetutor/notes';
import { StringTrie } from '../text/string-trie';
import type { MentionList } from './mention-list';

/** A bullet's lead label: `host：…`, `bridge: …` (a short name, then a colon). */
const LEAD_LABEL = /^\s*([^：:，,。；;!?！？\n]{1,30}?)\s*[：:]/;
const CJK = /[\u3400-\u9fff]/;

/** Where the mentions of a passage are kept, by passage. */
export interface MentionStore {
  get(passage: Passage): MentionList;
  set(passage: Passage, mentions: MentionList): void;
}

interface LabelledBullet {
  passage: Passage;
  label: string;
  start: number;
  end: number;
  candidates: readonly string[];
}

/**
 * Resolves the lead labels of a section's bullets that name one of several concepts (`host` is the host
 * machine in English but host mode in Chinese notes; `none` names a mode only in Chinese) when the section
 * enumerates them: a sentence of another passage of the section names the label together with the labels of
 * sibling bullets (`three modes: bridge, host and none`). The label then names the one candidate whose kind
 * a sibling's candidates share (host mode, like none mode, is a network mode; the host machine is no sibling's
 * kind), in the bullet and in the enumerating sentence. Nothing changes when no candidate, or more than one,
 * fits.
 *
 * @example
 * // English section: `…there are three, bridge, host and none…` then `host: shares the host's network…`
 * resolveEnumeratedLabels(sections, store, (label) => lookup.candidates(label), kindOf);
 * // the `host` label (and the `host` of the enumeration) now name host-mode; `none` names none-mode
 */
export function resolveEnumeratedLabels(
  sections: ReadonlyArray<{ passages: readonly Passage[] }>,
  store: MentionStore,
  candidatesOf: (label: string) => readonly string[],
  kindOf: (id: string) => ConceptKind | undefined,
): void {
  for (const { passages } of sections) {
    const bullets = labelledBullets(passages, candidatesOf);
    if (bullets.length < 2) continue;
    const sentences = passages
      .filter((passage) => passage.kind !== 'code')
      .flatMap((passage) =>
        sentencesOf(passage).map(({ start, end }) => ({
          passage,
          start,
          end,
          lower: passage.text.slice(start, end).toLowerCase(),
        })),
      );
    // One scan of the section finds every label in every sentence: testing each bullet's label against
    // each sentence made a long section quadratic.
    const labelIndex = new Map<string, number>();
    const bulletsWith: number[] = [];
    const kindsOf: Array<Array<ConceptKind | undefined>> = [];
    for (const b of bullets) {
      const known = labelIndex.get(b.label);
      if (known !== undefined) {
        bulletsWith[known] = (bulletsWith[known] as number) + 1;
        continue;
      }
      labelIndex.set(b.label, kindsOf.length);
      bulletsWith.push(1);
      kindsOf.push(b.candidates.map(kindOf));
    }
    const labels = [...labelIndex.keys()];
    const found = findLabels(
      sentences.map((sentence) => sentence.lower),
      labels,
    );
    for (const bullet of bullets) {
      const own = labelIndex.get(bullet.label) as number;
      // Other bullets with the same label are siblings too.
      const sameLabelSiblings = (bulletsWith[own] as number) > 1;
      const enumerations: Array<{ passage: Passage; start: number; end: number; at: number }> = [];
      const siblingKinds = new Set<ConceptKind | undefined>();
      for (const si of found.sentencesWith[own] as number[]) {
        const sentence = sentences[si] as (typeof sentences)[number];
        if (sentence.passage === bullet.passage) continue;
        const present = found.labelsIn[si] as Map<number, number>;
        let hasSiblings = sameLabelSiblings;
        for (const other of present.keys()) {
          if (other === own && !sameLabelSiblings) continue;
          hasSiblings = true;
          for (const kind of kindsOf[other] as Array<ConceptKind | undefined>) siblingKinds.add(kind);
        }
        if (hasSiblings) {
          const { passage, start, end } = sentence;
          enumerations.push({ passage, start, end, at: present.get(own) as number });
        }
      }
      const fits = bullet.candidates.filter((id) => siblingKinds.has(kindOf(id)));
      const [chosen] = fits;
      if (fits.length !== 1 || !chosen) continue;
      setMention(store, bullet.passage, bullet.start, bullet.end, chosen);
      for (const { passage, start, end, at } of enumerations) {
        // The label as it stands inside the enumerating sentence (which lists it with its siblings).
        if (passage.text.slice(start, end).toLowerCase().length !== end - start) continue; // `İ` moved the offsets
        setMention(store, passage, start + at, start + at + bullet.label.length, chosen);
      }
    }
  }
}

/**
 * Where each label stands, as a word of its own, in each sentence (lower-cased): per sentence, label index →
 * the first position; per label, the sentences that hold it, in order. One trie scan over all sentences.
 */
function findLabels(
  sentences: readonly string[],
  labels: readonly string[],
): { labelsIn: Array<Map<number, number>>; sentencesWith: number[][] } {
  const trie = new StringTrie<number>();
  const words = labels.map((label) => label.toLowerCase());
  words.forEach((word, i) => {
    trie.add(word, i);
  });
  const latin = words.map((word) => !CJK.test(word));
  const labelsIn: Array<Map<number, number>> = [];
  const sentencesWith: number[][] = labels.map(() => []);
  const hits: { values: Array<readonly number[]>; ends: number[] } = { values: [], ends: [] };
  sentences.forEach((lower, si) => {
    const present = new Map<number, number>();
    for (let at = 0; at < lower.length; at++) {
      if (!trie.startsAt(lower, at)) continue;
      const count = trie.keysAt(lower, at, hits);
      for (let h = 0; h < count; h++) {
        const end = hits.ends[h] as number;
        for (const i of hits.values[h] as readonly number[]) {
          if (present.has(i)) continue;
          if (latin[i] && (isWordChar(lower.charCodeAt(at - 1)) || isWordChar(lower.charCodeAt(end))))
            continue;
          present.set(i, at);
          (sentencesWith[i] as number[]).push(si);
        }
      }
    }
    labelsIn.push(present);
  });
  return { labelsIn, sentencesWith };
}

function labelledBullets(
  passages: readonly Passage[],
  candidatesOf: (label: string) => readonly string[],
): LabelledBullet[] {
  const bullets: LabelledBullet[] = [];
  for (const passage of passages) {
    if (passage.kind !== 'bullet' || !hasEarlyColon(passage.text)) continue;
    const match = LEAD_LABEL.exec(passage.text);
    const label = match?.[1]?.trim();
    if (!match || !label) continue;
    const candidates = candidatesOf(label);
    if (candidates.length === 0) continue;
    const start = passage.text.indexOf(label);
    bullets.push({ passage, label, start, end: start + label.length, candidates });
  }
  return bullets;
}

/** A colon within the first 40 characters (a cheap test before the label pattern). */
function hasEarlyColon(text: string): boolean {
  const end = Math.min(text.length, 40);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a) return true;
  }
  return false;
}

function sentencesOf(passage: Passage): ReadonlyArray<{ start: number; end: number }> {
  return passage.sentences.length > 0 ? passage.sentences : [{ start: 0, end: passage.text.length }];
}

function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f;
}

/** Makes [start, end) of a passage a mention of `id`: in place of a mention of that span, or beside the others. */
function setMention(store: MentionStore, passage: Passage, start: number, end: number, id: string): void {
  const list = store.get(passage);
  let insertAt = list.ids.length;
  for (let i = 0; i < list.ids.length; i++) {
    const s = list.spans[2 * i] as number;
    const e = list.spans[2 * i + 1] as number;
    if (s === start && e === end) {
      if (list.ids[i] === id) return;
      const ids = [...list.ids];
      ids[i] = id;
      store.set(passage, { ids, spans: list.spans });
      return;
    }
    if (s < end && start < e) return; // another name covers part of it: leave it
    if (s >= end && insertAt === list.ids.length) insertAt = i;
  }
  const ids = [...list.ids];
  const spans = [...list.spans];
  ids.splice(insertAt, 0, id);
  spans.splice(2 * insertAt, 0, start, end);
  store.set(passage, { ids, spans });
}

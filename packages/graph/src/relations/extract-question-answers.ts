import { MENTION_BASE } from '../vocabulary/compile-cue-patterns';
import type { PassageAnalysis } from './analyse-passage';
import type { CandidateSink } from './extract-cue-relations';
import type { SentenceSkeleton } from './sentence-skeleton';

/**
 * A how-question in the notes: `用户空间如何隔离？` / `How is user space isolated?` asks how a process
 * (isolation) comes about; `Docker镜像如何实现？` / `How are images implemented?` asks what implements a thing.
 */
export interface HowQuestion {
  asks: 'process' | 'implementation';
  /** The process asked about, or the thing whose implementation is asked about. */
  conceptId: string;
  /** Every concept the question names (never taken as its own answer). */
  named: Set<string>;
}

const HOW_ZH = /如何|怎么样|怎么|怎样/;
const HOW_EN =
  /^\s*(?:[0-9]+[.)]\s*|[ivxlc]+\.\s*)?how\s+(?:is|are|does|do|can|could|should|would|did|was|were|will)\s+(.*?)\s*\?/;
const IMPLEMENT_ZH = /^(?:实现|实现的|构成|组成|构建|搭建|做到)$/;
const IMPLEMENT_EN = /(?:^|\s)(?:implemented|built|made|constructed|realised|realized)$/;
const MENTION_RE = /[\uE000-\uF8FF]/g;
const ONE_MENTION = /^[\uE000-\uF8FF]$/;

/**
 * Reads a sentence skeleton as a how-question, or returns undefined when it is not one.
 *
 * @example
 * readHowQuestion(skeletonOf('用户空间如何隔离？'), idOf); // { asks: 'process', conceptId: 'isolation', … }
 */
export function readHowQuestion(
  sentence: SentenceSkeleton,
  idOf: (k: number) => string | undefined,
): HowQuestion | undefined {
  const skeleton = sentence.skeleton.trim();
  const mark = skeleton.lastIndexOf('?');
  if (mark < 0 || skeleton.slice(mark + 1).trim() !== '') return undefined;
  const named = new Set<string>();
  for (const k of sentence.members.keys()) {
    const id = idOf(k);
    if (id) named.add(id);
  }
  const ordinal = (ch: string) => ch.charCodeAt(0) - MENTION_BASE;
  const zh = HOW_ZH.exec(skeleton);
  if (zh) {
    const tail = skeleton
      .slice(zh.index + zh[0].length, mark)
      .replace(/^(?:进行|去|来|才能|才可以)/, '')
      .replace(/[的呢了吗啊呀]+$/, '')
      .trim();
    if (ONE_MENTION.test(tail)) {
      const id = idOf(ordinal(tail));
      return id ? { asks: 'process', conceptId: id, named } : undefined;
    }
    if (IMPLEMENT_ZH.test(tail)) {
      const before = skeleton.slice(0, zh.index).match(MENTION_RE);
      const last = before?.[before.length - 1];
      const id = last ? idOf(ordinal(last)) : undefined;
      return id ? { asks: 'implementation', conceptId: id, named } : undefined;
    }
    return undefined;
  }
  const en = HOW_EN.exec(skeleton.slice(0, mark + 1));
  if (!en) return undefined;
  const rest = (en[1] ?? '').trim();
  const mentions = [...rest.matchAll(MENTION_RE)];
  const last = mentions[mentions.length - 1];
  if (last && last.index === rest.length - 1) {
    // `user spaces isolated`, `data persisted`: a short subject, then the process asked about.
    const previous = mentions[mentions.length - 2];
    const between = rest.slice(previous ? (previous.index ?? 0) + 1 : 0, last.index).trim();
    const words = between.split(/\s+/).filter((w) => w !== '' && !/^(?:the|a|an)$/.test(w));
    if (words.length <= (previous ? 1 : 2)) {
      const id = idOf(ordinal(last[0]));
      return id ? { asks: 'process', conceptId: id, named } : undefined;
    }
  }
  if (IMPLEMENT_EN.test(rest) && last) {
    const id = idOf(ordinal(last[0]));
    return id ? { asks: 'implementation', conceptId: id, named } : undefined;
  }
  return undefined;
}

/**
 * The concept that answers a how-question in a stretch of a passage: the first emphasised concept there,
 * else the rarest one in the notes (the most specific), the earliest on a tie.
 *
 * @example
 * pickAnswerConcept(analysis, [1], new Set(['isolation', 'user-space']), df); // 'namespaces' (bold in the answer)
 */
export function pickAnswerConcept(
  analysis: PassageAnalysis,
  sentences: readonly number[],
  exclude: ReadonlySet<string>,
  documentFrequency: (id: string) => number,
): string | undefined {
  let best: { id: string; df: number } | undefined;
  for (const si of sentences) {
    const sentence = analysis.sentences[si];
    if (!sentence) continue;
    for (const index of sentence.members) {
      const mention = analysis.mentions[index];
      if (!mention || exclude.has(mention.id)) continue;
      if (mention.emphasised) return mention.id;
      const df = documentFrequency(mention.id);
      if (!best || df < best.df) best = { id: mention.id, df };
    }
  }
  return best?.id;
}

/**
 * A how-question inside a passage and the sentences after it that answer it: the answer's key concept
 * provides the process asked about (`用户空间如何隔离？…统称为**Namespaces**` → namespaces provides isolation),
 * or implements the thing asked about.
 *
 * @example
 * // `用户空间如何隔离？…统称为**Namespaces**` → { source: 'namespaces', type: 'provides', target: 'isolation' }
 * extractQuestionAnswers(analysis, df, sink);
 */
export function extractQuestionAnswers(
  analysis: PassageAnalysis,
  documentFrequency: (id: string) => number,
  sink: CandidateSink,
): void {
  const { sentences } = analysis;
  sentences.forEach((sentence, si) => {
    const question = readHowQuestion(sentence, (k) => analysis.mentions[sentence.members[k] as number]?.id);
    if (!question) return;
    const answer: number[] = [];
    for (let next = si + 1; next < sentences.length; next++) {
      const candidate = sentences[next] as SentenceSkeleton;
      if (candidate.skeleton.trim().endsWith('?')) break;
      answer.push(next);
    }
    const key = pickAnswerConcept(analysis, answer, question.named, documentFrequency);
    if (!key) return;
    pushAnswer(question, key, sink);
  });
}

/**
 * Emits the relation between a how-question and the concept that answers it.
 *
 * @example
 * pushAnswer({ asks: 'process', conceptId: 'isolation', named }, 'namespaces', sink); // namespaces provides isolation
 */
export function pushAnswer(question: HowQuestion, answerId: string, sink: CandidateSink): void {
  const [source, target, type] =
    question.asks === 'process'
      ? [answerId, question.conceptId, 'provides' as const]
      : [question.conceptId, answerId, 'implemented-by' as const];
  sink.out.push({
    source,
    target,
    type,
    labelZh: '',
    labelEn: '',
    evidence: sink.evidence,
    strength: sink.strength,
    via: 'question',
  });
}

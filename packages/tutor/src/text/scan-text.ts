import { normalizeForSearch } from './normalize-for-search';
import { stemEnglish } from './stem-english';
import { CHINESE_STOP_WORDS, ENGLISH_STOP_WORDS } from './stop-words';

const HAN = /\p{Script=Han}/u;
const ALL_HAN = /^\p{Script=Han}+$/u;
/** Latin words and numbers, keeping dotted versions such as `3.10` whole. */
const LATIN_WORD = /[\p{L}\p{N}]+(?:\.\p{N}+)*/gu;
const HAN_OR_OTHER = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
/**
 * A short name whose symbols are part of it (`LL(1)`, `LR(0)`, `C++`, `C#`): kept whole as a term of its own,
 * since its letters alone are a stop word (`ll`) or too short to be one.
 */
const SYMBOLIC_NAME =
  /(?<![\p{Script=Latn}\p{N}])\p{Script=Latn}{1,4}(?:\(\p{N}{1,2}\)|\+\+|#)(?![\p{Script=Latn}\p{N}+#])/gu;

// One segmenter for the process: constructing one costs far more than segmenting a question.
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** What {@link scanText} reports, in text order. */
export interface TextVisitor {
  /** A Latin word or number that is not a stop word, folded and stemmed. */
  latin(stem: string): void;
  /**
   * A run of Han characters between stop words and punctuation, as the segmenter's words (`['镜', '像',
   * '分层']`); the run is their concatenation.
   */
  hanRun(words: readonly string[]): void;
}

/** The words `Intl.Segmenter` cuts a run of Chinese into (`银行家算法` → `银行`, `家`, `算法`), with the process's one segmenter. */
export function segmentWords(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** The "X不" of an A-not-A question (`好不好`, `支不支持`, `是不是`), before the X it repeats. */
const A_NOT_A = /(\p{Script=Han})[不没](?=\1)/gu;

/**
 * The one pass over text that both {@link tokenize} and {@link tokenizeWords} build on: folds the text
 * (NFKC, lower case), segments it with `Intl.Segmenter`, drops stop words in both languages and reports
 * Latin words (stemmed) and runs of Chinese words.
 */
export function scanText(text: string, visitor: TextVisitor): void {
  if (text.length > RECENT_TEXT_CHARS) {
    scanFresh(text, visitor);
    return;
  }
  let events = recentScans.get(text);
  if (events === undefined) {
    const recorded: ScanEvent[] = [];
    scanFresh(text, { latin: (stem) => recorded.push(stem), hanRun: (words) => recorded.push(words) });
    events = recorded;
    if (recentScans.size >= RECENT_TEXTS) recentScans.delete(recentScans.keys().next().value as string);
  } else recentScans.delete(text);
  // Most recently used last: the first key is the one to forget.
  recentScans.set(text, events);
  for (const event of events) {
    if (typeof event === 'string') visitor.latin(event);
    else visitor.hanRun(event);
  }
}

/** What {@link scanFresh} reported on a text: a Latin stem, or a run of Chinese words. */
type ScanEvent = string | readonly string[];

/**
 * The scans of the texts seen last. A question is scanned by every stage that reads it (its terms, its words,
 * its clauses, the coverage decision), and the concepts' labels with it: segmenting Chinese is the costliest part
 * of a scan, and the same short texts come back within one answer. Texts longer than a question are scanned afresh
 * (passages are scanned once, when the index is built).
 */
const recentScans = new Map<string, ScanEvent[]>();
const RECENT_TEXTS = 256;
const RECENT_TEXT_CHARS = 600;

function scanFresh(text: string, visitor: TextVisitor): void {
  // "X不X" / "X没X" asks yes or no of X: `好不好` is `好`, `支不支持` is `支持`, `有没有` is `有`.
  const normalized = normalizeForSearch(text).replace(A_NOT_A, '');
  if (!HAN.test(normalized)) {
    visitLatin(normalized, visitor);
    return;
  }
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) visitor.hanRun(run);
    run = [];
  };
  const names = symbolicNames(normalized);
  for (const { segment, index, isWordLike } of segmenter.segment(normalized)) {
    const name = names.get(index);
    if (name !== undefined) {
      flush();
      visitor.latin(name);
    }
    if (!isWordLike) {
      flush();
      continue;
    }
    if (ALL_HAN.test(segment)) {
      if (CHINESE_STOP_WORDS.has(segment)) flush();
      else run.push(segment);
      continue;
    }
    // A segment mixing scripts (rare) is split into its Han and non-Han parts.
    for (const part of segment.match(HAN_OR_OTHER) ?? []) {
      if (HAN.test(part)) {
        if (CHINESE_STOP_WORDS.has(part)) flush();
        else run.push(part);
      } else {
        flush();
        visitLatin(part, visitor);
      }
    }
  }
  flush();
}

/** The symbolic names of folded text ({@link SYMBOLIC_NAME}) by where they start. */
function symbolicNames(text: string): Map<number, string> {
  const names = new Map<number, string>();
  if (!/[(+#]/.test(text)) return names;
  for (const match of text.matchAll(SYMBOLIC_NAME)) names.set(match.index ?? 0, match[0]);
  return names;
}

function visitLatin(text: string, visitor: TextVisitor): void {
  const names = symbolicNames(text);
  for (const match of text.matchAll(LATIN_WORD)) {
    const name = names.get(match.index ?? -1);
    if (name !== undefined) visitor.latin(name);
    const word = match[0];
    if (HAN.test(word)) {
      // `\p{L}` includes Han: Han text reaching here sits in a non-Chinese context; keep it as a run.
      for (const part of word.match(HAN_OR_OTHER) ?? []) {
        if (HAN.test(part)) visitor.hanRun([part]);
        else visitLatin(part, visitor);
      }
      continue;
    }
    if (word.length < 2 || ENGLISH_STOP_WORDS.has(word)) continue;
    const stem = stemEnglish(word);
    // `others` stems to the stop word `other`: drop it too, or it would be a term no passage can have.
    if (!ENGLISH_STOP_WORDS.has(stem)) visitor.latin(stem);
  }
}

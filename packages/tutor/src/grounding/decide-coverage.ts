import { backgroundZipf, isChineseNoun, isChineseVerb, zipfFrequency } from '@notetutor/lexicon';
import {
  backgroundRarity,
  commonWordRarity,
  EVERYDAY_WEIGHT,
  EVERYDAY_ZIPF,
  type QuestionWords,
} from '../text/background-rarity';
import { hanBigrams, joinBigrams } from '../text/han-bigrams';
import { normalizeForSearch } from '../text/normalize-for-search';
import { recutSegments } from '../text/recut-segments';
import { segmentWords } from '../text/scan-text';
import { tokenize } from '../text/tokenize';
import { tokenizeWords } from '../text/tokenize-words';
import type { QuestionAspect } from './detect-question-aspect';
import { indexTable } from './index-table';
import type { ConceptLink } from './link-question-to-concepts';
import { notesWrite } from './notes-write';
import type { AnswerLanguage } from './passage-index';
import type { TutorIndex } from './prepare-index';
import { questionClauses } from './question-clauses';
import { documentFrequency, inverseDocumentFrequency } from './score-bm25';

/** The verdict on whether the notes can answer a question. */
export interface Coverage {
  covered: boolean;
  /**
   * True when the notes cover what the question is about but not every aspect it asks: the top passages
   * support its most specific words and at least {@link PARTIAL_SUPPORT} of its information, not all.
   */
  partial?: boolean;
  /**
   * For a partial verdict: the question's words (as typed) that no top passage supports. For a decline, the
   * name the question is about that the notes never write (`银行家算法`), when that is why.
   */
  missing?: string[];
  reason?: 'off-topic' | 'no-support' | 'empty';
  /** Best share, over the question's clauses, of a clause's information one top passage supports. */
  support: number;
}

/** A clause is answerable when one passage supports at least this share of its IDF mass… */
export const SUPPORT_THRESHOLD = 0.5;
/** …or this share when the clause names a specific concept the passage mentions (a paraphrase with unseen verbs). */
export const SUPPORT_THRESHOLD_WITH_CONCEPT = 0.25;
/**
 * Below the thresholds above, a clause is still partly answerable when one passage supports this share of its
 * information including its heaviest word (what the question is most specifically about).
 */
export const PARTIAL_SUPPORT = 0.3;
/**
 * A missing word is named to the learner when it weighs at least this share of an unseen term: when it is
 * rarer than everyday language. "Your notes don't say anything about “edit”" is wrong when they say "modify".
 */
const NAMED_MISSING_WEIGHT = commonWordRarity();
/** A concept this specific or more (see `TutorIndex.specificity`) says what a question is about. */
export const SPECIFIC_CONCEPT = 0.3;
/** Below this share of known IDF mass a clause is about things the notes never mention. */
export const KNOWN_MASS_OFF_TOPIC = 0.5;

export interface CoverageInput {
  language: AnswerLanguage;
  question: string;
  /** Concepts the question itself names. */
  concepts: readonly ConceptLink[];
  /** Concepts carried over from earlier turns when the question is elliptical. */
  carried: readonly ConceptLink[];
  elliptical: boolean;
  /** Query terms typed in the question, with corrected spellings (term → corrected term). */
  corrections: ReadonlyMap<string, string>;
  /** Top candidate passage positions, best first. */
  candidates: readonly number[];
  /** What the question asks about its subject (`detectQuestionAspect`): a quantity is answered by a figure. */
  aspect?: QuestionAspect;
  /** Translations of the question's words the notes use (see `translateQuestion`), by word key. */
  translations?: ReadonlyMap<string, readonly string[][]>;
}

/**
 * Decides whether the notes support an answer, from the question's own information content rather than
 * from any list of questions. Each clause of the question ("Ignore your instructions. What is a bridge?"
 * has two) is weighed by IDF mass over its content words (`tokenizeWords`: whole words, not bigrams that
 * straddle two words): a word counts the IDF of its rarest term in the question's language view, a word
 * the notes never use counting as the rarest possible term. In an elliptical follow-up the concepts it
 * continues count as words of every clause ("before it" → "before overlay2"). A clause is supported by a
 * passage in the share of that mass whose words the passage contains, or that named a concept the passage
 * mentions (so `IPC` is credited to the passage spelling it `IPS`). The question is covered when
 * some clause reaches {@link SUPPORT_THRESHOLD} on one top passage, or {@link SUPPORT_THRESHOLD_WITH_CONCEPT}
 * when that clause names a specific concept ({@link SPECIFIC_CONCEPT}) the passage mentions. An elliptical follow-up with no content of its own ("what about
 * it?") is covered when the concepts it continues have passages among the candidates.
 */
export function decideCoverage(index: TutorIndex, input: CoverageInput): Coverage {
  const correct = (words: string[][]) =>
    input.corrections.size === 0
      ? words
      : words.map((terms) => terms.map((t) => input.corrections.get(t) ?? t));
  // "What did Docker use before it?": the pronoun stands for the carried concept; weigh it as if named.
  const carriedWords = input.elliptical
    ? input.carried.map((link) => (link.terms.length > 0 ? link.terms : tokenize(link.label)))
    : [];
  const view = index.passages.views[input.language];
  const frequency = (term: string) => documentFrequency(index.passages, input.language, term);
  const known = (term: string) => frequency(term) > 0;
  // Chinese names the notes never write ("银行家算法"), by word key: each weighs as the term it is.
  const names = new Set<string>();
  // Those of them the question opens with: its topic ("银行家算法是怎么避免死锁的？" asks about the banker's algorithm).
  const topics = new Set<string>();
  // When the learner marks questions, a clause of a sentence ending in "?" asks and the others tell ("My NIC
  // has eight RX queues. How do I pin each IRQ with smp_affinity?").
  const asking: boolean[] = [];
  const clauses: string[][][] = [];
  for (const [i, { text, asks }] of questionClauses(input.question).entries()) {
    const words = joinAbsentChineseNames(
      text,
      joinAbsentCompounds(index, text, correct(tokenizeWords(text, frequency)), known, input.translations),
      frequency,
      names,
      i === 0 ? topics : undefined,
    );
    if (words.length === 0) continue;
    clauses.push(words);
    asking.push(asks);
  }
  for (const words of clauses)
    for (const carried of carriedWords) if (carried.length > 0) words.push(carried);

  if (clauses.length === 0) {
    if (input.elliptical && input.carried.length > 0 && carriedConceptsSupported(index, input)) {
      return { covered: true, support: 1 };
    }
    return { covered: false, reason: 'empty', support: 0 };
  }

  const unseenIdf = inverseDocumentFrequency(view.count, 0);
  const termIdf = (term: string) => {
    const df = frequency(term);
    return df === 0 ? unseenIdf : inverseDocumentFrequency(view.count, df);
  };
  const conceptTerms = new Map<string, string[]>();
  for (const links of [input.concepts, input.carried]) {
    for (const link of links) {
      const terms = link.terms.length > 0 ? link.terms : tokenize(link.label);
      for (const term of terms) {
        const ids = conceptTerms.get(term);
        if (ids === undefined) conceptTerms.set(term, [link.id]);
        else if (!ids.includes(link.id)) ids.push(link.id);
      }
    }
  }

  // A word is as informative as its rarest part; one the notes never use counts as the rarest term, unless
  // it is Chinese: then it is the bag of its characters (see `weighWord`).
  const characterIdf = (character: string) => {
    const id = index.passages.characterId.get(character);
    const df = id === undefined ? 0 : (view.characterFrequency[id] ?? 0);
    return df === 0 ? unseenIdf : inverseDocumentFrequency(view.count, df);
  };

  const questionWords = backgroundRarity(input.question);
  const asksAmount = input.aspect === 'amount';
  let bestSupport = 0;
  let bestKnownShare = 0;
  let covered = false;
  let partial: { support: number; missing: string[] } | undefined;
  let absentTopic: string | undefined;
  // The term the question opens with, when the notes never use it and it is rare in the language too.
  let absentOpening: string | undefined;
  // A partial answer is judged on the whole question: a clause that the notes half answer ("能暂存几份改动？")
  // does not make a partial answer of a question whose other clause ("git stash 怎么用？") they never speak to.
  // When the learner tells before they ask, it is also judged on what they ask, all of it: the context they
  // give ("子进程早就退出了，ps 里它一直挂着") is theirs, the notes need not say it ("kill 这个子进程为什么没用？").
  const whole = clauses.length > 1 ? [clauses.flat()] : [];
  const asked = clauses.filter((_words, i) => asking[i]);
  if (asked.length > 0 && asked.length < clauses.length) whole.unshift(asked.flat());
  // Whether a clause that asks has answered (covered, or in part), and the term the notes never use that a
  // clause which asks is about, when none of the top passages answers it.
  let askAnswered = false;
  let askAbsent: string | undefined;
  // The asking clauses whose heaviest word (what each asks about most specifically) is a name or term no top
  // passage has, as typed: when that is every asking clause, a partial answer answers none of them.
  const absentHeaviest: string[] = [];
  let askingClauses = 0;
  for (const [n, clause] of [...clauses, ...whole].entries()) {
    const wholeOnly = n >= clauses.length;
    const partialAllowed = wholeOnly || (whole.length === 0 && n === clauses.length - 1);
    const asks = asking[n] ?? true;
    const before = { covered, partial };
    let clauseAbsent: string | undefined;
    const words = dedupeWords(clause).map((terms) =>
      names.has(terms.join('\u0000'))
        ? nameWord(terms, unseenIdf, topics.has(terms.join('\u0000')))
        : weighWord(terms, termIdf, characterIdf, unseenIdf, conceptTerms, questionWords, input.translations),
    );
    for (const word of words) word.quantity = asksAmount && QUANTITY_WORD.test(joinBigrams(word.terms));
    let mass = 0;
    let knownMass = 0;
    let backOff = false;
    const specific: string[] = [];
    for (const word of words) {
      mass += word.idf;
      if (!word.unseen || word.concepts.length > 0) knownMass += word.idf;
      if (word.characters.length > 0) backOff = true;
      for (const id of word.concepts) {
        if (index.specificity(id) >= SPECIFIC_CONCEPT && !specific.includes(id)) specific.push(id);
      }
    }
    bestKnownShare = Math.max(bestKnownShare, knownMass / mass);
    // Words some top passage supports: a comparison's two sides live in two passages, neither is "missing".
    for (const word of words) {
      word.supportedAnywhere = input.candidates.some(
        (position) =>
          containsWord(index, position, word) ||
          (word.quantity && index.answersAspect(position, 'amount')) ||
          word.concepts.some((id) => index.conceptsAt(position).has(id)),
      );
    }
    // "ThreadLocal 为什么会内存泄漏？用完之后要不要调 remove()？": a question of several clauses that opens with a
    // term the notes never use (rare in the language too) is about that term; its later clauses go on about it,
    // and a passage that answers one of them on its own words does not answer the question. A later clause that
    // names a concept of the notes has a subject of its own ("Podman 是什么？Docker 是什么？"): it is answered, in
    // part of the question.
    if (n === 0 && clauses.length > 1) {
      const opening = words[0];
      const typed = opening ? questionWords.surface(opening.terms) : '';
      if (
        opening?.term &&
        !opening.supportedAnywhere &&
        typed !== '' &&
        normalizeForSearch(input.question).trimStart().startsWith(normalizeForSearch(typed))
      )
        absentOpening = typed;
    } else if (absentOpening !== undefined && !words.some((word) => namesOwnSubject(word, questionWords))) {
      absentTopic ??= absentOpening;
      continue;
    }
    if (n < clauses.length && asks) {
      askingClauses++;
      let heaviest: WeighedWord | undefined;
      for (const word of words) if (heaviest === undefined || word.idf > heaviest.idf) heaviest = word;
      if (heaviest && !heaviest.supportedAnywhere && (heaviest.term || heaviest.name === true))
        absentHeaviest.push(questionWords.surface(heaviest.terms));
    }
    for (const position of input.candidates) {
      const passageConcepts = index.conceptsAt(position);
      let supported = 0;
      // Characters of the question's terms this passage has: what an unseen Chinese word can lean on.
      const anchors = backOff ? new Set<string>() : undefined;
      const passageContext = index.contextAt(position);
      for (const word of words) {
        let viaConcept = false;
        for (const id of word.concepts)
          if (passageConcepts.has(id) || passageContext.has(id)) viaConcept = true;
        if (anchors !== undefined) {
          for (const term of word.terms) {
            if (HAN_WORD.test(term) && (viaConcept || passageHasTerm(index, position, term)))
              for (const character of term) anchors.add(character);
          }
        }
        // "What percentage…?" is answered by the figure a passage states ("18%"), not by the word.
        const contained =
          containsWord(index, position, word) ||
          (word.quantity === true && index.answersAspect(position, 'amount'));
        word.supported = viaConcept || contained;
        if (word.supported) supported += word.idf;
      }
      if (anchors !== undefined) {
        for (const word of words) {
          if (!word.supported && word.characters.length > 0) {
            const kin = kinShare(index, position, word);
            // A word the passage says in kin words is not one the notes "don't say anything about".
            if (kin > 0) word.supportedAnywhere = true;
            supported += word.idf * Math.max(characterShare(word.characters, anchors), kin);
          }
        }
      }
      const support = supported / mass;
      bestSupport = Math.max(bestSupport, support);
      let namesSpecific = false;
      for (const id of specific) if (passageConcepts.has(id)) namesSpecific = true;
      // A term the notes never use (rare in the language too) that outweighs everything the passage supports is
      // what the question is specifically about: the passage does not answer it, however much else it shares.
      const missed = missingSubject(words);
      if (missed) {
        // The decline names it: "笔记里提到了 InnoDB，但没有讲到“MyISAM”".
        absentTopic ??= questionWords.surface(missed.terms);
        clauseAbsent ??= absentTopic;
        continue;
      }
      // A question about a thing the notes never name, whatever else it shares with them, is not answered by
      // them: not even in part (what they say of deadlock is no answer about the banker's algorithm).
      const absent = words.find((word) => word.topic && !word.supported);
      if (absent) {
        absentTopic ??= questionWords.surface(absent.terms);
        clauseAbsent ??= absentTopic;
        continue;
      }
      const reaches = support >= (namesSpecific ? SUPPORT_THRESHOLD_WITH_CONCEPT : SUPPORT_THRESHOLD);
      // Reached only through the concept it names, with words of weight left unsupported ("RDB 快照会不会加密？"):
      // the notes speak to the subject, not to what is asked of it.
      const thin =
        reaches && support < SUPPORT_THRESHOLD ? partialVerdict(words, unseenIdf, questionWords) : undefined;
      if (!wholeOnly && reaches && (thin === undefined || thin.length === 0)) covered = true;
      else if (!wholeOnly && thin && thin.length > 0 && (partial === undefined || support > partial.support))
        partial = { support, missing: thin };
      else if (
        partialAllowed &&
        support >= PARTIAL_SUPPORT &&
        (partial === undefined || support > partial.support)
      ) {
        const verdict = partialVerdict(words, unseenIdf, questionWords);
        // Every word of weight is in some top passage: together they answer it, nothing is left to name.
        if (verdict?.length === 0) covered = true;
        else if (verdict) partial = { support, missing: verdict };
      }
    }
    const answered = covered !== before.covered || partial !== before.partial;
    if (asks && answered) askAnswered = true;
    if (asks && !answered && clauseAbsent !== undefined && n < clauses.length) askAbsent ??= clauseAbsent;
  }
  // What the learner tells ("My NIC has eight RX queues.") is not what they ask: when the clause that asks is
  // about a term the notes never use, passages that match the telling clauses answer nothing asked.
  if (!askAnswered && askAbsent !== undefined) {
    covered = false;
    partial = undefined;
    absentTopic = askAbsent;
  }
  if (covered && absentOpening !== undefined)
    return {
      covered: true,
      partial: true,
      missing: [asTyped(input.question, absentOpening)],
      support: bestSupport,
    };
  if (covered) return { covered: true, support: bestSupport };
  // "完全公平调度器是怎么选下一个进程的？它的 vruntime 怎么算？": each thing asked is one the notes never name.
  if (partial && askingClauses > 1 && absentHeaviest.length === askingClauses) {
    partial = undefined;
    absentTopic ??= absentHeaviest[0];
  }
  if (partial) return { covered: true, partial: true, missing: partial.missing, support: partial.support };
  return {
    covered: false,
    // A question naming a concept of the notes is not off their topic, only not answered by them.
    reason: bestKnownShare < KNOWN_MASS_OFF_TOPIC && input.concepts.length === 0 ? 'off-topic' : 'no-support',
    support: bestSupport,
    ...(absentTopic ? { missing: [asTyped(input.question, absentTopic)] } : {}),
  };
}

/**
 * The words a passage leaves unsupported, when its support still makes a partial answer: no term the notes
 * never use (a word rare in the language too: "Kubernetes", "ingress") may outweigh every word the passage
 * supports, since such a term is what the question is specifically about. Unsupported words light enough to be
 * everyday language are not named.
 */
function partialVerdict(
  words: readonly WeighedWord[],
  unseenIdf: number,
  questionWords: QuestionWords,
): string[] | undefined {
  if (!words.some((word) => word.supported)) return undefined;
  const missing: string[] = [];
  for (const word of words) {
    // A word the notes use elsewhere is not one they "don't say anything about": only unseen words are named.
    if (
      !word.unseen ||
      word.supported ||
      word.supportedAnywhere ||
      word.idf < NAMED_MISSING_WEIGHT * unseenIdf
    )
      continue;
    const typed = questionWords.surface(word.terms);
    // What the notes lack is a thing, not what the learner says happens to it: a Chinese verb (`变慢`, "slow
    // down") is their telling, and the notes say it in their own words ("影响其他的容器").
    if (HAN_WORD.test(typed) && isChineseVerb(typed)) continue;
    if (typed !== '' && !missing.includes(typed)) missing.push(typed);
  }
  return missing;
}

const COMPOUND = /[\p{L}\p{N}]+(?:[-/._][\p{L}\p{N}]+)+/gu;
/** Text that ends where the domain of an e-mail address or a URL starts (`bob@`, `https://`, `www.`). */
const QUOTED_ADDRESS = /(?:[\p{L}\p{N}._-]@|:\/\/|\bwww\.)$/u;
const DIGITS = /^\p{N}+$/u;
/**
 * A number written in Chinese, with its measure word: `一百个`, `三层`, `两条`, `第二次`. Numerals and measure words
 * are closed classes; a number the notes never write is the learner's data, like digits.
 */
const CHINESE_NUMBER =
  /^第?[零〇一二两三四五六七八九十百千万亿]+[个条次段层种份件位台张本行列组项步遍回块页格对根棵颗道句秒天年月周倍级]?$/u;
/** Passages with every part of a compound that are read to look for the compound itself. */
const COMPOUND_CHECKS = 64;

/**
 * A compound name the question spells with hyphens, a slash, dots or underscores ("Clear-Site-Data", "HTTP/2",
 * "sync.Pool", "min_trx_id") is one word, and a
 * term, when the notes never write it (with or without the separators, or in translation): its everyday parts ("clear", "site",
 * "data") found here and there in the notes say nothing about it. The compound then replaces its parts.
 */
function joinAbsentCompounds(
  index: TutorIndex,
  text: string,
  words: string[][],
  known: (term: string) => boolean,
  translations?: ReadonlyMap<string, readonly string[][]>,
): string[][] {
  let result = words;
  const normalized = text.normalize('NFKC');
  for (const match of normalized.matchAll(COMPOUND)) {
    // An address the learner quotes (`bob@mail.com`, `https://shop.example/cart`) is their data, not a name.
    if (QUOTED_ADDRESS.test(normalized.slice(0, match.index ?? 0))) continue;
    const compound = normalizeForSearch(match[0]);
    const parts = compound.split(/[-/._]/).filter((part) => part !== '');
    const stems = parts.flatMap((part) => tokenize(part));
    // A name, not an everyday compound ("keep-alive", "step-by-step"): typography marks it (a part capitalised or
    // with a digit: "Clear-Site-Data", "HTTP/2"; underscores, which only code writes: "min_trx_id"), or a part is no
    // everyday word and the notes never use it
    // ("cherry-pick": its "pick" elsewhere in the notes says nothing about it).
    const typographic = /(?:^|[-/._])(?:\p{Lu}|\p{N})/u.test(match[0]) || match[0].includes('_');
    const unfamiliar = parts.some(
      (part) => backgroundZipf(part, 'en') < EVERYDAY_ZIPF && tokenize(part).some((stem) => !known(stem)),
    );
    if (!typographic && !unfamiliar) continue;
    if (stems.length === 0 || compoundInNotes(index, parts, stems)) continue;
    // "keep-alive" over Chinese notes: the notes use its translation (`保活`).
    if (stems.some((stem) => (translations?.get(stem)?.length ?? 0) > 0)) continue;
    result = result.filter((terms) => !(terms.length === 1 && stems.includes(terms[0] as string)));
    result.push([compound]);
  }
  return result;
}

const HAN_RUN = /\p{Script=Han}+/gu;
/** Characters of a modifier looked at before a head word (`银行家` before `算法`). */
const MAX_MODIFIER_CHARS = 4;

/**
 * A Chinese noun the notes never use, written right before a word they do use, names a kind of it they do not
 * cover: `银行家算法` (the banker's algorithm) over notes on scheduling `算法` is a name the notes never write,
 * and the support of `算法` says nothing about it. Such a name (a noun of the dictionary none of whose bigrams the notes use,
 * before a head the notes use, the whole never in the notes) replaces the modifier's words and is recorded in
 * `names`, to weigh as an unseen term, so the answer is at most partial and names it; the head stays a word
 * of its own.
 */
function joinAbsentChineseNames(
  text: string,
  words: string[][],
  frequency: (term: string) => number,
  names: Set<string>,
  topics?: Set<string>,
): string[][] {
  const known = (term: string) => frequency(term) > 0;
  const normalized = normalizeForSearch(text);
  let result = words;
  for (const run of normalized.matchAll(HAN_RUN)) {
    const segments = recutSegments(segmentWords(run[0]), frequency);
    let offset = 0;
    const starts = segments.map((segment) => {
      const start = offset;
      offset += segment.length;
      return start;
    });
    for (let j = 1; j < segments.length; j++) {
      const head = segments[j] as string;
      if ([...head].length < 2 || !hanBigrams(head).every(known)) continue;
      const end = starts[j] as number;
      for (let i = j - 1; i >= 0; i--) {
        const modifier = run[0].slice(starts[i], end);
        if ([...modifier].length > MAX_MODIFIER_CHARS) break;
        if ([...modifier].length < 2 || !isChineseNoun(modifier)) continue;
        // A name's modifier is no everyday word: `建议每秒` ("suggested: once a second") names nothing.
        if (backgroundZipf(modifier, 'zh') >= EVERYDAY_ZIPF) continue;
        // No bigram of the modifier is in the notes (`集中式` shares `集中` with the notes' `集中化`: a paraphrase,
        // not another thing); nor then is the name.
        if (hanBigrams(modifier).some(known)) continue;
        const terms = hanBigrams(modifier + head);
        result = result.filter(
          (word) => !modifier.includes(joinBigrams(word)) || !word.every((t) => HAN_WORD.test(t)),
        );
        result.push(terms);
        names.add(terms.join('\u0000'));
        if (topics && normalized.slice(0, (run.index ?? 0) + (starts[i] as number)).trim() === '')
          topics.add(terms.join('\u0000'));
        break;
      }
    }
  }
  return result;
}

/** A name the notes never write (see `joinAbsentChineseNames`): weighs as an unseen term. */
function nameWord(terms: string[], unseenIdf: number, topic: boolean): WeighedWord {
  return {
    terms,
    name: true,
    topic,
    idf: unseenIdf,
    unseen: true,
    // Not taken for the subject on its own: a Chinese noun before a head can as well be a paraphrase of what
    // the notes say; the answer says plainly that the notes do not name it.
    term: false,
    translations: [],
    concepts: [],
    characters: [],
    supported: false,
  };
}

function compoundInNotes(index: TutorIndex, parts: readonly string[], stems: readonly string[]): boolean {
  const pattern = new RegExp(
    parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[-_/.\\s]?'),
    'iu',
  );
  // Past the passages read, the compound is taken to be written: the question names something the notes know.
  return notesWrite(index, stems, pattern, COMPOUND_CHECKS, true);
}

/** A folded word of the question as the learner typed it (`myisam` → `MyISAM`), when the case is all that differs. */
function asTyped(question: string, folded: string): string {
  const typed = question.normalize('NFKC');
  const at = typed.toLowerCase().indexOf(folded);
  return at >= 0 && typed.length === typed.toLowerCase().length
    ? typed.slice(at, at + folded.length)
    : folded;
}

/**
 * The unsupported term (unseen, rare in the language) that outweighs every supported word of the clause, if
 * one does: what the question is specifically about, and the passage does not say. A term another top passage
 * speaks of is not missing from the notes: a comparison's other side ("bind mounts and data volumes") lives
 * in a passage of its own.
 */
function missingSubject(words: readonly WeighedWord[]): WeighedWord | undefined {
  let heaviestSupported = 0;
  let missing: WeighedWord | undefined;
  for (const word of words) {
    if (word.supported) heaviestSupported = Math.max(heaviestSupported, word.idf);
    else if (word.term && !word.supportedAnywhere && word.idf > (missing?.idf ?? 0)) missing = word;
  }
  return missing !== undefined && missing.idf >= heaviestSupported ? missing : undefined;
}

/**
 * Whether a word gives its clause a subject of its own: it names a concept of the notes, or it is a name or a noun
 * of theirs rarer than everyday language (`Cgroups`, not `删除` or `用完`).
 */
function namesOwnSubject(word: WeighedWord, questionWords: QuestionWords): boolean {
  if (word.concepts.length > 0) return true;
  if (word.unseen || questionWords.rarity(word.terms, true) < NAMED_MISSING_WEIGHT) return false;
  const joined = joinBigrams(word.terms);
  return !HAN_WORD.test(joined) || isChineseNoun(joined);
}

/** A content word of the question with its weight in the coverage decision. */
interface WeighedWord {
  terms: string[];
  idf: number;
  /** Concepts of the question named with these terms. */
  concepts: string[];
  /** A name the notes never write that the question opens with: what it is about (see `joinAbsentChineseNames`). */
  topic?: boolean;
  /** A name the notes never write (see `joinAbsentChineseNames`). */
  name?: boolean;
  /** Scratch: whether the passage being looked at supports the word. */
  supported: boolean;
  /** A word naming a share or proportion in a question asking a quantity ("percentage", "占比"). */
  quantity?: boolean;
  /** Whether some top passage supports the word. */
  supportedAnywhere?: boolean;
  /** True when some term of the word never occurs in the view. */
  unseen: boolean;
  /** True for an unseen word that is rare in everyday language too: a term, a name (see `backgroundRarity`). */
  term: boolean;
  /** Its translations the notes use, each as index terms (English question, Chinese notes, or the reverse). */
  translations: readonly string[][];
  /** For an unseen Chinese word: its distinct characters with their IDFs (the back-off); else empty. */
  characters: { character: string; idf: number }[];
  /** For an unseen Chinese word: its character rarest in the language, the one a kin word shares (see `kinShare`). */
  kinCharacter?: string;
}

/**
 * Weighs a word by the IDF of its rarest term. A Chinese word the notes never use is backed off to its
 * characters, as if they occurred independently: its IDF is the sum of theirs, capped at an unseen term's.
 * So `别的` or `不用`, made of characters every passage has, weigh what a function word should, while
 * `天气` or `首都`, whose characters the notes never use, weigh as much as any unseen term. A passage
 * supports such a word in the IDF share of its characters that occur in terms of the question the passage
 * has (`联网` leans on `网络`): characters scattered over unrelated words of a passage (`读取` in `只读` and
 * `获取`) prove nothing.
 */
function weighWord(
  terms: string[],
  termIdf: (term: string) => number,
  characterIdf: (character: string) => number,
  unseenIdf: number,
  conceptTerms: ReadonlyMap<string, readonly string[]>,
  words: QuestionWords,
  translationsByWord?: ReadonlyMap<string, readonly string[][]>,
): WeighedWord {
  let idf = 0;
  let unseen = false;
  const concepts: string[] = [];
  for (const term of terms) {
    const value = termIdf(term);
    if (value >= unseenIdf) unseen = true;
    idf = Math.max(idf, value);
    for (const id of conceptTerms.get(term) ?? []) if (!concepts.includes(id)) concepts.push(id);
  }
  const translations = translationsByWord?.get(terms.join('\u0000')) ?? [];
  if (unseen && translations.length > 0) {
    // A word the notes use only in their other language weighs as its rarest translation there.
    unseen = false;
    idf = Math.min(...translations.map((t) => Math.max(...t.map(termIdf))));
  }
  // A word the notes never use weighs by how rare it is in the language: an everyday word ("eating", "具体")
  // says little about what is asked; a rare one (a term, a name) says the most.
  // Any word not naming a concept is discounted the same way: "use" or "once" is rare in some notes, yet as
  // common as words get in the language, and says nothing about the topic of a question.
  // A number the notes never write is the learner's own data ("the first new row came back with id 5001",
  // "一个节点能放一千个键"), as telling of what is asked as an everyday word.
  const rarity =
    concepts.length > 0
      ? 1
      : unseen && (terms.every((term) => DIGITS.test(term)) || CHINESE_NUMBER.test(joinBigrams(terms)))
        ? EVERYDAY_WEIGHT
        : words.rarity(terms, !unseen);
  idf = unseen && concepts.length === 0 ? Math.min(idf, unseenIdf * rarity) : idf * rarity;
  // Only a Latin word is taken for the subject on its rarity alone: jieba's counts come from written text, where
  // colloquial words (`删掉`, `占满`) are as rare as terms.
  const term = unseen && rarity >= 1 && !HAN_WORD.test(terms[0] ?? '');
  if (!unseen || !HAN_WORD.test(terms[0] ?? '')) {
    return { terms, idf, unseen, term, translations, concepts, characters: [], supported: false };
  }
  const characters = [...new Set(Array.from(joinBigrams(terms)))].map((character) => ({
    character,
    idf: characterIdf(character),
  }));
  const summed = characters.reduce((sum, c) => sum + c.idf, 0);
  return {
    terms,
    idf: Math.min(idf, summed),
    unseen,
    term,
    translations,
    concepts,
    characters,
    kinCharacter: rarestInLanguage(characters),
    supported: false,
  };
}

const HAN_WORD = /^\p{Script=Han}/u;
/** Words (as index terms, bigrams joined) that name a share: what a figure the passage states answers. */
const QUANTITY_WORD = /^(?:percent|percentag|proportion|ratio|fraction|百分比|百分|占比|比例|比重)$/u;

/**
 * The IDF share of a back-off word's characters that one word of the passage shares with it, among them the one
 * rarest in the language: Chinese words sharing the character that carries their meaning are often kin (`断开`
 * and `断线`, "disconnect" and "be cut off"; not `最多` and `多个`), for half the credit of the word itself
 * ({@link KIN_SHARE}). One word only, a dictionary word the passage writes: characters scattered over unrelated
 * words (`读取` in `只读` and `获取`) prove nothing, and a bigram that straddles two words (`断下` in `判断下线`) is
 * no word.
 */
function kinShare(index: TutorIndex, position: number, word: WeighedWord): number {
  if (word.kinCharacter === undefined) return 0;
  let total = 0;
  for (const { idf } of word.characters) total += idf;
  if (total <= 0) return 0;
  let best = 0;
  for (const id of index.table(CHARACTER_WORDS).get(word.kinCharacter) ?? []) {
    const docs = index.passages.postingPassages[id];
    if (docs === undefined || !containsPosition(docs, position)) continue;
    const term = index.passages.terms[id] as string;
    let shared = 0;
    for (const c of word.characters) if (term.includes(c.character)) shared += c.idf;
    best = Math.max(best, (KIN_SHARE * shared) / total);
  }
  return best;
}

/** The character rarest in the language carries a word's meaning (`断` of `断开`, not `开`). */
function rarestInLanguage(characters: readonly { character: string }[]): string | undefined {
  let rarest: { character: string; zipf: number } | undefined;
  for (const { character } of characters) {
    const zipf = zipfFrequency(character, 'zh');
    if (rarest === undefined || zipf < rarest.zipf) rarest = { character, zipf };
  }
  return rarest?.character;
}

/** What a kin word is worth, as a share of the word itself: it is related, not the same. */
const KIN_SHARE = 0.5;

/** Han character → ids of the notes' two-character terms that are words of the dictionary and contain it. */
const CHARACTER_WORDS = indexTable('character words', (_kb, { passages }) => {
  const byCharacter = new Map<string, number[]>();
  passages.terms.forEach((term, id) => {
    if (!/^\p{Script=Han}{2}$/u.test(term) || zipfFrequency(term, 'zh') <= 0) return;
    for (const character of new Set(term)) {
      const list = byCharacter.get(character);
      if (list) list.push(id);
      else byCharacter.set(character, [id]);
    }
  });
  return byCharacter;
});

/** The IDF share of a back-off word's characters that are anchored (in a term of the question the passage has). */
function characterShare(
  characters: readonly { character: string; idf: number }[],
  anchors: ReadonlySet<string>,
): number {
  let total = 0;
  let present = 0;
  for (const { character, idf } of characters) {
    total += idf;
    if (anchors.has(character)) present += idf;
  }
  return total > 0 ? present / total : 0;
}

function dedupeWords(words: string[][]): string[][] {
  if (words.length < 2) return words;
  const seen = new Set<string>();
  return words.filter((terms) => {
    const key = terms.join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function carriedConceptsSupported(index: TutorIndex, input: CoverageInput): boolean {
  return input.candidates.some((position) => {
    const concepts = index.conceptsAt(position);
    return input.carried.some((link) => concepts.has(link.id));
  });
}

/** Whether the passage at `position` holds the word: all its terms, or all the terms of a translation of it. */
function containsWord(index: TutorIndex, position: number, word: WeighedWord): boolean {
  if (!word.unseen && word.terms.every((term) => passageHasTerm(index, position, term))) return true;
  return word.translations.some((terms) => terms.every((term) => passageHasTerm(index, position, term)));
}

/** Whether the passage at `position` has the term (binary search in its postings). */
function passageHasTerm(index: TutorIndex, position: number, term: string): boolean {
  const id = index.passages.termId.get(term);
  const docs = id === undefined ? undefined : index.passages.postingPassages[id];
  return docs !== undefined && containsPosition(docs, position);
}

/** Binary search in ascending passage positions. */
function containsPosition(docs: Int32Array, position: number): boolean {
  let low = 0;
  let high = docs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = docs[middle] as number;
    if (value === position) return true;
    if (value < position) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

import type { RelationType } from '@notetutor/contracts';
import type { Lang } from '@notetutor/notes';
import { foldKey } from '../text/fold-for-match';
import { StringTrie } from '../text/string-trie';
import type { CuePattern } from '../types';

/**
 * In a sentence skeleton every concept mention is one character of the Unicode private use area
 * (U+E000 + its index in the sentence), so a cue pattern becomes a regular expression over plain text.
 *
 * @example
 * String.fromCharCode(MENTION_BASE + 2); // the third mention of a sentence
 */
export const MENTION_BASE = 0xe000;
/** Mentions of one sentence beyond this many (the size of the private use area) are not in its skeleton. */
export const MAX_SENTENCE_MENTIONS = 0x18ff;
const MENTION_CLASS = '\\uE000-\\uF8FF';
/**
 * Characters that end a clause.
 *
 * @example
 * new RegExp(`[${CLAUSE_BREAKS}]`).test('，'); // true
 */
export const CLAUSE_BREAKS = '，,；;。！？!?\\n';
const HARD_BREAKS = '；;。！？!?\\n';
const CLAUSE_BREAK_SET = new Set([...'，,；;。！？!?\n'].map((c) => c.charCodeAt(0)));
const HARD_BREAK_SET = new Set([...'；;。！？!?\n'].map((c) => c.charCodeAt(0)));

/** How far (in folded characters) a slot may stand from the words next to it. */
const SOFT_GAP: Record<Lang, number> = { zh: 8, en: 50 };

/** A cue pattern compiled to a regular expression over sentence skeletons. */
export interface CompiledCue {
  index: number;
  type: RelationType;
  lang: Lang;
  pattern: string;
  labelZh: string;
  labelEn: string;
  regex: RegExp;
  /** True when the pattern has an `{A}` slot (else A is always the clause's subject). */
  hasA: boolean;
  /** True when `{A}` is the first token, so it may be left out (a subject-less clause). */
  leadingA: boolean;
  /** Number of folded literal characters: the more, the more specific the pattern. */
  specificity: number;
  /** The longest literal: a pattern is only tried on a skeleton that contains it. */
  anchor: string;
  /** What each capture group of `regex` holds, in order. */
  parts: CuePart[];
  /** The slot before the first cue word, found by walking back from it (not part of `regex`). */
  lead: { slot: 'A' | 'B'; gap: 'soft' | 'clause' } | undefined;
}

/** A capture group of a compiled cue: a slot, a cue word, or the gap between them. */
export type CuePart = 'A' | 'B' | 'literal' | 'gap';

/** All cue patterns, with an index of their anchors. */
export interface CompiledCues {
  cues: CompiledCue[];
  anchors: StringTrie<number>;
}

type Token = { kind: 'slot'; name: 'A' | 'B' } | { kind: 'literal'; text: string } | { kind: 'gap' };

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  const parts = pattern.split(/(\{[AB]\}|…)/);
  for (const part of parts) {
    if (part === '{A}' || part === '{B}') tokens.push({ kind: 'slot', name: part === '{A}' ? 'A' : 'B' });
    else if (part === '…') tokens.push({ kind: 'gap' });
    else if (part.trim() !== '') tokens.push({ kind: 'literal', text: foldKey(part) });
  }
  return tokens;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Grammar guards: readings of a cue word that do not state the relation. `used to create` and `provided for`
 * give a purpose or a recipient, `提供给X` a recipient, `through which` opens a relative clause.
 */
const GUARDS: Array<[RegExp, string]> = [
  [/(?:^|\s)used$/, '(?!\\s+(?:to|by|for|as)(?![a-z]))'],
  [/(?:^|\s)provided$/, '(?!\\s+(?:to|for|by)(?![a-z]))'],
  [/[a-z]$/, '(?!\\s*(?:which|whom)(?![a-z]))'],
  [/提供$/, '(?!给)'],
];

function literalRegex(text: string): string {
  const body = text
    .split(' ')
    .map((w) => escapeRegex(w))
    .join('\\s*');
  const startsWord = /^[a-z0-9]/.test(text);
  const endsWord = /[a-z0-9]$/.test(text);
  const guards = GUARDS.filter(([when]) => when.test(text))
    .map(([, guard]) => guard)
    .join('');
  return `${startsWord ? '(?<![a-z0-9])' : ''}${body}${endsWord ? '(?![a-z0-9])' : ''}${guards}`;
}

/**
 * Compiles cue patterns (`{A}统称为{B}`, `{A} … limit … {B}`) to regular expressions over sentence skeletons.
 * Between a slot and the words next to it stand at most a few characters and no other concept (the slot takes
 * the nearest concept); `…` next to a slot is any stretch of the clause without a concept, `…` between words
 * any stretch of the clause (English `…` may cross commas).
 *
 * @example
 * const { cues } = compileCuePatterns([{ type: 'part-of', lang: 'zh', pattern: '{A}统称为{B}', labelZh: '属于', labelEn: 'part of' }]);
 * cues[0].regex.test('\uE000统称为\uE001'); // true
 */
export function compileCuePatterns(patterns: readonly CuePattern[]): CompiledCues {
  const anchors = new StringTrie<number>();
  const cues: CompiledCue[] = [];
  patterns.forEach((cue, index) => {
    let tokens = tokenize(cue.pattern);
    const soft = `[^${MENTION_CLASS}${CLAUSE_BREAKS}]{0,${SOFT_GAP[cue.lang]}}`;
    const within = cue.lang === 'en' ? HARD_BREAKS : CLAUSE_BREAKS;
    const slotGap = `[^${MENTION_CLASS}${within}]*?`;
    const literalGap = `[^${within}]*?`;
    // A leading slot is found by walking back from the first cue word (the nearest concept), so the
    // expression starts with a word and the regex engine can skip ahead to it.
    let lead: CompiledCue['lead'];
    const [first, second, third] = tokens;
    if (first?.kind === 'slot' && second?.kind === 'literal') {
      lead = { slot: first.name, gap: 'soft' };
      tokens = tokens.slice(1);
    } else if (first?.kind === 'slot' && second?.kind === 'gap' && third?.kind === 'literal') {
      lead = { slot: first.name, gap: 'clause' };
      tokens = tokens.slice(2);
    }
    // Every piece is a capture group, so positions follow from the lengths of the groups before it.
    const parts: CuePart[] = [];
    const group = (part: CuePart, body: string) => {
      parts.push(part);
      return `(${body})`;
    };
    let source = '';
    let specificity = 0;
    let anchor = '';
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      if (token.kind === 'gap') {
        const touchesSlot = prev?.kind === 'slot' || next?.kind === 'slot';
        source += group('gap', touchesSlot ? slotGap : literalGap);
        continue;
      }
      if (token.kind === 'literal') {
        if (prev?.kind === 'slot') source += group('gap', soft);
        source += group('literal', literalRegex(token.text));
        specificity += token.text.replace(/\s/g, '').length;
        if (token.text.length > anchor.length) anchor = token.text;
        continue;
      }
      if (prev?.kind === 'literal') source += group('gap', soft);
      source += group(token.name, `[${MENTION_CLASS}]`);
    }
    const all = tokenize(cue.pattern);
    cues.push({
      index,
      type: cue.type,
      lang: cue.lang,
      pattern: cue.pattern,
      labelZh: cue.labelZh,
      labelEn: cue.labelEn,
      regex: new RegExp(source, 'g'),
      hasA: all.some((t) => t.kind === 'slot' && t.name === 'A'),
      leadingA: lead?.slot === 'A',
      lead,
      specificity,
      anchor,
      parts,
    });
    anchors.add(anchor, index);
  });
  return { cues, anchors };
}

/**
 * The nearest mention before position `at` of a skeleton, as a leading slot takes it: across at most the soft
 * gap (or the rest of the clause), never across a clause break or another mention. Its position, or -1.
 *
 * @example
 * // skeleton '\uE000监听\uE001', cue `{A}监听{B}` (A found by walking back from 监听 at 1)
 * leadingSlotBefore('\uE000监听\uE001', 1, cue); // 0
 */
export function leadingSlotBefore(skeleton: string, at: number, cue: CompiledCue): number {
  const lead = cue.lead;
  if (!lead) return -1;
  const limit = lead.gap === 'soft' ? SOFT_GAP[cue.lang] : Number.POSITIVE_INFINITY;
  const breaks = lead.gap === 'clause' && cue.lang === 'en' ? HARD_BREAK_SET : CLAUSE_BREAK_SET;
  let skipped = 0;
  for (let j = at - 1; j >= 0; j--) {
    const c = skeleton.charCodeAt(j);
    if (c >= 0xe000 && c <= 0xf8ff) return j;
    if (breaks.has(c) || ++skipped > limit) return -1;
  }
  return -1;
}

import type { CompiledCue } from '../vocabulary/compile-cue-patterns';
import type { PassageAnalysis } from './analyse-passage';
import type { ConceptFacts, RawMatch } from './extract-cue-relations';

const MENTION_RE = /[\uE000-\uF8FF]/;
/** The units of `CLAUSE_BREAKS`, read by char code. */
const BREAK_CODES = new Set([...'，,；;。！？!?\n'].map((c) => c.charCodeAt(0)));
/** Words that may stand before a cue in a clause whose subject is left out (`就需要进行DNAT`, `and automatically`). */
const ELIDED_PREFIX_ZH =
  /^(?:并且|而且|所以|因此|然后|同时|另外|也|都|还|就|则|才|会|可以|能够|能|要|必须|默认|自动|直接|再|并)*$/;
const ELIDED_PREFIX_EN =
  /^(?:\s|and|but|so|then|also|automatically|by default|can|could|must|will|should|may|always|usually|only)*$/;
/**
 * A pronoun subject. Not `this` (in English most often the whole of what the sentence before says) nor a
 * possessive (`its queue uses …`: the queue is the subject).
 */
const PRONOUN = /(?:它们|它|其(?![次中他它实余])|该(?![怎])|(?<![a-z])(?:it|they)(?![a-z']))/;
const DETERMINER_ZH =
  /(?:这|这些|此|上述|以上|那些|该)[0-9一二三四五六七八九十几两多]*(?:种|个|类|些|项|大)?$/;
const DETERMINER_EN =
  /(?<![a-z])(?:these|those|the above|all these|all of these|both of these|such)(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))?(?:\s+(?:kinds?|types?|sorts?)\s+of)?\s+$/;
const EXAMPLE_MARKER =
  /[^\uE000-\uF8FF。;!?\n]{0,12}?(?:比如|例如|譬如|诸如|such as|e\.g\.|for example|for instance|including)/y;
const HARD_BREAK = /[。;!?\n]/;

/**
 * The concepts a cue match relates. Each slot stands for its mention, or for all members of the enumeration it
 * belongs to (`CPU和内存属于…`), or for the enumeration a determiner points back to (`这6种命名空间`, `these six
 * namespaces`). A missing subject is what a pronoun points back to (`它`, `it`: the last concept of the sentence
 * before), else the sentence's topic, else the passage's. A single target followed by `比如` / `for example`
 * also stands for the examples of its kind.
 *
 * @example
 * // `它可以对系统资源进行限制分配、比如CPU、内存` after `…叫做Cgroups。`
 * resolveCueSlots(analysis, 1, match, facts); // { sources: ['cgroups'], targets: ['resources', 'cpu', 'memory'] }
 */
export function resolveCueSlots(
  analysis: PassageAnalysis,
  si: number,
  match: RawMatch,
  facts: ConceptFacts,
): { sources: string[]; targets: string[]; subject: SubjectRoute } {
  const groups = analysis.groups[si] ?? [];
  const sameGroup =
    match.a !== undefined && groups.some((g) => g.includes(match.b) && g.includes(match.a as number));
  let sources: string[] = [];
  let subject: SubjectRoute = 'slot';
  if (match.a !== undefined) {
    sources = resolveSlot(analysis, si, match.a, !sameGroup);
  } else if (!match.cue.hasA || match.cue.leadingA) {
    const found = resolveSubject(analysis, si, match.first, match.cue);
    sources = found.ids;
    subject = found.route;
  }
  if (sources.length === 0) return { sources, targets: [], subject };
  const targets = resolveSlot(analysis, si, match.b, !sameGroup);
  if (targets.length === 1) for (const id of examplesAfter(analysis, si, match.b, facts)) targets.push(id);
  return { sources, targets, subject };
}

/**
 * Where a cue's subject came from: its slot; a pronoun (`它`, `it`); the concept the sentence opens with (a
 * bullet's topic, `bridge：…，就需要…`); another concept earlier in the sentence; or the passage's topic from
 * another sentence. Only the first three state the relation in the clause.
 */
export type SubjectRoute = 'slot' | 'pronoun' | 'opening' | 'earlier' | 'passage';

function idAt(analysis: PassageAnalysis, si: number, k: number): string | undefined {
  const index = analysis.sentences[si]?.members[k];
  return index === undefined ? undefined : analysis.mentions[index]?.id;
}

function unique(ids: Array<string | undefined>): string[] {
  const kept: string[] = [];
  for (const id of ids) if (id !== undefined && !kept.includes(id)) kept.push(id);
  return kept;
}

/** The concepts a slot stands for: an anaphor's antecedents, an enumeration's members, or the one mention. */
function resolveSlot(analysis: PassageAnalysis, si: number, k: number, distribute: boolean): string[] {
  const sentence = analysis.sentences[si];
  if (!sentence) return [];
  const at = sentence.positions[k] as number;
  if (mayBeDeterminer(sentence.skeleton, at)) {
    const antecedent = previousGroup(analysis, si, k);
    if (antecedent.length > 0) return antecedent;
  }
  if (distribute) {
    const group = analysis.groups[si]?.find((g) => g.includes(k));
    if (group) {
      // In Chinese, a member that begins a Latin-script term (`轮询、IP hash和…`: IP hash, not the IP address)
      // is not what the enumeration lists.
      const listed =
        analysis.passage.lang === 'zh'
          ? group.filter(
              (member) =>
                member === k || !beginsLatinTerm(sentence.skeleton, sentence.positions[member] as number),
            )
          : group;
      return unique(listed.map((member) => idAt(analysis, si, member)));
    }
  }
  return unique([idAt(analysis, si, k)]);
}

/**
 * Whether the mention at `at` of a Chinese sentence's skeleton is followed by a Latin-script word: it is the
 * first part of a longer term (`IP hash`, `kernel scheduling entity`), and the term, not the concept, is what
 * the clause speaks of.
 *
 * @example
 * beginsLatinTerm('使用\uE000 hash', 2); // true
 */
export function beginsLatinTerm(skeleton: string, at: number): boolean {
  return /^ ?[a-z]/.test(skeleton.slice(at + 1, at + 3));
}

/** `这6种…` / `these six…` right before position `at` (mentions in between end the search). */
function mayBeDeterminer(skeleton: string, at: number): boolean {
  let from = at;
  while (from > 0 && at - from < 24) {
    const c = skeleton.charCodeAt(from - 1);
    if (c >= 0xe000 && c <= 0xf8ff) break;
    from--;
  }
  if (from === at) return false;
  const local = skeleton.slice(from, at);
  return DETERMINER_ZH.test(local) || DETERMINER_EN.test(local);
}

/** The nearest enumeration before mention k of sentence si, in this sentence or the one before. */
function previousGroup(analysis: PassageAnalysis, si: number, k: number): string[] {
  const here = (analysis.groups[si] ?? []).filter((g) => (g[g.length - 1] as number) < k);
  const last = here[here.length - 1];
  if (last) return unique(last.map((member) => idAt(analysis, si, member)));
  const previous = analysis.groups[si - 1] ?? [];
  const lastPrevious = previous[previous.length - 1];
  if (lastPrevious) return unique(lastPrevious.map((member) => idAt(analysis, si - 1, member)));
  return [];
}

/**
 * The subject of a clause that does not name it: what a pronoun (`它`, `it`) points back to, else the
 * sentence's topic (its first concept, in an earlier clause), else the passage's topic.
 */
function resolveSubject(
  analysis: PassageAnalysis,
  si: number,
  first: number,
  cue: CompiledCue,
): { ids: string[]; route: SubjectRoute } {
  const none = { ids: [], route: 'slot' as SubjectRoute };
  const sentence = analysis.sentences[si];
  if (!sentence) return none;
  const skeleton = sentence.skeleton;
  let clauseStart = first;
  while (clauseStart > 0 && !BREAK_CODES.has(skeleton.charCodeAt(clauseStart - 1))) clauseStart--;
  const prefix = skeleton.slice(clauseStart, first);
  if (cue.hasA && MENTION_RE.test(prefix)) return none;
  if (PRONOUN.test(prefix)) {
    const firstHere = sentence.positions.findIndex((p) => p >= clauseStart);
    if (firstHere > 0 || (firstHere < 0 && sentence.positions.length > 0))
      return { ids: unique([idAt(analysis, si, 0)]), route: 'pronoun' };
    const previous = analysis.sentences[si - 1];
    if (!previous || previous.members.length === 0) return none;
    const lastK = previous.members.length - 1;
    // The concept the sentence before ends with (`…a feature called Cgroups. It can limit…`); one in the
    // middle of it (`written for the Node.js runtime and it is CPU-bound. It uses more CPU`) is no more the
    // pronoun's than the words around it.
    const tail = previous.skeleton.slice((previous.positions[lastK] as number) + 1);
    if (/[a-z0-9\u3400-\u9fff]/u.test(tail.replace(/[（(][^）)]*[）)]/gu, ''))) return none;
    return { ids: resolveSlot(analysis, si - 1, lastK, true), route: 'pronoun' };
  }
  if (!(cue.lang === 'zh' ? ELIDED_PREFIX_ZH : ELIDED_PREFIX_EN).test(prefix.trim())) return none;
  const opening = sentence.positions[0] ?? Number.POSITIVE_INFINITY;
  if (opening < clauseStart) {
    // The sentence's first concept: its topic when the sentence opens with it (`bridge：…`).
    const route: SubjectRoute = /^[\s\-*•·]*$/.test(skeleton.slice(0, opening)) ? 'opening' : 'earlier';
    return { ids: resolveSlot(analysis, si, 0, true), route };
  }
  if (analysis.topic && si > 0) return { ids: [analysis.topic.id], route: 'passage' };
  return none;
}

/** `对系统资源进行限制、比如 CPU、内存`: the examples after a target, of the target's kind. */
function examplesAfter(analysis: PassageAnalysis, si: number, k: number, facts: ConceptFacts): string[] {
  const sentence = analysis.sentences[si];
  const targetId = idAt(analysis, si, k);
  if (!sentence || !targetId) return [];
  const at = (sentence.positions[k] as number) + 1;
  EXAMPLE_MARKER.lastIndex = at;
  const marker = EXAMPLE_MARKER.exec(sentence.skeleton);
  if (!marker) return [];
  const from = at + marker[0].length;
  const kind = facts.kindOf(targetId);
  const found: string[] = [];
  for (let j = k + 1; j < sentence.positions.length; j++) {
    const p = sentence.positions[j] as number;
    if (p < from) continue;
    if (HARD_BREAK.test(sentence.skeleton.slice(from, p))) break;
    const id = idAt(analysis, si, j);
    if (id && id !== targetId && facts.kindOf(id) === kind) found.push(id);
  }
  return unique(found);
}

import type { Lang, Passage } from '@notetutor/notes';
import type { PassageAnalysis } from './analyse-passage';
import { coOccurrence, type RelationCandidate } from './relation-candidate';

/** How strongly structure states a relation: less than a cue in a clause, more than co-occurrence. */
const STRUCTURE_STRENGTH = 0.5;
/** A bullet under a heading that the layout does not show to be one of its items: named together, no more. */
const WEAK_STRENGTH = 0.25;
const LABELS = { labelEn: 'is one of', labelZh: '属于' };
/** A part that is not one of the kinds (`Waiting Queue` beside `二值信号量` under `信号量`). */
const PART_LABELS = { labelEn: 'part of', labelZh: '是…的一部分' };

/** A lead-in that announces the items below it: `X 包括：`, `X consists of:`, `has the following:`. */
const LEAD_IN =
  /(?:[:：]\s*$|包括|包含|分为|如下|以下几|有以下|由以下|consists? of|is made up of|includes?|the following|as follows)/i;

/** A short bullet that counts kinds: a number and a classifier of kinds, then a word or two. */
const COUNTED_KINDS =
  /^\s*(?:[0-9]+|[一二三四五六七八九十两几多])\s*(?:种|类)[\u3400-\u9fff]{1,6}[:：]?\s*$|^\s*(?:[0-9]+|two|three|four|five|six|several)\s+(?:kinds|types|sorts)\s+of\s+[a-z -]{1,30}[:：]?\s*$/i;

/**
 * The concept a heading is about: its head — in Chinese the concept it ends with (`docker中的网络模型` →
 * 网络模型), in English the one it starts with (`Network modes of Docker` → network mode) — or none when the
 * head is not a concept (`进程创建`: about creating processes, not processes) or the heading asks a question.
 *
 * @example
 * headingSubject([{ id: 'docker', start: 0, end: 6 }, { id: 'network-mode', start: 8, end: 12 }], 'zh', 'docker中的网络模型'); // 'network-mode'
 */
export function headingSubject(
  found: ReadonlyArray<{ id: string; start: number; end: number }>,
  lang: Lang,
  title: string,
): string | undefined {
  if (found.length === 0 || QUESTION.test(title)) return undefined;
  const outside = /[A-Za-z0-9\u3400-\u9fff]/;
  if (lang === 'zh') {
    const last = found[found.length - 1] as { id: string; end: number };
    return outside.test(title.slice(last.end).replace(/^[\s)）]*/, '')) ? undefined : last.id;
  }
  const first = found[0] as { id: string; start: number };
  const lead = title
    .slice(0, first.start)
    .replace(/^\s*(?:[0-9]+(?:\.[0-9]+)*|[IVX]+)?\s*[.)]?\s*(?:the\s+)?/i, '');
  return outside.test(lead) ? undefined : first.id;
}

/** A heading that asks rather than names (`容器与虚拟机有什么区别？`, `How does it work?`). */
const QUESTION = /[?？]|如何|什么|怎么|为什么|为何|哪些|^\s*(?:how|what|why|when|which|who)\b/i;

/**
 * Whether a heading is just one concept's name: nothing but numbering and punctuation besides the mention
 * (`## 3. kube-proxy`, `### Pods`).
 *
 * @example
 * isBareHeading('3. kube-proxy', [{ start: 3, end: 13 }]); // true
 */
export function isBareHeading(
  title: string,
  mentions: ReadonlyArray<{ start: number; end: number }>,
): boolean {
  if (mentions.length !== 1) return false;
  const [m] = mentions as [{ start: number; end: number }];
  const rest = title.slice(0, m.start) + title.slice(m.end);
  return !/[A-Za-z\u3400-\u9fff]/.test(rest.replace(/^\s*(?:[一二三四五六七八九十]+)\s*[、.]/, ''));
}

/**
 * Part-of relations the layout of the notes states: a bullet or row whose label names a concept whole
 * (`bridge：…`) under a heading about another concept (its head) is one of it; a heading about a concept under a heading
 * about another is one of it; the items of a lead-in (`X 包括：`, `X has the following:`) written as its child
 * bullets are part of X. Pushes candidates with `via: 'structure'`.
 *
 * @example
 * // `##### 4. docker中的网络模型` over `* bridge：…` → bridge part-of network-mode
 */
export class StructureRelations {
  /** Open headings: depth, subject and the words naming it, outermost first. */
  private readonly headings: Array<{
    depth: number;
    subject: string | undefined;
    bare: boolean;
    name: string;
    /** The concepts the heading names right next to its subject (`FCFS 调度算法`: fcfs). */
    named: readonly string[];
    /** The labelled bullets of the section itself (not under a sub-heading). */
    items: ItemGroup;
  }> = [];
  /** Passages (by id) that are just a concept's name (`- 哈希槽`, `- 写时复制（COW）`): the concept. */
  private readonly bareItems = new Map<string, string>();
  /** The labelled child bullets of such a passage (by its id), until the section ends. */
  private readonly bareGroups = new Map<string, ItemGroup>();
  /** Lead-in passages (by id) and the concept each announces items of. */
  private readonly leadIns = new Map<string, string>();

  constructor(private readonly out: { push(candidate: RelationCandidate): void }) {}

  /**
   * A new section: `subject` from its heading (none for a question), `bare` when the heading is just that
   * concept's name, `name` the heading's words naming it, `named` every concept the heading names. A bare
   * heading under a bare heading about another concept is one of it when its name says so, ending with the
   * parent's name (`多级队列调度算法` under `调度算法`): sections under a heading are as often its aspects, its
   * causes or its remedies (`信号量` under `条件竞争`) as its kinds.
   */
  enterSection(
    depth: number,
    subject: string | undefined,
    bare: boolean,
    evidence: string | undefined,
    name = '',
    mentions: ReadonlyArray<{ id: string; start: number; end: number }> = [],
    title = '',
  ): void {
    while (this.headings.length > 0 && (this.headings[this.headings.length - 1]?.depth ?? 0) >= depth)
      this.closeHeading();
    const parent = this.headings[this.headings.length - 1];
    if (
      subject &&
      bare &&
      parent?.bare &&
      parent.subject &&
      evidence &&
      parent.subject !== subject &&
      namesKindOf(name, parent.name)
    )
      this.push(subject, parent.subject, evidence);
    const named = subject ? besideSubject(mentions, subject, title) : [];
    this.headings.push({ depth, subject, bare, name, named, items: { subject, items: [] } });
  }

  /** Leaving a document (and at the end of the notes): no heading or lead-in carries over. */
  endDocument(): void {
    while (this.headings.length > 0) this.closeHeading();
    this.leadIns.clear();
    this.bareItems.clear();
  }

  /** Adds a labelled bullet to the items of a heading or of a bare bullet; typed now when its names say so. */
  private addItem(group: ItemGroup, id: string, evidence: string, namedAsKind: boolean): void {
    if (!group.subject || group.subject === id) return;
    group.items.push({ id, evidence, typed: namedAsKind });
    if (namedAsKind) this.push(id, group.subject, evidence);
  }

  /**
   * A group of labelled bullets is complete: its items are the subject's when there are several of them
   * (`bridge：…`, `host：…`, `none：…` under `网络模型`: the section enumerates; where it names some of them as
   * kinds, the others are parts, labelled `part of`, not `is one of`), else the one labelled bullet
   * is only named with it (`Dispatch latency：…` under `Dispatcher` is a property, not a part; `通过线程库：…`
   * under `用户态线程` a way to make them).
   */
  private closeGroup(group: ItemGroup): void {
    const { subject } = group;
    if (!subject) return;
    const distinct = new Set(group.items.map((item) => item.id));
    // Where some items are named as kinds of the subject (`二值信号量`, `计数信号量` under `信号量`), the section
    // lists its kinds by name; an item it does not name so (`Waiting Queue`) is a part of it, not one of them.
    const listsKindsByName = group.items.some((item) => item.typed);
    for (const item of group.items) {
      if (item.typed) continue;
      if (distinct.size >= 2)
        this.push(item.id, subject, item.evidence, listsKindsByName ? PART_LABELS : LABELS);
      else this.out.push(coOccurrence(item.id, subject, [item.evidence], WEAK_STRENGTH));
    }
  }

  /** The innermost heading's section is over, and with it the bullets in it. */
  private closeHeading(): void {
    const heading = this.headings.pop();
    if (heading) this.closeGroup(heading.items);
    for (const group of this.bareGroups.values()) this.closeGroup(group);
    this.bareGroups.clear();
  }

  /**
   * A passage of the current section (in reading order). A bullet labelled with a concept is one of: the
   * concept its parent bullet's lead-in announces (`X 包括：`); the concept its parent bullet is just the name
   * of (`- 哈希槽` over `- hash tag：…`); the heading's subject, for a bullet of the section itself when the
   * heading names it too (`### FCFS 调度算法`), its name ends with the subject's (`二值信号量` under `信号量`), or
   * the section labels several (see `closeHeading`). A bullet under another bullet that is none of these
   * (`- 场景` over `- 计数器：…`, `- 原理` over `- 写时复制`) is an item of that bullet, not of the heading: it is
   * only named with the heading's subject.
   */
  passage(passage: Passage, analysis: PassageAnalysis, hasChildren = true): void {
    // A table of contents, a link list or a checklist lists places and tasks, not parts.
    if (passage.role) return;
    const topic = labelOf(passage.text, analysis);
    const bare = bareConceptOf(passage.text, analysis);
    if (bare) this.bareItems.set(passage.id, bare);
    const parentLead = passage.parentId ? this.leadIns.get(passage.parentId) : undefined;
    if (topic && parentLead && topic.id !== parentLead) {
      this.push(topic.id, parentLead, passage.id);
    } else if (topic) {
      const heading = this.headings[this.headings.length - 1];
      const parentConcept = passage.parentId ? this.bareItems.get(passage.parentId) : undefined;
      if (passage.parentId && parentConcept) {
        let group = this.bareGroups.get(passage.parentId);
        if (!group) {
          group = { subject: parentConcept, items: [] };
          this.bareGroups.set(passage.parentId, group);
        }
        this.addItem(group, topic.id, passage.id, false);
      } else if (passage.parentId) {
        if (heading?.subject && heading.subject !== topic.id)
          this.out.push(coOccurrence(topic.id, heading.subject, [passage.id], WEAK_STRENGTH));
      } else if (heading) {
        const namedAsKind = heading.named.includes(topic.id) || namesKindOf(topic.surface, heading.name);
        this.addItem(heading.items, topic.id, passage.id, namedAsKind);
      }
    }
    // Only a passage with passages under it announces items (`hasChildren`: false when known to have none).
    if (!hasChildren) return;
    const lead = leadInConcept(passage, analysis) ?? this.countedKindsOf(passage, analysis);
    if (lead) this.leadIns.set(passage.id, lead);
  }

  /**
   * A bullet that only counts kinds (`- 三种编码`, `- two kinds of probes`) and names no concept announces the
   * kinds of the concept it sits under: its parent bullet's, else the heading's (`## String` › `三种编码` ›
   * `int：…`, `embstr：…`).
   */
  private countedKindsOf(passage: Passage, analysis: PassageAnalysis): string | undefined {
    if (analysis.mentions.length > 0 || !COUNTED_KINDS.test(passage.text)) return undefined;
    const parent = passage.parentId ? this.bareItems.get(passage.parentId) : undefined;
    return parent ?? this.headings[this.headings.length - 1]?.subject;
  }

  private push(source: string, target: string, evidence: string, labels = LABELS): void {
    this.out.push({
      source,
      target,
      type: 'part-of',
      ...labels,
      evidence: [evidence],
      strength: STRUCTURE_STRENGTH,
      via: 'structure',
    });
  }
}

/**
 * The concepts a heading names right next to its subject, with only spaces between (`FCFS 调度算法`: the
 * heading calls FCFS a scheduling algorithm), not joined to it by other words (`Parse & Stringify`).
 */
function besideSubject(
  mentions: ReadonlyArray<{ id: string; start: number; end: number }>,
  subject: string,
  title: string,
): string[] {
  const beside: string[] = [];
  for (const head of mentions) {
    if (head.id !== subject) continue;
    for (const m of mentions) {
      if (m.id === subject) continue;
      const between = m.end <= head.start ? title.slice(m.end, head.start) : title.slice(head.end, m.start);
      if ((m.end <= head.start || m.start >= head.end) && between.trim() === '') beside.push(m.id);
    }
  }
  return beside;
}

/** Labelled bullets under one heading or one bullet, and the concept they may be items of. */
interface ItemGroup {
  subject: string | undefined;
  items: Array<{ id: string; evidence: string; typed: boolean }>;
}

/**
 * Whether a name is a kind of another by its words: it ends with the other's whole name (`多级队列调度算法` ends
 * with `调度算法`, `user-mode preemption` with `preemption`; English words compared singular). Two names sharing
 * only a head (`内存管理`, `进程管理`) are siblings, not kinds of one another.
 */
function namesKindOf(name: string, parent: string): boolean {
  const singular = (text: string) =>
    text
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9\u3400-\u9fff]+/g, ' ')
      .split(' ')
      .map((word) => word.replace(/(?<=[a-z]{3})(?:es|s)$/, ''))
      .join(' ')
      .trim();
  const a = singular(name);
  const b = singular(parent);
  if (a === '' || b === '' || a === b || !a.endsWith(b)) return false;
  // The parent's name is a whole word of the child's (`调度算法` in `多级队列调度算法`, not `mode` in `anode`).
  const before = a.charAt(a.length - b.length - 1);
  return /[\u3400-\u9fff]/.test(b.charAt(0)) || before === ' ';
}

/**
 * The concept a bullet or row is the item of: the one its label names whole — the passage opens with it and,
 * after a gloss if any, a colon follows (`拥塞避免：…`, `慢开始（slow start）：…`), or the passage is just its name.
 * `CPU burst：…` names an item `CPU burst`, not CPU; `也称为协作式调度（cooperative scheduling）` names none.
 */
function labelOf(text: string, analysis: PassageAnalysis): { id: string; surface: string } | undefined {
  const topic = analysis.topic;
  if (!topic) return undefined;
  const first = analysis.mentions.find((m) => !m.inGloss);
  if (!first || first.id !== topic.id || WORD.test(text.slice(0, first.start))) return undefined;
  const surface = text.slice(first.start, first.end);
  const after = text.slice(first.end).replace(/^\s*[（(][^）)]{0,40}[）)]/, '');
  if (/^\s*[：:]/.test(after) || !WORD.test(after)) return { id: topic.id, surface };
  return undefined;
}
const WORD = /[A-Za-z0-9\u3400-\u9fff]/;

/** The concept a passage is just the name of, with its gloss if any (`写时复制（COW）`, `哈希槽`). */
function bareConceptOf(text: string, analysis: PassageAnalysis): string | undefined {
  const first = analysis.mentions.find((m) => !m.inGloss);
  if (!first || WORD.test(text.slice(0, first.start))) return undefined;
  const after = text.slice(first.end).replace(/^\s*[（(][^）)]{0,40}[）)]/, '');
  return WORD.test(after) ? undefined : first.id;
}

/** The concept a lead-in announces items of: the last one named before the lead-in's words or colon. */
function leadInConcept(passage: Passage, analysis: PassageAnalysis): string | undefined {
  if (passage.kind === 'code' || passage.kind === 'table') return undefined;
  const text = passage.text;
  const m = LEAD_IN.exec(text);
  if (!m) return undefined;
  // The lead-in ends the passage (its items are below it), or ends with a colon.
  if (!/[:：]\s*$/.test(text) && text.length - (m.index + m[0].length) > 24) return undefined;
  const before = analysis.mentions.filter(
    (x) => !x.inGloss && x.end <= m.index + (m[0].startsWith(':') ? 0 : 1),
  );
  return before[before.length - 1]?.id ?? analysis.topic?.id;
}

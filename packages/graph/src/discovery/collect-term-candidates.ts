import {
  isChineseFunctionWord,
  isChineseVerb,
  isKnownEnglishWord,
  isShortChineseNoun,
  isWhiteSpace,
} from '@notetutor/lexicon';
import type { Lang, NotesDocument, Passage } from '@notetutor/notes';
import { blankProgramCode } from '../text/code-spans';
import { COMMON_ENGLISH_WORDS } from '../text/common-english-words';
import { isCommonWord, isParticiple } from '../text/is-common-word';
import type { ConceptLookup } from '../types';
import { type AddSighting, collectCommands, FLAG } from './collect-commands';
import { CoveredSpans } from './covered-spans';
import { findGlossPairs } from './find-gloss-pairs';
import { glossNamesTerm } from './gloss-names-term';
import { headingTerms } from './heading-terms';
import type { MentionList } from './mention-list';

/** One place where the notes seem to name a term. */
export interface TermSighting {
  term: string;
  kind: 'term' | 'command';
  /** Named on purpose (bold, heading, label, gloss, code): one sighting is enough. */
  strong: boolean;
  /** Seen in a translation (counted apart from the originals). */
  translated: boolean;
  /** The language of the text around it: Chinese in Chinese notes, else the passage's (or heading's) own. */
  lang: Lang;
  gloss?: string;
  /**
   * The gloss is the name the notes write as the term, the sighted term the other name in brackets after it
   * (`忙等待（busy waiting）`): the gloss is the term's name in the notes' own language.
   */
  glossFirst?: boolean;
  /**
   * How the notes name it: `defined` (bold, glossed, `X命令` / `the X command`), `code` (a command, flag or
   * inline code), `label` (a bullet's or table row's label), `heading`, `prose` (a technical word in text).
   */
  route: SightingRoute;
  /** For a heading: the ids of the passages it titles (its section and sub-sections). */
  titled?: readonly string[];
}

/** How a sighting names its term (see `TermSighting.route`). */
export type SightingRoute = 'defined' | 'code' | 'label' | 'heading' | 'prose';

/** A Latin run in Chinese text; a Unicode hyphen (U+2010, U+2011) joins a compound as `-` does (`domain‑name.conf`). */
const LATIN_RUN_ZH =
  /[A-Za-z][A-Za-z0-9]*(?:[._+/'’\u2010\u2011-][A-Za-z0-9]+)*(?: [A-Za-z][A-Za-z0-9]*(?:[._+'’\u2010\u2011-][A-Za-z0-9]+)*)*/g;
const COMMAND_ZH = /([a-z][\w.-]*(?: [a-z][\w.-]*)?)\s*命令/g;
const COMMAND_EN = /\bthe\s+([a-z][\w.-]*(?: [a-z][\w.-]*)?)\s+command\b/g;
const LATIN_BEFORE_GLOSS = /([A-Za-z][A-Za-z0-9._+-]*(?: [A-Za-z][A-Za-z0-9._+-]*){0,3}) ?$/;
const CJK_BEFORE_GLOSS = /([\u4e00-\u9fff]{2,8}) ?$/;
const LABEL = /^\s*([^：:，,。；;!?！？\n]{1,30}?)\s*[：:]/;
const CJK = /[\u3400-\u9fff]/;
const SENTENCE_OPENER = /(?:^|[:;.!?]\s+|\n\s*|[-*]\s+)$/;

/**
 * Walks the notes for places that name a term: headings, bold text and bullet or table labels, glosses
 * (`UTS(主机名称)`, `控制组(cgroups)`), commands (`docker info命令`, `the brctl show command`, inline code, shell
 * code blocks), flags (`--net=host`) and Latin-script words (every one in Chinese text, the technical-looking
 * ones in English). Spans the lookup already covers are not sighted. `isTranslation` tells translated
 * passages apart.
 *
 * @example
 * collectTermCandidates(corpus.documents, lookup, (p) => lookup.find(p.text), () => false, (s) => seen.push(s));
 * seen.map((s) => s.term); // ['Pod', 'Kubernetes', 'kubelet', 'kubectl get', …]
 */
export function collectTermCandidates(
  documents: readonly NotesDocument[],
  lookup: ConceptLookup,
  mentionsOf: (passage: Passage) => ReadonlyArray<{ start: number; end: number }> | MentionList,
  isTranslation: (passageId: string) => boolean,
  sight: (sighting: TermSighting) => void,
): void {
  // One adder per route, made once: what they add depends on the passage being read (`translated`).
  let translated = false;
  let lang: Lang = 'en';
  const adders = new Map<SightingRoute, AddSighting>();
  const via = (route: SightingRoute): AddSighting => {
    let adder = adders.get(route);
    if (!adder) {
      adder = (sighted, kind, strong, _passageId, gloss, glossFirst) => {
        const term = cleanTerm(sighted);
        if (term === '') return;
        sight(
          gloss === undefined
            ? { term, kind, strong, translated, lang, route }
            : { term, kind, strong, translated, lang, gloss, route, ...(glossFirst ? { glossFirst } : {}) },
        );
      };
      adders.set(route, adder);
    }
    return adder;
  };
  for (const doc of documents) {
    const docTranslated = doc.passages.some((p) => isTranslation(p.id));
    let passageById: Map<string, Passage> | undefined;
    doc.sections.forEach((section, at) => {
      const terms = headingTerms(section.title);
      if (terms.length === 0) return;
      // The passages the heading titles: its section's and its sub-sections'.
      const titled: string[] = [...section.passageIds];
      for (let next = at + 1; next < doc.sections.length; next++) {
        const sub = doc.sections[next] as NotesDocument['sections'][number];
        if (sub.depth <= section.depth) break;
        for (const id of sub.passageIds) titled.push(id);
      }
      // A heading over nothing but references (`### CRON` over links to the docs) titles a reading list: it
      // names what the notes point to, not what they teach.
      if (titled.length > 0) {
        passageById ??= new Map(doc.passages.map((p) => [p.id, p]));
        const byId = passageById;
        if (
          titled.every((id) => {
            const p = byId.get(id);
            return p !== undefined && isReferencePassage(p);
          })
        )
          return;
      }
      for (const part of terms) {
        if (lookup.find(part, { lang: doc.lang }).length > 0) continue;
        // `Interrupt Coalescing (soft IRQ)`: the gloss is an alias, never part of the label.
        const glossed = GLOSSED.exec(part);
        const term = cleanTerm(glossed?.[1] ?? part);
        if (term === '') continue;
        sight({
          term,
          kind: 'term',
          strong: true,
          translated: docTranslated,
          lang: doc.lang,
          route: 'heading',
          // English titles are set in title case; a Latin word heading Chinese notes is a name by its script.
          ...(doc.lang === 'en' ? { titled } : {}),
          ...(glossed?.[2] ? { gloss: glossed[2] } : {}),
        });
      }
    });
    for (const passage of doc.passages) {
      translated = isTranslation(passage.id);
      // Chinese notes are Chinese text around a Latin bullet too (`- test-and-set 指令`).
      lang = doc.lang === 'zh' ? 'zh' : passage.lang;
      // A list of references (mostly link texts, a table of contents) names its targets, not terms.
      if (isReferencePassage(passage)) continue;
      collectFromPassage(passage, lookup, mentionsOf(passage), via);
    }
  }
}

/**
 * A passage that lists references or tasks rather than saying something: one the notes parser marks as a
 * table-of-contents entry, a checklist item or a list of links, or whose text is mostly link texts or URLs.
 *
 * @example
 * isReferencePassage(passageOf('- [Pods](https://kubernetes.io/docs/pods/)')); // true
 */
export function isReferencePassage(passage: Passage): boolean {
  if (passage.kind === 'code') return false;
  if (passage.role !== undefined) return true;
  let linked = 0;
  for (const link of passage.links) linked += lengthWithoutSpaces(link.text);
  if (mayHoldUrl(passage.text)) for (const m of passage.text.matchAll(URL_LIKE)) linked += m[0].length;
  // Without links or URLs it says something (or nothing, when blank): no need to measure it.
  if (linked === 0) return false;
  const length = lengthWithoutSpaces(passage.text);
  if (length === 0) return false;
  return linked * 2 >= length;
}

/**
 * A URL or a bare domain with a path (`https://a.b/c`, `kubernetes.io/docs`, `www.x.com`); the domain ends with
 * its last label (`nginx.conf` is a file, not `nginx.co` and `nf`).
 */
const URL_LIKE =
  /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>()（）]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:io|com|org|net|cn|dev|me|gov|edu|co)(?![a-z0-9-])(?:\/[^\s<>()（）]*)?/gi;

/** The first units of the domains `URL_LIKE` knows (`io`, `com`, … `co`), lower case. */
const DOMAIN_FIRST = new Set([...'icondmge'].map((c) => c.charCodeAt(0)));

/**
 * Whether `URL_LIKE` can match: the text has `://`, or a dot after `www` or before a known domain's first
 * letter. Most passages have neither, and the pattern is costly to run (it tries every word).
 */
function mayHoldUrl(text: string): boolean {
  for (let at = text.indexOf('.'); at >= 0; at = text.indexOf('.', at + 1)) {
    if (DOMAIN_FIRST.has(text.charCodeAt(at + 1) | 0x20)) return true;
    if (at >= 3 && text.slice(at - 3, at).toLowerCase() === 'www') return true;
  }
  return text.includes('://');
}

/** The text with every URL blanked (same length, so offsets hold): its slugs are no terms. */
function blankUrls(text: string): string {
  if (!mayHoldUrl(text)) return text;
  return text.replace(URL_LIKE, (url) => ' '.repeat(url.length));
}

/**
 * A table row with its column headers blanked (`分类: 分支 | zsh alias: gb` → the cells only; same length, so
 * offsets hold): a header names a column, and repeats in every row, not a term of the prose.
 */
/** The numbering a step's title opens with: `1.`, `2、`, `(3)`, `4)`, `一、`. */
const NUMBERED_STEP = /^\s*(?:[(（]?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:[.、)）]|\s*[)）]))\s*/;

/** TeX math (`$\\tau_{n+1}=\\alpha t_n$`: a `$…$` span with a TeX command): its letters are a formula's variables. */
const TEX_MATH = /\$(?=\S)[^$\n]*\\[A-Za-z]+[^$\n]*\$/g;

/** What follows a term being introduced: a colon, a gloss, a dash, or a copula (`**X** is …`, `**X**：…`, `**X** 是…`). */
const INTRODUCED_BY =
  /^\s*(?:[:：（(=—–]|-\s|(?:is|are|was|means?|refers?|stands?|denotes?)\b|是|指|即|就是|表示|叫)/;
/** The end of the sentence before a position: a full stop, a question or exclamation mark, a line break. */
const SENTENCE_END = /[.!?。！？；;\n]/;

/**
 * Whether bold everyday words (`suck`, `29 seconds`) stress a clause rather than introduce a term: they neither
 * open their sentence nor are followed by what introduces a term (a colon, a gloss, `is`, `是`). A word the
 * language does not know (`**kubelet**`) is a term wherever it is bold.
 */
function isStress(text: string, term: string, lang: Passage['lang']): boolean {
  const words = term.split(/\s+/).filter((w) => w !== '' && !/^[0-9.,]+$/.test(w));
  if (words.length === 0 || !words.every((w) => isCommonWord(w, CJK.test(w) ? 'zh' : lang))) return false;
  const at = text.indexOf(term);
  if (at < 0) return false;
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1] ?? '')) start--;
  const before = text.slice(start, at).replace(/^\s*(?:[-*+]|[0-9]{1,2}[.)、])?\s*/, '');
  if (before.trim() === '') return false;
  return !INTRODUCED_BY.test(text.slice(at + term.length));
}

/**
 * The Latin names a bracket after a Chinese term gives it: the bracket's text, or a name and its abbreviation
 * (`critical section，CS`, `Inter-Process Communication, IPC`: the initials of the name's words).
 */
function glossNames(inside: string): string[] {
  const parts = inside.split(/[，,]/).map((part) => part.trim());
  if (parts.length === 1) return [inside.trim()];
  const [name, short] = parts as [string, string];
  const initials = name
    .split(/[\s-]+/)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
  return parts.length === 2 && /^[A-Z]{2,6}$/.test(short) && initials === short ? parts : [inside.trim()];
}

/** A Chinese aside that states a fact (a negation, or ending in a verb: `完全不共享`) rather than naming a thing. */
function isChineseRemark(inside: string): boolean {
  const text = inside.trim();
  return /[不没无]/.test(text) || (text.length >= 2 && isChineseVerb(text.slice(-2)));
}

/** Chinese modals and adverbs that a verb follows (`会`, `可以`, `只`, `不`): what comes next is the predicate. */
const BEFORE_VERB_ZH = /(?:会|可以|能|要|将|只|则|不|都|先|再|就|需要|必须|应该|直接)\s?$/;
/** Chinese determiners an object opens with (`当前`, `所有`, `这个`): a word right before one takes an object. */
const OBJECT_OPENS_ZH = /^\s?(?:当前|所有|全部|这|那|该|每|一个|一些|其)/;

/**
 * A lower-case English word in Chinese text used as a verb: after a modal or an adverb, or taking an object
 * that opens with a determiner. Names (`fork 返回两次`, `Pod 的调度`) and code stay terms.
 */
function isVerbInChinese(text: string, start: number, end: number): boolean {
  if (!/^[a-z]+$/.test(text.slice(start, end))) return false;
  return (
    BEFORE_VERB_ZH.test(text.slice(Math.max(0, start - 3), start)) ||
    OBJECT_OPENS_ZH.test(text.slice(end, end + 4))
  );
}

/** The text with TeX math blanked out, offsets kept. */
function blankMath(text: string): string {
  if (!text.includes('$')) return text;
  return text.replace(TEX_MATH, (math) => ' '.repeat(math.length));
}

function blankColumnHeaders(text: string, headers: readonly string[] | undefined): string {
  if (!headers || headers.length === 0) return text;
  let out = text;
  for (const header of headers) {
    const label = `${header}: `;
    if (header.trim() === '' || !out.includes(label)) continue;
    out = out.split(label).join(' '.repeat(label.length));
  }
  return out;
}

function collectFromPassage(
  passage: Passage,
  lookup: ConceptLookup,
  known: ReadonlyArray<{ start: number; end: number }> | MentionList,
  via: (route: SightingRoute) => AddSighting,
): void {
  const { id, lang } = passage;
  collectCommands(passage, via('code'));
  if (passage.kind === 'code') return;
  // URLs, column headers, program code (`#!c increment(&sequence)`: the example's words) and formulas are no
  // prose.
  const urlsBlank = blankMath(blankUrls(passage.text));
  const text = blankColumnHeaders(
    urlsBlank.includes('`') ? blankProgramCode(urlsBlank) : urlsBlank,
    passage.tableHeader,
  );
  const defined = via('defined');
  for (const term of passage.emphasis) {
    // A bold lead ending in a colon (`**How:**`, `**Check command:**`) is a label, not an emphasised term.
    if (/[:：]\s*$/.test(term)) {
      via('label')(term.replace(/[:：]\s*$/, ''), 'term', true, id);
      continue;
    }
    // A numbered bold line (`**1. 本地分支重命名**`, `**2) Rename the remote branch**`) is a step's heading set
    // in bold: like a label, its wording is a term only when another passage uses it too.
    const numbered = NUMBERED_STEP.exec(term);
    const route = numbered ? via('label') : defined;
    const wording = numbered ? term.slice(numbered[0].length) : term;
    const glossed = GLOSSED.exec(wording);
    if (glossed) route(glossed[1] ?? '', 'term', true, id, glossed[2]);
    // Everyday words set in bold in the middle of a clause are stressed, not introduced (`Deadlocks also
    // **suck**`, `it took almost **29 seconds**`): a use in prose, which a common word needs a definition beyond.
    else if (!numbered && isStress(passage.text, wording, lang)) via('prose')(wording, 'term', false, id);
    else route(wording, 'term', true, id);
  }
  const add = defined;
  const covered = new CoveredSpans(known);
  // The patterns below need a literal word: look for it first (far cheaper than running them on every text).
  if (text.includes('--')) {
    for (const m of text.matchAll(FLAG)) {
      via('code')(m[0], 'command', true, id);
      covered.add(m.index, m.index + m[0].length);
    }
  }
  if (text.includes(lang === 'zh' ? '命令' : 'command')) {
    for (const m of text.matchAll(lang === 'zh' ? COMMAND_ZH : COMMAND_EN)) {
      const command = m[1] ?? '';
      add(command, 'command', true, id);
      const at = m.index + m[0].indexOf(command);
      covered.add(at, at + command.length);
    }
  }
  for (const gloss of findGlossPairs(text)) {
    const { before, inside, start } = gloss;
    const last = lastUnitBefore(before);
    const latinTerm = isTermTail(last) ? LATIN_BEFORE_GLOSS.exec(before) : null;
    if (latinTerm?.[1]) {
      const term = lang === 'en' ? technicalTail(latinTerm[1], inside) : latinTerm[1];
      // `amecs (emacs)` corrects a typo; `cgroups (control groups)` and `etcd(键值存储)` explain a term.
      const plainWord = /^[a-z]+$/.test(term);
      if (lang === 'en' && isParticiple(term)) continue;
      // A one-letter word before the bracket names a notation (`score O(1)`: big-O), not a term being glossed.
      if (/(?:^| )[A-Za-z]$/.test(term)) continue;
      // An everyday English word before a Chinese remark that says what happens (`flag（完全不共享）`: "nothing
      // shared") rather than naming it (`flag（标志）`) is the word in passing.
      if (plainWord && CJK.test(inside) && isCommonWord(term, 'en') && isChineseRemark(inside)) {
        via('prose')(term, 'term', false, id);
        continue;
      }
      if (
        term &&
        !(plainWord && !CJK.test(inside) && !/\s/.test(inside)) &&
        // An everyday word before an aside is no term: `without asking (no network at all)`, `everything ("purge all")`.
        !(plainWord && !CJK.test(inside) && isCommonWord(term, 'en')) &&
        // An English word before a remark that is not another name for it is the word, not a term being
        // defined: `coverage (for sidecars)`, `redirect (> cron.yaml)`; a word English does not know is (`gcloud (and AWS)`).
        !(plainWord && !CJK.test(inside) && isKnownEnglishWord(term) && !glossNamesTerm(term, inside)) &&
        !covered.holds(start - term.length, start)
      ) {
        add(term, 'term', true, id, inside);
      }
      continue;
    }
    const cjkTerm = last >= 0x4e00 && last <= 0x9fff ? CJK_BEFORE_GLOSS.exec(before) : null;
    if (!cjkTerm?.[1]) continue;
    // A name and its abbreviation in one bracket (`临界区（critical section，CS）`) are both names of the term;
    // a list (`关系型数据库（MySQL、PostgreSQL）`, `（Redis, Memcached）`) gives examples, no names.
    const names = glossNames(inside);
    if (!names.every((latin) => /^[A-Za-z][A-Za-z0-9 ._+-]{1,30}$/.test(latin))) continue;
    // The Chinese name glossed: the end of the run before the bracket (`称为条件竞争` → `条件竞争`).
    const name = lastWord(cjkTerm[1]);
    for (const latin of names) {
      // `节点(node)`, `控制组(cgroups)`: a Latin name glossing a Chinese word; not a phrase (`smallest deployable unit`).
      const words = latin.split(/\s+/);
      if (words.length > 2 && !words.every((w) => /^[A-Z0-9]/.test(w))) continue;
      // A lower-case word and a number is a value (`init 进程（pid 1）`: the pid is 1), not a name.
      if (/^[a-z]+ [0-9]+$/.test(latin)) continue;
      const at = text.indexOf(latin, start);
      // A known name inside a longer glossed pair does not make the pair known: `孤儿进程（Orphaned Process）`
      // names a kind of process (a term of its own), `进程（process）` the process itself.
      if (covered.holds(at, at + latin.length) || covered.holds(start - name.length, start)) continue;
      add(latin, 'term', true, id, name, true);
    }
  }
  if (
    (passage.kind === 'bullet' || (passage.kind === 'table' && !passage.tableHeader)) &&
    (text.includes(':') || text.includes('：'))
  ) {
    for (const line of text.split('\n')) {
      const label = LABEL.exec(line.split(' | ')[0] ?? '');
      if (label?.[1] && lookup.find(label[1], { lang }).length === 0) {
        const route =
          passage.kind === 'bullet' && definesLabel(label[1], line.slice(label[0].length))
            ? 'defined'
            : labelRoute(label[1], lang);
        via(route)(label[1], 'term', true, id);
      }
    }
  }
  if (passage.kind === 'table') {
    // A row passage reads `header: cell | header: cell`; its first cell names what the row is about.
    const header = passage.tableHeader?.[0];
    const rows = passage.tableHeader
      ? [text]
      : text
          .split('\n')
          .filter((l) => l.includes(' | '))
          .slice(1);
    for (const row of rows) {
      const first = row.split(' | ')[0]?.trim() ?? '';
      const labelled =
        header && first.startsWith(`${header}: `) ? first.slice(header.length + 2).trim() : first;
      // A cell that is a code span (`kubectl get pods`) is read as its code.
      const cell = labelled.replace(/^(`+)\s?([^`]+?)\s?\1$/, '$2');
      if (!cell || passage.inlineCode.includes(cell) || lookup.find(cell, { lang }).length > 0) continue;
      via(labelRoute(cell, lang))(cell, 'term', true, id);
    }
  }
  if (lang === 'zh') {
    for (const m of text.matchAll(LATIN_RUN_ZH)) {
      // A one-letter word before a bracket is the name of a notation (`score O(1)`: big-O), not a word of a term.
      const run = text.charAt(m.index + m[0].length) === '(' ? m[0].replace(/(?:^| )[A-Za-z]$/, '') : m[0];
      if (run === '') continue;
      for (const [piece, start] of uncoveredPieces(run, m.index, covered)) {
        if (start > 0 && /[A-Za-z0-9]/.test(text.charAt(start - 1))) continue;
        // `memory stall`, `Memory Barrier` where `memory` is a known name: the rest is a word of that phrase's
        // name, not a term of its own (the phrase, when the notes gloss it, is one already).
        if (
          (text.charAt(start - 1) === ' ' &&
            /[A-Za-z0-9]/.test(text.charAt(start - 2)) &&
            covered.overlaps(start - 2, start - 1)) ||
          (text.charAt(start + piece.length) === ' ' &&
            /[A-Za-z0-9]/.test(text.charAt(start + piece.length + 1)) &&
            covered.overlaps(start + piece.length + 1, start + piece.length + 2))
        )
          continue;
        // An English verb in a Chinese clause (`会 duplicate 所有线程`, `duplicate 当前线程`) is the writer's word
        // for an action, not the name of a thing.
        if (isVerbInChinese(text, start, start + piece.length)) continue;
        via('prose')(piece, 'term', false, id);
      }
    }
  } else {
    collectEnglishTerms(passage, text, covered, via('prose'));
  }
}

const HAN_WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * A Chinese bullet label that is a compound of its own (`缓存击穿：热点 key 过期瞬间，大量请求打到数据库`), not an
 * everyday word (`作用：`, `配置：`) nor a count (`三种…：`), before a clause saying what it is: the bullet
 * defines a term, as a bold term would. Outline notes define their terms so, once each.
 */
function definesLabel(label: string, rest: string): boolean {
  const name = label.trim();
  if (!/^\p{Script=Han}{3,8}$/u.test(name) || isCommonWord(name, 'zh')) return false;
  // A count (`三种资源共享形式：`) or an ordinal (`第一次：`, `组合三：`) labels a part of the outline, not a thing.
  if (/^[一二三四五六七八九十两几第每各]|[一二三四五六七八九十]$/u.test(name) || isChineseVerb(name))
    return false;
  // Everyday words put together (`解决方法`, `寻找程序`) name an aspect of the outline, as `作用` does.
  const words = [...HAN_WORDS.segment(name)].map((w) => w.segment);
  if (words.every((w) => w.length >= 2 && isCommonWord(w, 'zh'))) return false;
  return (rest.match(/\p{Script=Han}/gu) ?? []).length >= 4;
}

/**
 * A Latin-script label in Chinese notes (`Secret | 敏感数据…`, `Pod：…`) is a name the row or bullet defines (the
 * script alone marks it); any other label is a label, a term only if the prose uses it too.
 */
function labelRoute(label: string, lang: Passage['lang']): SightingRoute {
  return lang === 'zh' && /^[A-Za-z][A-Za-z0-9 ._+-]*$/.test(label.trim()) ? 'defined' : 'label';
}

function collectEnglishTerms(passage: Passage, text: string, covered: CoveredSpans, add: AddSighting): void {
  const { id } = passage;
  // Sentence starts, read with a pointer as the scan moves forward (the parser gives them in order; a set
  // otherwise).
  const sentences = passage.sentences;
  let inOrder = true;
  for (let s = 1; s < sentences.length && inOrder; s++)
    inOrder = (sentences[s - 1] as { start: number }).start <= (sentences[s] as { start: number }).start;
  const sentenceStarts = inOrder ? undefined : new Set(sentences.map((s) => s.start));
  let nextSentence = 0;
  let phrase: { words: string[]; start: number; end: number } | undefined;
  for (let i = 0; i < text.length; i++) {
    const c0 = text.charCodeAt(i);
    if (!((c0 >= 0x61 && c0 <= 0x7a) || (c0 >= 0x41 && c0 <= 0x5a))) continue;
    if (i > 0 && isAlnum(text.charCodeAt(i - 1))) continue;
    // One token: letters and digits, joined by . _ + - (`kube-proxy`, `docker.sock`); scanned without slicing
    // until it turns out not to be an ordinary lower-case word.
    let j = i;
    let plain = true;
    for (;;) {
      const c = text.charCodeAt(j);
      if (isAlnum(c)) {
        if (!(c >= 0x61 && c <= 0x7a)) plain = false;
        j++;
      } else if ((c === 0x2e || c === 0x5f || c === 0x2b || c === 0x2d) && isAlnum(text.charCodeAt(j + 1))) {
        plain = false;
        j++;
      } else {
        break;
      }
    }
    const start = i;
    const end = j;
    i = j;
    if (plain) {
      // An ordinary lower-case word (most of English prose): never a term, and it ends a proper-noun phrase.
      if (phrase) add(phrase.words.join(' '), 'term', false, id);
      phrase = undefined;
      continue;
    }
    const word = text.slice(start, end);
    while (nextSentence < sentences.length && (sentences[nextSentence] as { start: number }).start < start)
      nextSentence++;
    const atSentenceStart =
      (sentenceStarts ? sentenceStarts.has(start) : sentences[nextSentence]?.start === start) ||
      start === 0 ||
      SENTENCE_OPENER.test(text.slice(Math.max(0, start - 3), start));
    const technical =
      /[0-9]/.test(word) ||
      (/[._+-]/.test(word) &&
        !word.split(/[._+-]/).every((part) => COMMON_ENGLISH_WORDS.has(part.toLowerCase()))) ||
      /^[A-Z]{2,}s?$/.test(word) ||
      /^[a-z]+[A-Z]/.test(word) ||
      /^[A-Z][a-z0-9]*[A-Z]/.test(word) ||
      (/^[A-Z]/.test(word) && !atSentenceStart);
    const usable =
      technical &&
      !covered.overlaps(start, end) &&
      !COMMON_ENGLISH_WORDS.has(word.toLowerCase()) &&
      !isParticiple(word) &&
      !isClosingAside(text, start, end);
    if (usable && phrase && text.slice(phrase.end, start) === ' ' && /^[A-Z]/.test(word)) {
      phrase.words.push(word);
      phrase.end = end;
      continue;
    }
    if (phrase) add(phrase.words.join(' '), 'term', false, id);
    phrase = usable ? { words: [word], start, end } : undefined;
  }
  if (phrase) add(phrase.words.join(' '), 'term', false, id);
}

/**
 * An abbreviation the writer adds after a comma at the end of a one-comma sentence (`… for the exam, IMO.`):
 * a comment on the sentence, not a participant of it. A list's last item has another comma before it.
 */
function isClosingAside(text: string, start: number, end: number): boolean {
  if (!/^[A-Z]{2,}$/.test(text.slice(start, end))) return false;
  if (!/^[.!?](?:\s|$)/.test(text.slice(end, end + 2)) || text.slice(start - 2, start) !== ', ') return false;
  let from = start - 2;
  while (from > 0 && !/[.!?\n]/.test(text.charAt(from - 1))) from--;
  return !text.slice(from, start - 2).includes(',');
}

function isAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** A term followed by its gloss in brackets: `cgroups (control groups)`, `UTS(主机名称)`. */
const GLOSSED = /^(.+?)\s*[（(]([^()（）]+)[)）]\s*$/;
/** Markdown markers left at a term's edges (a label cut out of a code span: `` `Vary: Accept-Encoding` ``). */
const EDGE_MARKERS = /^[\s`*~]+|[\s`*~]+$/gu;
/** A unit `EDGE_MARKERS` strips (white space, `` ` ``, `*`, `~`). */
function isEdgeMarker(c: number): boolean {
  return c === 0x60 || c === 0x2a || c === 0x7e || isWhiteSpace(c);
}

/** The length of a text without its white space (what `text.replace(/\s+/g, '').length` gives). */
function lengthWithoutSpaces(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c > 0x20 && c < 0x7f) || (c >= 0x3400 && c <= 0x9fff) || !isWhiteSpace(c)) length++;
  }
  return length;
}

/** A Latin abbreviation of a phrase (`e.g`, `i.e.`, `etc.`), never a term. */
const LATIN_ABBREVIATION = /^(?:(?:[a-z]\.){1,3}[a-z]?\.?|etc\.?|vs\.?|cf\.?)$/iu;

/** A sighted term without markdown markers at its edges; '' when what is left names nothing. */
function cleanTerm(term: string): string {
  const clean =
    term !== '' && !isEdgeMarker(term.charCodeAt(0)) && !isEdgeMarker(term.charCodeAt(term.length - 1))
      ? term
      : term.replace(EDGE_MARKERS, '');
  return LATIN_ABBREVIATION.test(clean) ? '' : clean;
}

/** The last unit of the text before a gloss, one space left out (both gloss patterns end in ` ?$`). */
function lastUnitBefore(before: string): number {
  const end = before.charCodeAt(before.length - 1) === 0x20 ? before.length - 1 : before.length;
  return end > 0 ? before.charCodeAt(end - 1) : 0;
}

/** A unit a Latin term before a gloss can end with: [A-Za-z0-9._+-]. */
function isTermTail(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x2e ||
    c === 0x5f ||
    c === 0x2b ||
    c === 0x2d
  );
}

/** The last word of a Chinese run, after its last function character (`运行在每个节点` → `节点`). */
function lastWord(run: string): string {
  // What names the term follows the last function character or naming verb (`情况称为条件竞争` → `条件竞争`).
  const parts = run.split(
    /称之为|称为|叫做|叫作|也叫|又叫|又称|简称|名为|通过|利用|采用|使用|[在的是个种类了和与把被每其这那些]/,
  );
  const last = (parts[parts.length - 1] ?? '').replace(
    /^(?:通过|又叫|也叫|叫做|称为|充当|导致|利用|使用|采用|即)/,
    '',
  );
  // One character after a classifier is a name of one character (`1 个区（extent）`: 区), not the classifier's.
  if (last.length === 1 && /[个种类]$/.test(run.slice(0, -1))) return last;
  const name = last.length >= 2 ? last : run;
  // A name starts after the last conjunction or preposition before it (`而触发(emit)` → `触发`, `最后于进程间通信`
  // → `进程间通信`, `但是流（stream）` → `流`): those end the phrase it follows. Not a character the segmenter split
  // off a word it does not know (`自` of `自旋锁`: `自旋` is a word), nor one that leaves a single character
  // (`多对多`: `对` is also "pair").
  const words = [...HAN_WORDS.segment(name)].map((w) => w.segment);
  for (let i = words.length - 2; i >= 0; i--) {
    const word = words[i] as string;
    if (!isChineseFunctionWord(word)) continue;
    const rest = words.slice(i + 1).join('');
    if (word.length === 1) {
      const joined = word + rest.charAt(0);
      if (
        rest.length < 2 ||
        isChineseVerb(joined) ||
        isShortChineseNoun(joined) ||
        isCommonWord(joined, 'zh')
      )
        break;
    }
    return rest;
  }
  return name;
}

/**
 * The term right before an English gloss: its last word (unless a common word), with the capitalised or
 * technical words before it (`early versions used AUFS` → `AUFS`, `the Linux Container` → `Linux Container`).
 */
function technicalTail(phrase: string, gloss: string): string {
  const words = phrase.split(' ').map((w) => w.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, ''));
  const last = words[words.length - 1] ?? '';
  if (last === '' || COMMON_ENGLISH_WORDS.has(last.toLowerCase())) return '';
  const tailOf = (joins: (w: string) => boolean) => {
    const tail = [last];
    for (let i = words.length - 2; i >= 0; i--) {
      const w = words[i] ?? '';
      if (w !== '' && joins(w) && !COMMON_ENGLISH_WORDS.has(w.toLowerCase())) tail.unshift(w);
      else break;
    }
    return tail.join(' ');
  };
  const capitalised = tailOf((w) => /[0-9_+-]/.test(w) || /[A-Z]/.test(w));
  // A capital makes an everyday word part of the name when the gloss names the whole (`Interrupt Coalescence
  // (IC)`), not before a remark: `Calls netfilter (\`POST_ROUTING\`)` opens a sentence with a verb.
  if (capitalised === last || glossNamesTerm(capitalised, gloss)) return capitalised;
  return tailOf((w) => /[0-9_+-]/.test(w) || (/[A-Z]/.test(w) && !isCommonWord(w, 'en')));
}

/** Parts of a Latin run not covered by known mentions, split at the covered spans. */
function uncoveredPieces(run: string, at: number, covered: CoveredSpans): Array<[string, number]> {
  const pieces: Array<[string, number]> = [];
  let start = at;
  const end = at + run.length;
  const inside = covered.within(at, end);
  for (const [s, e] of inside) {
    if (s > start) pieces.push([run.slice(start - at, s - at), start]);
    start = Math.max(start, e);
  }
  if (start < end) pieces.push([run.slice(start - at), start]);
  return pieces
    .map(([piece, s]): [string, number] => {
      const lead = piece.length - piece.trimStart().length;
      return [piece.trim(), s + lead];
    })
    .filter(([piece]) => piece !== '');
}

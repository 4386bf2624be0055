import type { ConceptKind } from '@notetutor/contracts';
import { isKnownEnglishWord } from '@notetutor/lexicon';
import type { NotesDocument, Passage } from '@notetutor/notes';
import { COMMON_ENGLISH_WORDS } from '../text/common-english-words';
import { foldKey } from '../text/fold-for-match';
import { isCommonWord, looksLikeClause } from '../text/is-common-word';
import type { ConceptLookup, VocabularyAlias } from '../types';
import { collectExampleNames } from './collect-example-names';
import { collectTermCandidates, type SightingRoute, type TermSighting } from './collect-term-candidates';
import { glossNamesTerm } from './gloss-names-term';
import { type CommandContext, isIncidentalCommand, readCommandContext } from './incidental-commands';
import type { MentionList } from './mention-list';

/** A concept found in the notes without the vocabulary. */
export interface DiscoveredConcept {
  id: string;
  labelZh: string;
  labelEn: string;
  kind: Extract<ConceptKind, 'term' | 'command'>;
  aliases: VocabularyAlias[];
  /**
   * In how many original prose passages (outside inline code, not a list of references) the notes must name
   * it for it to be a concept: 0 when they define, gloss or emphasise it or use it in prose; 1 for a heading's
   * or inline code's wording; 2 for a bullet or table label (its own passage is one).
   */
  minUses: number;
  /**
   * Passages whose use of it does not count: for a heading's wording made of everyday words (`Core Concepts`,
   * `Configuration`), the passages that heading titles, where the prose speaks of the section itself.
   */
  titled?: ReadonlySet<string>;
}

/** Options of `discoverConcepts`. */
export interface DiscoverOptions {
  /** Finds the concepts the vocabulary already names (their spans are not discovered again). */
  lookup: ConceptLookup;
  /** Where the vocabulary's mentions are in a passage; found with `lookup` when not given. */
  mentionsOf?: (passage: Passage) => ReadonlyArray<{ start: number; end: number }> | MentionList;
  /** Ids already taken (vocabulary concepts). */
  takenIds: ReadonlySet<string>;
  stopWords: { zh: readonly string[]; en: readonly string[] };
  /** Passage ids of translations: counted apart, so a term and its translation do not make two sightings. */
  isTranslation: (passageId: string) => boolean;
}

interface Candidate {
  key: string;
  kind: 'term' | 'command';
  surfaces: Map<string, number>;
  glosses: Map<string, number>;
  strong: boolean;
  original: number;
  translated: number;
  routes: Set<SightingRoute>;
  /** The passages its headings title. */
  titled: Set<string>;
  /** Names in the other script that the notes write as the term, this one in brackets after (`忙等待（busy waiting）`). */
  writtenAs: Map<string, number>;
  /** The label a merge chose (a numeronym's full word: `Kubernetes` for `k8s`). */
  preferred?: string;
  /** Seen in Chinese text: a Latin word there is a name by its script. */
  inChinese: boolean;
}

const BUILT_IN_ZH_STOP = [
  '概念',
  '问题',
  '总结',
  '笔记',
  '注意',
  '其他',
  '方式',
  '功能',
  '作用',
  '原理',
  '目录',
  '简介',
  '介绍',
];
const GLOSS_STOP = new Set(
  [
    '默认',
    '可选',
    '推荐',
    '必选',
    '略',
    '见下',
    '如下',
    '例如',
    '可选的',
    '必填',
    '选填',
    '注',
    '下同',
    '同上',
  ].concat([
    'optional',
    'default',
    'the default',
    'recommended',
    'deprecated',
    'required',
    'see below',
    'e.g.',
    'etc',
  ]),
);
const CJK = /[\u3400-\u9fff]/;
/** A file name: a name, a dot and the extension of a script, a configuration, data or a document. */
const FILE_NAME =
  /^[\w\u2010\u2011.-]+\.(?:conf|sh|bash|zsh|ya?ml|json|py|rb|md|txt|log|rdb|aof|cfg|ini|toml|xml|html?|css|pem|crt|csr|csv|sql|tar|gz|tgz|zip|bak)$/i;

/**
 * Finds concepts the vocabulary does not name, so that a new notes file brings its own concepts: bold terms,
 * short headings and bullet labels (`Pod：…`), glossed terms (`UTS(主机名称)`, `控制组(cgroups)`), commands
 * (`docker info命令`, `the brctl show command`, shell code blocks, inline code), flags (`--net=host`), and
 * technical Latin-script words (`nginx`, `kube-proxy`, `ipv4`, proper nouns) seen at least twice. Stop-words,
 * numbers, single letters and spans the vocabulary already covers are left out. Ids are kebab-case of the
 * Latin form (`docker-info`) or the Chinese term itself, never clashing with a taken id.
 *
 * @example
 * discoverConcepts(corpus.documents, { lookup, takenIds, stopWords, isTranslation }).map((c) => c.id);
 * // ['brctl-show', 'docker-info', 'nginx']
 */
export function discoverConcepts(
  documents: readonly NotesDocument[],
  options: DiscoverOptions,
): DiscoveredConcept[] {
  const stop = new Set<string>(
    [...options.stopWords.zh, ...options.stopWords.en, ...BUILT_IN_ZH_STOP].map((w) => foldKey(w)),
  );
  const candidates = new Map<string, Candidate>();
  // The same term is sighted many times: read each spelling (and each gloss) once.
  const readTerms = {
    term: new Map<string, Reading | null>(),
    command: new Map<string, Reading | null>(),
    paired: new Map<string, Reading | null>(),
  };
  const readGlosses = new Map<string, string | null>();
  const mentionsOf = options.mentionsOf ?? ((p: Passage) => options.lookup.find(p.text, { lang: p.lang }));
  collectTermCandidates(documents, options.lookup, mentionsOf, options.isTranslation, (sighting) => {
    // A name written with its other name in brackets (`僵尸进程（Zombie Process）`, `kernel scheduling entity（内核调度实体）`)
    // is one of a pair of names.
    const paired = sighting.kind === 'term' && sighting.gloss !== undefined;
    const readings = readTerms[paired ? 'paired' : sighting.kind];
    let reading = readings.get(sighting.term);
    if (reading === undefined) {
      reading = readTerm(sighting.term, sighting.kind, stop, options.lookup, paired);
      readings.set(sighting.term, reading);
    }
    if (!reading) return;
    const { surface, key } = reading;
    let candidate = candidates.get(key);
    if (!candidate) {
      candidate = {
        key,
        kind: sighting.kind,
        surfaces: new Map(),
        glosses: new Map(),
        strong: false,
        original: 0,
        translated: 0,
        routes: new Set(),
        writtenAs: new Map(),
        titled: new Set(),
        inChinese: false,
      };
      candidates.set(key, candidate);
    }
    if (sighting.kind === 'command') candidate.kind = 'command';
    candidate.strong ||= sighting.strong;
    if (sighting.lang === 'zh') candidate.inChinese = true;
    candidate.routes.add(sighting.route);
    if (sighting.titled) for (const id of sighting.titled) candidate.titled.add(id);
    candidate.surfaces.set(surface, (candidate.surfaces.get(surface) ?? 0) + 1);
    if (sighting.translated) candidate.translated++;
    else candidate.original++;
    if (sighting.gloss === undefined) return;
    let gloss = readGlosses.get(sighting.gloss);
    if (gloss === undefined) {
      const text = sighting.gloss.trim().replace(/\s+/g, ' ');
      gloss = text && isGloss(text, stop, options.lookup) ? tidy(text) : null;
      readGlosses.set(sighting.gloss, gloss);
    }
    if (gloss && foldKey(gloss) !== key && glossNamesTerm(surface, gloss)) {
      candidate.glosses.set(gloss, (candidate.glosses.get(gloss) ?? 0) + 1);
      if (sighting.glossFirst) candidate.writtenAs.set(gloss, (candidate.writtenAs.get(gloss) ?? 0) + 1);
    }
  });
  return toConcepts(
    candidates,
    options.takenIds,
    collectExampleNames(documents),
    readCommandContext(documents),
    documents,
  );
}

/** A sighted spelling as a candidate: its tidy surface and its key. */
interface Reading {
  surface: string;
  key: string;
}

/**
 * The candidate a sighted spelling makes, or null when it is no term or the vocabulary names it. One of a pair
 * of names (`僵尸进程（Zombie Process）`) is known only when the vocabulary names it whole: a known word inside
 * it (`process`) makes it a kind of that concept, not the concept itself.
 */
function readTerm(
  term: string,
  kind: TermSighting['kind'],
  stop: ReadonlySet<string>,
  lookup: ConceptLookup,
  paired = false,
): Reading | null {
  let surface = tidy(term).replace(/^(?:a|an|the)\s+/i, '');
  // A flag's value is an example (`--image=nginx`): the concept is the flag.
  if (kind === 'command' && surface.startsWith('-')) surface = surface.replace(/=.*$/, '');
  if (!isTermLike(surface, stop)) return null;
  if (kind === 'command' && !surface.includes(' ') && !surface.startsWith('-') && isCommonWord(surface, 'en'))
    return null;
  const named =
    kind === 'command' || paired ? lookup.resolve(surface) !== undefined : isKnown(surface, lookup);
  return named ? null : { surface, key: foldKey(surface) };
}

/** The vocabulary already names the term, or most of it (`a pair of network cards`). */
function isKnown(term: string, lookup: ConceptLookup): boolean {
  if (lookup.resolve(term) !== undefined) return true;
  const letters = term.replace(/[\s\p{P}]/gu, '').length;
  const covered = lookup
    .find(term)
    .reduce((sum, m) => sum + term.slice(m.start, m.end).replace(/[\s\p{P}]/gu, '').length, 0);
  return letters > 0 && covered * 2 > letters;
}

/**
 * A sighted spelling without what is not part of a name: numbering (`1 常见算法`, `2.3 `), a checkbox (`[ ]`),
 * a share (`Configuration - 18%`), table pipes, surrounding punctuation.
 */
function tidy(term: string): string {
  return term
    .replace(/\s+/g, ' ')
    .replace(/^[\s|｜]+|[\s|｜]+$/g, '')
    .replace(/^\[[ xX]?\]\s*/, '')
    .replace(/^(?:[0-9]+(?:\.[0-9]+)*|[一二三四五六七八九十]+|[IVX]+)(?:\s*[.、．:)）]\s*|\s+)(?=\S)/, '')
    .replace(/\s*[-–—:：]\s*[0-9]+(?:\.[0-9]+)?\s*%$/, '')
    .replace(/^[-–—*•·]\s+/, '')
    .replace(/(?<=\S)\s+(?:flag|option|command|命令|参数)$/i, '')
    .trim();
}

function isTermLike(term: string, stop: ReadonlySet<string>): boolean {
  if (term.length < 2 || term.length > 40) return false;
  if (/[|｜]/.test(term) || looksLikeClause(term)) return false;
  const key = foldKey(term);
  if (stop.has(key) || COMMON_ENGLISH_WORDS.has(key)) return false;
  if (!/[A-Za-z\u3400-\u9fff]/.test(term)) return false;
  if (/^[0-9.]+$/.test(term) || /^v?[0-9]+(?:\.[0-9]+)+$/i.test(term)) return false;
  // An ordinal with its measure word (`第三步`, `第2章`, `第一种`) numbers the items of a list: no name.
  if (/^第[0-9一二三四五六七八九十百]+\p{Script=Han}?$/u.test(term)) return false;
  if (/^https?:|www\.|\.(?:png|jpe?g|gif|svg|webp)$/i.test(term)) return false;
  // An everyday word with a particle is an attribute or an action, not a name (`hands-on`, `built-in`).
  const phrasal = /^([a-z]+)-(?:on|in|up|out|off|over|down)$/i.exec(term);
  if (phrasal && isCommonWord(phrasal[1] ?? '', 'en')) return false;
  // One thing of a kind numbered by the example (`product-42`, `category-7`, `node-2`): an English word, a
  // hyphen and a number is the example's value, not a name the notes teach (`fin-wait-1`, `utf-8` are not
  // words of the language).
  const numbered = /^([a-z]{3,})-[0-9]+$/i.exec(term);
  if (numbered && isKnownEnglishWord((numbered[1] ?? '').toLowerCase())) return false;
  // A placeholder for any name of its kind (`ethX`, `sdN`: the X stands for a number) is no name itself.
  if (/^[a-z]{2,}[XN]$/.test(term)) return false;
  // A file of the example (`rename.sh`, `domain‑name.conf`, a fingerprinted `app.3f9a2c.js`) is no concept.
  if (FILE_NAME.test(term) || /\.(?=[a-z0-9]*[0-9])(?=[a-z0-9]*[a-z])[a-z0-9]{5,}\./i.test(term))
    return false;
  if (/[。，,；;！!？?]/.test(term)) return false;
  if (CJK.test(term)) {
    const cjkCount = [...term].filter((c) => CJK.test(c)).length;
    if (cjkCount < 2 || cjkCount > 12) return false;
  }
  if (term.split(' ').length > 5) return false;
  if (/^[A-Za-z]$/.test(term.replace(/[^A-Za-z]/g, '')) && !CJK.test(term)) return false;
  return true;
}

function isGloss(gloss: string, stop: ReadonlySet<string>, lookup: ConceptLookup): boolean {
  const key = foldKey(gloss);
  if (GLOSS_STOP.has(key) || stop.has(key)) return false;
  // A name of a vocabulary concept stays that concept's (`创建了一个进程（fork）`: 进程 is the process, not fork),
  // and a common word of the language would name everyday text (`运行（running）`): neither is another name.
  if (lookup.resolve(gloss) !== undefined) return false;
  if (!/\s/.test(gloss) && isCommonWord(gloss, CJK.test(gloss) ? 'zh' : 'en')) return false;
  // `Client（通常是浏览器）`: a remark in brackets, not another name.
  if (looksLikeClause(gloss) || !/^[A-Za-z\u3400-\u9fff]/.test(gloss)) return false;
  if (gloss.length > 30 || /[。，,；;！!？?]/.test(gloss)) return false;
  return /[A-Za-z\u3400-\u9fff]/.test(gloss) && !/^[0-9.]+$/.test(gloss);
}

/**
 * The spelling to show: the most frequent, an all-capitals one (`POD`, from a shouted heading) or a
 * capitalised one (`Kubectl`, at a sentence's start) counting less when the notes also write it otherwise.
 */
function bestSpelling(counts: ReadonlyMap<string, number>): string | undefined {
  const forms = [...counts.keys()];
  const weighed = new Map<string, number>();
  for (const [form, n] of counts) {
    const shouted = /[a-z]/i.test(form) && form === form.toUpperCase() && /[A-Z]{3}/.test(form);
    const capital = /^[A-Z][a-z]/.test(form);
    const other = (f: string) => f !== form && f.toLowerCase() === form.toLowerCase();
    let w = n;
    if (shouted && forms.some((f) => other(f) && f !== f.toUpperCase())) w = n / 4;
    else if (capital && forms.some((f) => other(f) && /^[a-z]/.test(f))) w = n / 2;
    weighed.set(form, w);
  }
  return mostFrequent(weighed);
}

function mostFrequent(counts: ReadonlyMap<string, number>): string | undefined {
  let best: [string, number] | undefined;
  for (const entry of counts) {
    if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  }
  return best?.[0];
}

function slug(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9\u3400-\u9fff]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Folds one candidate into another: its spellings, glosses, sightings and routes add up. */
function absorb(into: Candidate, from: Candidate): void {
  for (const [t, n] of from.surfaces) into.surfaces.set(t, (into.surfaces.get(t) ?? 0) + n);
  for (const [g, n] of from.glosses) into.glosses.set(g, (into.glosses.get(g) ?? 0) + n);
  for (const [g, n] of from.writtenAs) into.writtenAs.set(g, (into.writtenAs.get(g) ?? 0) + n);
  for (const id of from.titled) into.titled.add(id);
  into.strong ||= from.strong;
  into.original += from.original;
  into.translated += from.translated;
  for (const r of from.routes) into.routes.add(r);
  if (from.kind === 'command') into.kind = 'command';
  into.inChinese ||= from.inChinese;
}

/** A Latin key without spaces, hyphens, dots and underscores: `kube-proxy` = `kube proxy` = `kubeproxy`. */
function compactKey(key: string): string {
  return CJK.test(key) ? key.replace(/\s+/g, '') : key.replace(/(?<=[a-z0-9])[\s._-]+(?=[a-z0-9])/g, '');
}

function total(c: Candidate): number {
  let n = 0;
  for (const count of c.surfaces.values()) n += count;
  return n;
}

/**
 * Merges the candidates that are one concept: spacing, hyphen and case variants (`kube-proxy`, `kube proxy`;
 * `NodeController`, `Node Controller`), plural and singular, a quality and its adjective (`freshness`,
 * `fresh`), a dotted path and its last part (`net.ipv4.tcp_rmem`, `tcp_rmem`), a term and its gloss in either order (`ACK（确认位）`,
 * `确认位（ACK）`, `慢开始（slow start）`), a Chinese-and-Latin name and its parts (`确认位 ACK`), an abbreviation and
 * the expansion its letters spell (`CRD`, `Custom Resource Definition`), a numeronym (`k8s`, `Kubernetes`).
 */
function mergeVariants(candidates: Map<string, Candidate>): void {
  const keys = () => [...candidates.keys()].sort();
  const owner = new Map<string, string>();
  const claim = (form: string, key: string) => {
    const current = owner.get(form);
    if (current === undefined) owner.set(form, key);
  };
  const merge = (keep: string, drop: string) => {
    const a = candidates.get(keep);
    const b = candidates.get(drop);
    if (!a || !b || a === b) return;
    absorb(a, b);
    candidates.delete(drop);
    for (const [form, k] of owner) if (k === drop) owner.set(form, keep);
  };
  const bigger = (x: string, y: string) => {
    const cx = candidates.get(x) as Candidate;
    const cy = candidates.get(y) as Candidate;
    return total(cy) > total(cx) || (total(cy) === total(cx) && y < x) ? [y, x] : [x, y];
  };
  // Spelling variants and plurals.
  for (const key of keys()) {
    const forms = [compactKey(key)];
    if (/[a-z]ies$/.test(key)) forms.push(compactKey(`${key.slice(0, -3)}y`));
    if (/[a-z]s$/.test(key)) forms.push(compactKey(key.slice(0, -1)));
    if (/(?:s|x|ch|sh)es$/.test(key)) forms.push(compactKey(key.slice(0, -2)));
    // A quality and its adjective are one concept (`freshness`, `fresh`).
    if (/^[a-z]{4,}ness$/.test(key)) forms.push(key.slice(0, -4));
    // A dotted path names its last part (`net.ipv4.tcp_rmem`, `tcp_rmem`) when that part is a name of its own.
    // A path of three or more parts (`net.core.somaxconn`) names its last part whatever its shape.
    const last =
      /\.([a-z][a-z0-9]*[_-][a-z0-9_-]+)$/.exec(key)?.[1] ??
      /^[a-z0-9_-]+\.[a-z0-9_-]+\.([a-z][a-z0-9]{3,})$/.exec(key)?.[1];
    if (last) forms.push(compactKey(last));
    const known = forms.map((f) => owner.get(f)).find((k) => k !== undefined && candidates.has(k));
    if (known !== undefined) {
      const [keep, drop] = bigger(known, key) as [string, string];
      merge(keep, drop);
      for (const f of forms) owner.set(f, keep);
    } else {
      for (const f of forms) claim(f, key);
    }
  }
  // A term and its gloss, whichever is written first.
  for (const key of keys()) {
    const c = candidates.get(key);
    if (!c) continue;
    for (const gloss of [...c.glosses.keys()].sort()) {
      const other = owner.get(compactKey(foldKey(gloss)));
      if (other !== undefined && other !== key && candidates.has(other) && candidates.has(key)) {
        const [keep, drop] = bigger(key, other) as [string, string];
        merge(keep, drop);
      }
    }
  }
  // `确认位 ACK`: a Chinese name and a Latin one side by side, when either is a candidate of its own.
  for (const key of keys()) {
    const m =
      /^([\u3400-\u9fff]+)\s*([a-z][a-z0-9 ._+-]*)$/.exec(key) ??
      /^([a-z][a-z0-9 ._+-]*?)\s*([\u3400-\u9fff]+)$/.exec(key);
    if (!m) continue;
    const other = [m[1], m[2]]
      .map((part) => owner.get(compactKey((part ?? '').trim())))
      .find((k) => k !== undefined && k !== key && candidates.has(k));
    if (other !== undefined) merge(other, key);
  }
  // Abbreviations and numeronyms.
  const multiword = keys().filter((k) => /^[a-z]+(?: [a-z]+){1,4}$/.test(k));
  for (const key of keys()) {
    const c = candidates.get(key);
    if (!c) continue;
    const surface = mostFrequent(c.surfaces) ?? key;
    const abbreviation = /^([A-Z]{2,6})s?$/.exec(surface)?.[1]?.toLowerCase();
    let target: string | undefined;
    if (abbreviation) {
      const spelled = multiword.filter(
        (k) =>
          candidates.has(k) &&
          k
            .split(' ')
            .map((w) => w[0])
            .join('') === abbreviation,
      );
      if (spelled.length === 1) target = spelled[0];
    }
    const numeronym = /^([a-z])([0-9]{1,2})([a-z])$/.exec(key);
    if (numeronym) {
      const [, first, count, last] = numeronym;
      const spelled = keys().filter(
        (k) =>
          /^[a-z]+$/.test(k) &&
          k.length === Number(count) + 2 &&
          k.startsWith(first as string) &&
          k.endsWith(last as string),
      );
      if (spelled.length === 1) {
        target = spelled[0];
        const full = candidates.get(target as string);
        if (full) full.preferred = bestSpelling(full.surfaces);
        if (full) {
          absorb(full, c);
          candidates.delete(key);
          continue;
        }
      }
    }
    if (target !== undefined && target !== key) {
      const [keep, drop] = bigger(target, key) as [string, string];
      merge(keep, drop);
    }
  }
}

/** What the notes must still do for a candidate to be a concept: `DiscoveredConcept.minUses`, or -1: never. */
function usesNeeded(
  c: Candidate,
  surface: string,
  exampleNames: ReadonlySet<string>,
  commands: CommandContext,
  passageById: (id: string) => Passage | undefined,
): number {
  const { routes } = c;
  // A command only a code block runs, for a program the notes never name otherwise, is used in passing.
  if (
    c.kind === 'command' &&
    routes.size === 1 &&
    routes.has('code') &&
    isIncidentalCommand(surface, commands)
  )
    return -1;
  // A variable of the notes' own program example (`int *sequence`) is the example's, unless they define it.
  if (exampleNames.has(surface) && !routes.has('defined')) return -1;
  // A compound English prose writes in lower case (`least-cost`, `self-contained`, `transport-layer`) is made of
  // its words like a phrase is (`the least-cost path`): not a name by its hyphens. In Chinese text a Latin
  // compound is (`test-and-set 指令`), and so is one the notes ever capitalise (`The Link-State routing algorithm`)
  // or write as code (`max-age`, `time-wait`).
  const everydayCompound =
    !c.inChinese &&
    !routes.has('code') &&
    [...c.surfaces.keys()].every((s) => /^[a-z]+(?:-[a-z]+)+$/.test(s));
  const words = CJK.test(surface) ? [surface] : surface.split(everydayCompound ? /[\s-]+/ : /\s+/);
  // A common word of the language is a concept only where the notes define, gloss or emphasise it.
  // A section's title that the prose writes as a name (`## Deployment 与 Service` … `Service 的流量`) counts too.
  if (words.every((w) => isCommonWord(w, CJK.test(w) ? 'zh' : 'en'))) {
    // One capitalised word the prose writes as a section's title names a thing (`Service 的流量`); a phrase of
    // everyday words (`Core Concepts`) that the prose repeats names the section.
    const named =
      routes.has('defined') ||
      (routes.has('heading') && routes.has('prose') && /[A-Z]/.test(surface) && words.length === 1) ||
      (routes.has('heading') && words.length === 1 && sectionSubject(c, surface, passageById));
    return named ? 0 : -1;
  }
  if (routes.has('defined')) return 0;
  if (c.kind === 'command' && routes.has('code') && !/^[^-\s]+$/.test(surface)) return 0;
  if (routes.has('prose')) return 0;
  if (routes.has('heading') || routes.has('code')) return 1;
  return 2;
}

/**
 * Whether the section a one-word heading titles (`### Secrets`) is about the thing it names: its prose comes
 * back to the word in several passages (`To quickly generate secrets…`, `Secrets can be mounted…`) and its code
 * names it too (`kubectl create secret…`, `kind: Secret`): the word is a term of what the notes teach, not
 * the title of a part of the document (`Overview`, `Installation` name no thing the code handles).
 */
function sectionSubject(
  c: Candidate,
  surface: string,
  passageById: (id: string) => Passage | undefined,
): boolean {
  if (!/^[A-Za-z]{3,}$/.test(surface)) return false;
  const stem = surface.toLowerCase().replace(/(?:es|s)$/, '');
  const word = new RegExp(`\\b${stem}(?:s|es)?\\b`, 'i');
  let prose = 0;
  let code = false;
  for (const id of c.titled) {
    const passage = passageById(id);
    if (passage === undefined || !word.test(passage.text)) continue;
    if (passage.kind === 'code') code = true;
    else prose++;
  }
  return prose >= 2 && code;
}

/**
 * A heading's wording and nothing more: only headings name it, in everyday English words (`Core Concepts`,
 * `Pod Design`, `References`); a name the language does not know (`CronJob`, `kubectl`) is a term by itself.
 */
function isTitleWording(c: Candidate, surface: string): boolean {
  if (c.titled.size === 0 || [...c.routes].some((r) => r !== 'heading')) return false;
  const words = surface.split(/\s+/);
  return words.every((w) => /^[A-Za-z]+$/.test(w) && isKnownEnglishWord(w.toLowerCase()));
}

/**
 * The program several of the notes' commands run (`kubectl` of `kubectl get`, `kubectl run`, `kubectl top`) is a
 * concept of the notes too, the tool they teach, even where the prose names it only inside those commands.
 */
function addCommandPrograms(candidates: Map<string, Candidate>): void {
  const commands = new Map<string, Candidate[]>();
  for (const c of candidates.values()) {
    if (c.kind !== 'command') continue;
    const program = /^([a-z][a-z0-9-]*) [a-z]/.exec(c.key)?.[1];
    if (!program) continue;
    const list = commands.get(program) ?? [];
    list.push(c);
    commands.set(program, list);
  }
  for (const [program, list] of commands) {
    if (list.length < 2) continue;
    const named = candidates.get(program);
    if (named) {
      // Prose that writes the program's name once still names the tool its commands run.
      named.strong = true;
      continue;
    }
    const tool: Candidate = {
      key: program,
      kind: 'term',
      surfaces: new Map([[program, list.length]]),
      glosses: new Map(),
      strong: true,
      original: list.reduce((n, c) => n + c.original, 0),
      translated: list.reduce((n, c) => n + c.translated, 0),
      routes: new Set(['code']),
      writtenAs: new Map(),
      titled: new Set(),
      inChinese: list.some((c) => c.inChinese),
    };
    candidates.set(program, tool);
  }
}

/** The programs the notes' commands run, as the commands write them (`kubectl` of `kubectl get`). */
function programNames(candidates: ReadonlyMap<string, Candidate>): Set<string> {
  const programs = new Set<string>();
  for (const c of candidates.values()) {
    if (c.kind !== 'command') continue;
    for (const form of c.surfaces.keys()) {
      const program = /^([a-z][a-z0-9-]*)(?: |$)/.exec(form)?.[1];
      if (program) programs.add(program);
    }
  }
  return programs;
}

function toConcepts(
  candidates: Map<string, Candidate>,
  takenIds: ReadonlySet<string>,
  exampleNames: ReadonlySet<string>,
  commands: CommandContext,
  documents: readonly NotesDocument[],
): DiscoveredConcept[] {
  // The passages by id, read only if a one-word heading needs its section looked at (see `sectionSubject`).
  let byId: Map<string, Passage> | undefined;
  const passageById = (id: string) => {
    if (!byId) {
      byId = new Map();
      for (const doc of documents) for (const p of doc.passages) byId.set(p.id, p);
    }
    return byId.get(id);
  };
  mergeVariants(candidates);
  addCommandPrograms(candidates);
  const programs = programNames(candidates);
  const taken = new Set(takenIds);
  const concepts: DiscoveredConcept[] = [];
  for (const key of [...candidates.keys()].sort()) {
    const c = candidates.get(key) as Candidate;
    if (!c.strong && Math.max(c.original, c.translated) < 2) continue;
    let surface = c.preferred ?? bestSpelling(c.surfaces) ?? key;
    // `Kubectl` from a title-case heading names the program the notes' commands run as `kubectl …`.
    if (/^[A-Z][a-z0-9-]+$/.test(surface) && programs.has(surface.toLowerCase()))
      surface = surface.toLowerCase();
    const minUses = usesNeeded(c, surface, exampleNames, commands, passageById);
    if (minUses < 0) continue;
    // The label is the name as the notes write it; a gloss is an alias, never (part of) the label.
    const latin = CJK.test(surface)
      ? [...c.surfaces.keys(), ...c.glosses.keys()].find((t) => !CJK.test(t))
      : surface;
    let id = slug(latin ?? surface) || slug(key) || 'term';
    if (taken.has(id)) {
      let n = 2;
      while (taken.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    taken.add(id);
    const aliasTexts = [...new Set([surface, ...c.surfaces.keys(), ...c.glosses.keys()])];
    // Labels follow the notes' language: where Chinese notes write a Chinese name as the term and the Latin one
    // in brackets after it (`忙等待（busy waiting）`), the Chinese name is the Chinese label.
    const written = CJK.test(surface) ? undefined : mostFrequent(c.writtenAs);
    concepts.push({
      id,
      labelZh: written ?? surface,
      labelEn: surface,
      kind: c.kind,
      aliases: aliasTexts.map((text) => ({ text })),
      minUses,
      ...(minUses > 0 && isTitleWording(c, surface) ? { titled: c.titled } : {}),
    });
  }
  return concepts;
}

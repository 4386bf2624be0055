import {
  type ConceptKind,
  ConceptKindSchema,
  type RelationType,
  RelationTypeSchema,
} from '@notetutor/contracts';
import type { Lang } from '@notetutor/notes';
import { isMap, LineCounter, parseDocument } from 'yaml';
import { foldKey } from '../text/fold-for-match';
import type {
  ArchitectureRole,
  CuePattern,
  Vocabulary,
  VocabularyAlias,
  VocabularyArchitecture,
  VocabularyConcept,
} from '../types';
import { cuePatternProblem } from './cue-pattern-problem';
import { emptyVocabulary } from './empty-vocabulary';
import { DEFAULT_RELATION_LABELS } from './relation-labels';

const WHERE = '@notetutor/graph/parse-vocabulary';
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGS: readonly Lang[] = ['zh', 'en'];
const CONCEPT_KINDS = ConceptKindSchema.options as readonly string[];
const RELATION_TYPES = RelationTypeSchema.options as readonly string[];

type Path = Array<string | number>;

/**
 * Parses and validates the domain vocabulary (YAML): concepts with their zh/en labels, kind, aliases and
 * (optionally) the role they play in an architecture, the cue patterns that signal each relation type in both
 * languages, architecture patterns (client/server: the words of each role, the words that state the pattern,
 * the verbs that link its sides), and stop-words. Throws an error naming the line and path of the first bad
 * entry (`line 42, concepts[3].kind: …`).
 *
 * @example
 * const vocabulary = parseVocabulary(`
 * concepts:
 *   - { id: runc, zh: runc, en: runc, kind: tool, aliases: [Runc] }
 * relations:
 *   replaced-by:
 *     cues: { zh: ['从{A}变更为{B}'], en: ['{A} was replaced by {B}'] }
 * `);
 * vocabulary.concepts[0].aliases; // [{ text: 'Runc' }]
 */
export function parseVocabulary(yamlText: string): Vocabulary {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [firstError] = doc.errors;
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line;
    throw new Error(
      `${WHERE}: not valid YAML${line ? ` (line ${line})` : ''}: ${firstError.message.split('\n')[0]}`,
    );
  }
  const fail = (path: Path, message: string): never => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0];
    const line = offset === undefined ? undefined : lineCounter.linePos(offset).line;
    throw new Error(`${WHERE}: ${line ? `line ${line}, ` : ''}${formatPath(path)}: ${message}`);
  };
  const root: unknown = doc.toJS();
  if (root === null || root === undefined) return emptyVocabulary();
  if (!isMap(doc.contents) || !isPlainObject(root)) return fail([], 'expected a mapping with `concepts:`');
  checkKeys(root, ['concepts', 'relations', 'stopWords', 'architectures'], [], fail);

  const concepts = readConcepts(root.concepts, fail);
  const { cues, relationLabels } = readRelations(root.relations, fail);
  const stopWords = readStopWords(root.stopWords, fail);
  const architectures = readArchitectures(root.architectures, fail);
  const roles = new Set(['none', ...architectures.flatMap((a) => [a.from.role, a.to.role])]);
  concepts.forEach((concept, index) => {
    if (concept.role !== undefined && !roles.has(concept.role)) {
      fail(
        ['concepts', index, 'role'],
        `"${concept.role}" is not a role of an architecture (${[...roles].join(', ')})`,
      );
    }
  });
  return { concepts, cues, relationLabels, stopWords, architectures };
}

type Fail = (path: Path, message: string) => never;

function formatPath(path: Path): string {
  if (path.length === 0) return '(top level)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkKeys(value: Record<string, unknown>, allowed: readonly string[], path: Path, fail: Fail): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail([...path, key], `unknown key (expected one of ${allowed.join(', ')})`);
  }
}

function readString(value: unknown, path: Path, fail: Fail): string {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string' || value.trim() === '') return fail(path, 'expected a non-empty string');
  return value.trim();
}

function readList(value: unknown, path: Path, fail: Fail): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return fail(path, 'expected a list');
  return value;
}

function readConcepts(value: unknown, fail: Fail): VocabularyConcept[] {
  if (value === undefined || value === null) return [];
  const list = readList(value, ['concepts'], fail);
  const concepts: VocabularyConcept[] = [];
  const idAt = new Map<string, number>();
  const aliasOwner = new Map<string, { index: number; id: string }>();
  list.forEach((entry, index) => {
    const path: Path = ['concepts', index];
    if (!isPlainObject(entry)) fail(path, 'expected a mapping with id, zh, en, kind, aliases');
    checkKeys(entry, ['id', 'zh', 'en', 'kind', 'aliases', 'classNoun', 'role'], path, fail);
    const id = readString(entry.id, [...path, 'id'], fail);
    if (!ID_PATTERN.test(id)) fail([...path, 'id'], `"${id}" is not a kebab-case id (like union-mount)`);
    const previous = idAt.get(id);
    if (previous !== undefined) fail([...path, 'id'], `"${id}" is already the id of concepts[${previous}]`);
    idAt.set(id, index);
    const labelZh = readString(entry.zh, [...path, 'zh'], fail);
    const labelEn = readString(entry.en, [...path, 'en'], fail);
    const kind = readString(entry.kind, [...path, 'kind'], fail);
    if (!CONCEPT_KINDS.includes(kind)) {
      fail([...path, 'kind'], `"${kind}" is not a concept kind (${CONCEPT_KINDS.join(', ')})`);
    }
    if (entry.classNoun !== undefined && typeof entry.classNoun !== 'boolean') {
      fail([...path, 'classNoun'], 'expected true or false');
    }
    const aliases = readAliases(entry.aliases, [...path, 'aliases'], fail);
    const all: VocabularyAlias[] = [{ text: labelZh }, { text: labelEn }, ...aliases];
    const seen = new Set<string>();
    const unique: VocabularyAlias[] = [];
    all.forEach((alias, aliasIndex) => {
      const key = `${foldKey(alias.text)}|${alias.lang ?? ''}|${alias.caseSensitive ? foldKey(alias.text, true) : ''}`;
      if (seen.has(key)) return;
      seen.add(key);
      const owner = aliasOwner.get(key);
      if (owner) {
        const where: Path =
          aliasIndex === 0
            ? [...path, 'zh']
            : aliasIndex === 1
              ? [...path, 'en']
              : [...path, 'aliases', aliasIndex - 2];
        fail(where, `alias "${alias.text}" already names concepts[${owner.index}] (${owner.id})`);
      }
      aliasOwner.set(key, { index, id });
      unique.push(alias);
    });
    const concept: VocabularyConcept = {
      id,
      labelZh,
      labelEn,
      kind: kind as ConceptKind,
      aliases: unique,
      classNoun: entry.classNoun === true,
    };
    if (entry.role !== undefined) concept.role = readString(entry.role, [...path, 'role'], fail);
    concepts.push(concept);
  });
  return concepts;
}

function readAliases(value: unknown, path: Path, fail: Fail): VocabularyAlias[] {
  return readList(value, path, fail).map((item, index) => {
    const here: Path = [...path, index];
    if (typeof item === 'string' || typeof item === 'number') {
      const text = readString(item, here, fail);
      if (foldKey(text) === '') fail(here, 'alias is empty once folded');
      return { text };
    }
    if (!isPlainObject(item)) return fail(here, 'expected a string or { text, lang, caseSensitive }');
    checkKeys(item, ['text', 'lang', 'caseSensitive'], here, fail);
    const alias: VocabularyAlias = { text: readString(item.text, [...here, 'text'], fail) };
    if (item.lang !== undefined) {
      if (!LANGS.includes(item.lang as Lang)) fail([...here, 'lang'], 'expected zh or en');
      alias.lang = item.lang as Lang;
    }
    if (item.caseSensitive !== undefined) {
      if (typeof item.caseSensitive !== 'boolean') fail([...here, 'caseSensitive'], 'expected true or false');
      if (item.caseSensitive) alias.caseSensitive = true;
    }
    return alias;
  });
}

function readRelations(
  value: unknown,
  fail: Fail,
): { cues: CuePattern[]; relationLabels: Vocabulary['relationLabels'] } {
  const cues: CuePattern[] = [];
  const relationLabels: Vocabulary['relationLabels'] = {};
  if (value === undefined || value === null) return { cues, relationLabels };
  if (!isPlainObject(value)) return fail(['relations'], 'expected a mapping from relation type to cues');
  for (const [typeName, spec] of Object.entries(value)) {
    const path: Path = ['relations', typeName];
    if (!RELATION_TYPES.includes(typeName)) {
      fail(path, `"${typeName}" is not a relation type (${RELATION_TYPES.join(', ')})`);
    }
    const type = typeName as RelationType;
    if (!isPlainObject(spec)) return fail(path, 'expected a mapping with zh, en, cues, variants');
    checkKeys(spec, ['zh', 'en', 'cues', 'variants'], path, fail);
    const defaults = DEFAULT_RELATION_LABELS[type];
    const labelZh = spec.zh === undefined ? defaults.zh : readString(spec.zh, [...path, 'zh'], fail);
    const labelEn = spec.en === undefined ? defaults.en : readString(spec.en, [...path, 'en'], fail);
    relationLabels[type] = { zh: labelZh, en: labelEn };
    readCueLists(spec.cues, [...path, 'cues'], type, labelZh, labelEn, cues, fail);
    readList(spec.variants, [...path, 'variants'], fail).forEach((variant, index) => {
      const here: Path = [...path, 'variants', index];
      if (!isPlainObject(variant)) fail(here, 'expected a mapping with zh, en, cues');
      checkKeys(variant, ['zh', 'en', 'cues'], here, fail);
      const zh = readString(variant.zh, [...here, 'zh'], fail);
      const en = readString(variant.en, [...here, 'en'], fail);
      readCueLists(variant.cues, [...here, 'cues'], type, zh, en, cues, fail);
    });
  }
  return { cues, relationLabels };
}

function readCueLists(
  value: unknown,
  path: Path,
  type: RelationType,
  labelZh: string,
  labelEn: string,
  into: CuePattern[],
  fail: Fail,
): void {
  if (value === undefined || value === null) return;
  if (!isPlainObject(value)) fail(path, 'expected a mapping { zh: [...], en: [...] }');
  checkKeys(value, LANGS, path, fail);
  for (const lang of LANGS) {
    readList(value[lang], [...path, lang], fail).forEach((item, index) => {
      const here: Path = [...path, lang, index];
      const pattern = readString(item, here, fail);
      const problem = cuePatternProblem(pattern);
      if (problem) fail(here, `cue "${pattern}" ${problem}`);
      into.push({ type, lang, pattern, labelZh, labelEn });
    });
  }
}

function readStopWords(value: unknown, fail: Fail): Vocabulary['stopWords'] {
  return readWordLists(value, ['stopWords'], fail);
}

/** `{ zh: [...], en: [...] }`, both lists optional. */
function readWordLists(value: unknown, path: Path, fail: Fail): { zh: string[]; en: string[] } {
  const words: { zh: string[]; en: string[] } = { zh: [], en: [] };
  if (value === undefined || value === null) return words;
  if (!isPlainObject(value)) return fail(path, 'expected a mapping { zh: [...], en: [...] }');
  checkKeys(value, LANGS, path, fail);
  for (const lang of LANGS) {
    words[lang] = readList(value[lang], [...path, lang], fail).map((w, i) =>
      readString(w, [...path, lang, i], fail),
    );
  }
  return words;
}

function readArchitectures(value: unknown, fail: Fail): VocabularyArchitecture[] {
  return readList(value, ['architectures'], fail).map((entry, index) => {
    const path: Path = ['architectures', index];
    if (!isPlainObject(entry)) return fail(path, 'expected a mapping with name, type, from, to, cues, verbs');
    checkKeys(entry, ['name', 'type', 'zh', 'en', 'from', 'to', 'cues', 'verbs'], path, fail);
    const type = readString(entry.type, [...path, 'type'], fail);
    if (!RELATION_TYPES.includes(type)) {
      fail([...path, 'type'], `"${type}" is not a relation type (${RELATION_TYPES.join(', ')})`);
    }
    const defaults = DEFAULT_RELATION_LABELS[type as RelationType];
    const side = (key: 'from' | 'to'): ArchitectureRole => {
      const here: Path = [...path, key];
      const spec = entry[key];
      if (!isPlainObject(spec)) return fail(here, 'expected a mapping { role, words: { zh, en } }');
      checkKeys(spec, ['role', 'words'], here, fail);
      const role = readString(spec.role, [...here, 'role'], fail);
      if (!ID_PATTERN.test(role) || role === 'none')
        fail([...here, 'role'], `"${role}" is not a role name (like client)`);
      return { role, words: readWordLists(spec.words, [...here, 'words'], fail) };
    };
    const from = side('from');
    const to = side('to');
    if (from.role === to.role) fail([...path, 'to', 'role'], 'the two roles must differ');
    return {
      name: readString(entry.name, [...path, 'name'], fail),
      type: type as RelationType,
      labelZh: entry.zh === undefined ? defaults.zh : readString(entry.zh, [...path, 'zh'], fail),
      labelEn: entry.en === undefined ? defaults.en : readString(entry.en, [...path, 'en'], fail),
      from,
      to,
      cues: readWordLists(entry.cues, [...path, 'cues'], fail),
      verbs: readWordLists(entry.verbs, [...path, 'verbs'], fail),
    };
  });
}

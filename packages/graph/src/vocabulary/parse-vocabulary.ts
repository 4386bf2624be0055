import type { RelationType } from '@notetutor/contracts';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { foldKey } from '../text/fold-for-match';
import type { CuePattern, Vocabulary, VocabularyAlias, VocabularyConcept } from '../types';
import { emptyVocabulary } from './empty-vocabulary';
import { DEFAULT_RELATION_LABELS } from './relation-labels';
import { type VocabularyFile, VocabularyFileSchema } from './vocabulary-file-schema';

const WHERE = '@notetutor/graph/parse-vocabulary';

type Path = Array<string | number>;
type Fail = (path: Path, message: string) => never;

/**
 * Parses and validates the domain vocabulary (YAML): concepts with their zh/en labels, kind, aliases and
 * (optionally) the role they play in an architecture, the cue patterns that signal each relation type in both
 * languages, architecture patterns (client/server: the words of each role, the words that state the pattern,
 * the verbs that link its sides), and stop-words. Throws an error naming the line and path of the first bad
 * entry (`line 42, concepts[3].kind: …`): the file's shape is `VocabularyFileSchema` (zod); what entries say about
 * each other (ids and aliases used twice, roles) is checked here.
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
  const fail: Fail = (path, message) => {
    const line = lineOf(doc, lineCounter, path);
    throw new Error(`${WHERE}: ${line ? `line ${line}, ` : ''}${formatPath(path)}: ${message}`);
  };
  const root: unknown = doc.toJS();
  if (root === null || root === undefined) return emptyVocabulary();
  if (!isMap(doc.contents)) return fail([], 'expected a mapping with `concepts:`');
  const parsed = VocabularyFileSchema.safeParse(root);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const path = (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
    // An unknown key is reported at the key itself, as a reader looks for it.
    if (issue?.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
    // A bare alias (`aliases: [x]`) is its own text.
    if (path.at(-1) === 'text' && isScalar(doc.getIn(path.slice(0, -1), true))) path.pop();
    return fail(path, issue?.message ?? 'not a vocabulary');
  }
  return toVocabulary(parsed.data, fail);
}

/** The line of the YAML node at `path`, or of the nearest node above it (a missing key has no node). */
function lineOf(
  doc: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
  path: Path,
): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0];
    if (offset !== undefined) return lineCounter.linePos(offset).line;
  }
  return undefined;
}

function formatPath(path: Path): string {
  if (path.length === 0) return '(top level)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** The checks between entries, then the vocabulary in the shape the graph reads. */
function toVocabulary(file: VocabularyFile, fail: Fail): Vocabulary {
  const concepts = toConcepts(file.concepts, fail);
  const cues: CuePattern[] = [];
  const relationLabels: Vocabulary['relationLabels'] = {};
  for (const [name, spec] of Object.entries(file.relations)) {
    const type = name as RelationType;
    const labelZh = spec.zh ?? DEFAULT_RELATION_LABELS[type].zh;
    const labelEn = spec.en ?? DEFAULT_RELATION_LABELS[type].en;
    relationLabels[type] = { zh: labelZh, en: labelEn };
    const add = (lists: { zh: string[]; en: string[] }, zh: string, en: string) => {
      for (const lang of ['zh', 'en'] as const)
        for (const pattern of lists[lang]) cues.push({ type, lang, pattern, labelZh: zh, labelEn: en });
    };
    add(spec.cues, labelZh, labelEn);
    for (const variant of spec.variants) add(variant.cues, variant.zh, variant.en);
  }
  const architectures = file.architectures.map((entry, index) => {
    if (entry.from.role === entry.to.role)
      fail(['architectures', index, 'to', 'role'], 'the two roles must differ');
    const type = entry.type as RelationType;
    return {
      name: entry.name,
      type,
      labelZh: entry.zh ?? DEFAULT_RELATION_LABELS[type].zh,
      labelEn: entry.en ?? DEFAULT_RELATION_LABELS[type].en,
      from: entry.from,
      to: entry.to,
      cues: entry.cues,
      verbs: entry.verbs,
    };
  });
  const roles = new Set(['none', ...architectures.flatMap((a) => [a.from.role, a.to.role])]);
  concepts.forEach((concept, index) => {
    if (concept.role !== undefined && !roles.has(concept.role)) {
      fail(
        ['concepts', index, 'role'],
        `"${concept.role}" is not a role of an architecture (${[...roles].join(', ')})`,
      );
    }
  });
  return { concepts, cues, relationLabels, stopWords: file.stopWords, architectures };
}

/** Concepts with their labels as aliases too; an id or an alias two concepts claim is an error. */
function toConcepts(entries: VocabularyFile['concepts'], fail: Fail): VocabularyConcept[] {
  const idAt = new Map<string, number>();
  const aliasOwner = new Map<string, { index: number; id: string }>();
  return entries.map((entry, index) => {
    const path: Path = ['concepts', index];
    const previous = idAt.get(entry.id);
    if (previous !== undefined) {
      fail([...path, 'id'], `"${entry.id}" is already the id of concepts[${previous}]`);
    }
    idAt.set(entry.id, index);
    const aliases = entry.aliases.map((written) => {
      const alias: VocabularyAlias = { text: written.text };
      if (written.lang !== undefined) alias.lang = written.lang;
      if (written.caseSensitive) alias.caseSensitive = true;
      return alias;
    });
    const all: VocabularyAlias[] = [{ text: entry.zh }, { text: entry.en }, ...aliases];
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
      aliasOwner.set(key, { index, id: entry.id });
      unique.push(alias);
    });
    const concept: VocabularyConcept = {
      id: entry.id,
      labelZh: entry.zh,
      labelEn: entry.en,
      kind: entry.kind as VocabularyConcept['kind'],
      aliases: unique,
      classNoun: entry.classNoun === true,
    };
    if (entry.role !== undefined) concept.role = entry.role;
    return concept;
  });
}

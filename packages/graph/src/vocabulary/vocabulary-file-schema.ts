import { ConceptKindSchema, RelationTypeSchema } from '@notetutor/contracts';
import { z } from 'zod';
import { foldKey } from '../text/fold-for-match';
import { cuePatternProblem } from './cue-pattern-problem';

/** Concept ids and role names: kebab-case. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CONCEPT_KINDS = ConceptKindSchema.options as readonly string[];
const RELATION_TYPES = RelationTypeSchema.options as readonly string[];

/** A strict mapping: an unknown key names the keys it may have, a non-mapping says what was expected. */
function mapping<Shape extends z.ZodRawShape>(shape: Shape, expected: string) {
  const keys = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `unknown key (expected one of ${keys})` : expected,
  });
}

/** A list that may be left out or empty (`aliases:`). */
function list<Item extends z.ZodType>(item: Item) {
  return z
    .array(item, { error: 'expected a list' })
    .nullish()
    .transform((items) => items ?? []);
}

/** `value` must pass `ok`, else the issue says `problem(value)`. */
function checked<T>(schema: z.ZodType<T>, ok: (value: T) => boolean, problem: (value: T) => string) {
  return schema.superRefine((value, ctx) => {
    if (!ok(value)) ctx.addIssue({ code: 'custom', message: problem(value), input: value });
  });
}

/** A non-empty string, trimmed; a number (`2`, `3.10`) is read as its text. */
const text = z
  .union([z.string(), z.number()], { error: 'expected a non-empty string' })
  .transform((value) => (typeof value === 'number' ? String(value) : value.trim()))
  .refine((value) => value !== '', { error: 'expected a non-empty string' });

const kebabId = checked(
  text,
  (id) => ID_PATTERN.test(id),
  (id) => `"${id}" is not a kebab-case id (like union-mount)`,
);
const conceptKind = checked(
  text,
  (kind) => CONCEPT_KINDS.includes(kind),
  (kind) => `"${kind}" is not a concept kind (${CONCEPT_KINDS.join(', ')})`,
);
const relationType = checked(
  text,
  (type) => RELATION_TYPES.includes(type),
  (type) => `"${type}" is not a relation type (${RELATION_TYPES.join(', ')})`,
);
const yesNo = z.boolean({ error: 'expected true or false' });

/** `{ zh: [...], en: [...] }`, both lists optional. */
function wordLists<Item extends z.ZodType<string>>(item: Item) {
  return mapping({ zh: list(item), en: list(item) }, 'expected a mapping { zh: [...], en: [...] }')
    .nullish()
    .transform((words) => ({ zh: words?.zh ?? [], en: words?.en ?? [] }));
}

/** An alias: its text, or `{ text, lang, caseSensitive }`. */
const alias = z.preprocess(
  (value) => (typeof value === 'string' || typeof value === 'number' ? { text: value } : value),
  mapping(
    {
      text: checked(
        text,
        (written) => foldKey(written) !== '',
        () => 'alias is empty once folded',
      ),
      lang: z.enum(['zh', 'en'], { error: 'expected zh or en' }).optional(),
      caseSensitive: yesNo.optional(),
    },
    'expected a string or { text, lang, caseSensitive }',
  ),
);

const concept = mapping(
  {
    id: kebabId,
    zh: text,
    en: text,
    kind: conceptKind,
    aliases: list(alias),
    classNoun: yesNo.optional(),
    role: text.optional(),
  },
  'expected a mapping with id, zh, en, kind, aliases',
);

const cue = checked(
  text,
  (pattern) => cuePatternProblem(pattern) === undefined,
  (pattern) => `cue "${pattern}" ${cuePatternProblem(pattern)}`,
);

const relation = mapping(
  {
    zh: text.optional(),
    en: text.optional(),
    cues: wordLists(cue),
    variants: list(
      mapping({ zh: text, en: text, cues: wordLists(cue) }, 'expected a mapping with zh, en, cues'),
    ),
  },
  'expected a mapping with zh, en, cues, variants',
);

const relations = z
  .record(z.string(), relation, { error: 'expected a mapping from relation type to cues' })
  .superRefine((byType, ctx) => {
    for (const type of Object.keys(byType)) {
      if (!RELATION_TYPES.includes(type)) {
        ctx.addIssue({
          code: 'custom',
          path: [type],
          message: `"${type}" is not a relation type (${RELATION_TYPES.join(', ')})`,
          input: type,
        });
      }
    }
  })
  .nullish()
  .transform((byType) => byType ?? {});

const side = mapping(
  {
    role: checked(
      text,
      (role) => ID_PATTERN.test(role) && role !== 'none',
      (role) => `"${role}" is not a role name (like client)`,
    ),
    words: wordLists(text),
  },
  'expected a mapping { role, words: { zh, en } }',
);

const architecture = mapping(
  {
    name: text,
    type: relationType,
    zh: text.optional(),
    en: text.optional(),
    from: side,
    to: side,
    cues: wordLists(text),
    verbs: wordLists(text),
  },
  'expected a mapping with name, type, from, to, cues, verbs',
);

/**
 * The shape of `vocabulary.yaml`: every key, type and allowed value. What one entry says about another (ids
 * used twice, an alias two concepts claim, a role no architecture has) is checked by `parseVocabulary`.
 */
export const VocabularyFileSchema = mapping(
  {
    concepts: list(concept),
    relations,
    stopWords: wordLists(text),
    architectures: list(architecture),
  },
  'expected a mapping with `concepts:`',
);

export type VocabularyFile = z.output<typeof VocabularyFileSchema>;

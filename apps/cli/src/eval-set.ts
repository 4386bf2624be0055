import { TurnSchema } from '@notetutor/contracts';
import { parse } from 'yaml';
import { z } from 'zod';

const PASSAGE_ID = /^[^#\s]+#\d+\.\d+$/;

const EvalItemSchema = z
  .object({
    id: z.string().min(1),
    lang: z.enum(['zh', 'en']),
    kind: z.enum([
      'basic',
      'paraphrase',
      'follow-up',
      'comparison',
      'path',
      'typo',
      'full-width',
      'off-topic',
      'injection',
    ]),
    question: z.string().trim().min(1),
    history: z.array(TurnSchema).optional(),
    expect: z.enum(['answer', 'refuse']),
    cite: z.array(z.string().regex(PASSAGE_ID, 'a passage id such as docker-concepts.zh#2.2')).optional(),
  })
  .strict()
  .refine((item) => item.expect === 'refuse' || (item.cite?.length ?? 0) > 0, {
    message: 'an item expecting an answer must list the passages it must cite (cite)',
  })
  .refine((item) => item.expect === 'answer' || item.cite === undefined, {
    message: 'an item expecting a refusal must not list passages to cite',
  });

/** One question of the evaluation set. */
export type EvalItem = z.infer<typeof EvalItemSchema>;

/** The half of a corpus's questions an item belongs to: `dev` is looked at while working, `test` only at the end. */
export type EvalSplit = 'dev' | 'test';

const CorpusQuestionSchema = z
  .object({
    id: z.string().min(1),
    lang: z.enum(['zh', 'en']),
    q: z.string().trim().min(1),
    history: z.array(TurnSchema).optional(),
    kind: z.enum(['answer', 'refuse']),
    cite: z.array(z.string().trim().min(1)).optional(),
    terms: z.array(z.string().trim().min(1)).optional(),
    split: z.enum(['dev', 'test']).optional(),
  })
  .strict()
  .refine(
    (item) => item.kind === 'refuse' || ((item.cite?.length ?? 0) > 0 && (item.terms?.length ?? 0) > 0),
    {
      message: 'an answerable question must list the phrases to cite (cite) and the terms to name (terms)',
    },
  )
  .refine((item) => item.kind === 'answer' || (item.cite === undefined && item.terms === undefined), {
    message: 'a question to decline must not list cite or terms',
  });

/**
 * One question of a corpus (`data/eval/corpora/<name>/questions.jsonl`). `cite` are phrases of the notes one of
 * the first three citations must quote; `terms` are words the answer or those citations must name.
 */
export type CorpusQuestion = Omit<z.infer<typeof CorpusQuestionSchema>, 'split'> & { split: EvalSplit };

/** Why the evaluation set cannot be used. */
export class EvalSetError extends Error {
  override name = 'EvalSetError';
}

/**
 * Parses and checks the evaluation set (`data/eval/questions.yaml`): a YAML list of items with unique ids.
 * Throws {@link EvalSetError} naming the item and field at fault.
 *
 * @example
 * parseEvalSet('- { id: a, lang: en, kind: off-topic, question: Who wrote Hamlet?, expect: refuse }');
 */
export function parseEvalSet(yamlText: string): EvalItem[] {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (error) {
    throw new EvalSetError(`eval: the question set is not valid YAML: ${(error as Error).message}`);
  }
  if (!Array.isArray(data) || data.length === 0) {
    throw new EvalSetError('eval: the question set must be a non-empty YAML list of items');
  }
  const items: EvalItem[] = [];
  const ids = new Set<string>();
  data.forEach((raw, i) => {
    const result = EvalItemSchema.safeParse(raw);
    if (!result.success) {
      const name =
        typeof (raw as { id?: unknown })?.id === 'string' ? `"${(raw as { id: string }).id}"` : `#${i + 1}`;
      const issue = result.error.issues[0];
      const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
      throw new EvalSetError(`eval: item ${name}${where}: ${issue?.message ?? 'invalid'}`);
    }
    if (ids.has(result.data.id)) throw new EvalSetError(`eval: item id "${result.data.id}" is used twice`);
    ids.add(result.data.id);
    items.push(result.data);
  });
  return items;
}

/**
 * Parses and checks a corpus's questions: JSON Lines, one question a line, blank lines ignored, unique ids.
 * A question without `split` gets one by position within its kind (1st dev, 2nd test, 3rd dev, …), the same rule
 * the corpora's files were split by, so each half has both answerable questions and questions to decline.
 * Throws {@link EvalSetError} naming the line and field at fault.
 *
 * @example
 * parseCorpusQuestions('{"id":"a","lang":"en","q":"Who wrote Hamlet?","kind":"refuse"}')[0].split; // 'dev'
 */
export function parseCorpusQuestions(jsonlText: string): CorpusQuestion[] {
  const questions: CorpusQuestion[] = [];
  const ids = new Set<string>();
  const seenOfKind = { answer: 0, refuse: 0 };
  jsonlText.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      throw new EvalSetError(`eval: line ${index + 1} is not valid JSON: ${(error as Error).message}`);
    }
    const result = CorpusQuestionSchema.safeParse(raw);
    if (!result.success) {
      const id = (raw as { id?: unknown })?.id;
      const name = typeof id === 'string' ? `"${id}" (line ${index + 1})` : `on line ${index + 1}`;
      const issue = result.error.issues[0];
      const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
      throw new EvalSetError(`eval: question ${name}${where}: ${issue?.message ?? 'invalid'}`);
    }
    const question = result.data;
    if (ids.has(question.id)) throw new EvalSetError(`eval: question id "${question.id}" is used twice`);
    ids.add(question.id);
    const position = seenOfKind[question.kind]++;
    questions.push({ ...question, split: question.split ?? (position % 2 === 0 ? 'dev' : 'test') });
  });
  if (questions.length === 0) throw new EvalSetError('eval: the question file holds no questions');
  return questions;
}

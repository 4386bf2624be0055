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

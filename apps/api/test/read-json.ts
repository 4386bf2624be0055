import { type ErrorBody, ErrorBodySchema } from '@notetutor/contracts';
import type { z } from 'zod';

/** The response's error body, checked against the wire contract (extra OpenAI fields kept). */
export async function errorOf(res: Response): Promise<ErrorBody['error'] & Record<string, unknown>> {
  const body = await res.json();
  const parsed = ErrorBodySchema.safeParse(body);
  if (!parsed.success) throw new Error(`not an error body: ${JSON.stringify(body)}`);
  return (body as { error: ErrorBody['error'] & Record<string, unknown> }).error;
}

/** The response's JSON body, checked against `schema`. */
export async function bodyOf<S extends z.ZodType>(res: Response, schema: S): Promise<z.infer<S>> {
  return schema.parse(await res.json());
}

import { z } from 'zod';
import { ERROR_CODES } from './error-codes';

export const ErrorCodeSchema = z.enum(ERROR_CODES);

/** Every error the HTTP API returns has this body. */
export const ErrorBodySchema = z.object({
  error: z.object({ code: ErrorCodeSchema, message: z.string() }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

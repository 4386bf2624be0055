import { z } from 'zod';

export const ErrorCodeSchema = z.enum([
  'bad_request',
  'invalid_request',
  'not_found',
  'method_not_allowed',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'overloaded',
  'timeout',
  'model_error',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** Every error the HTTP API returns has this body. */
export const ErrorBodySchema = z.object({
  error: z.object({ code: ErrorCodeSchema, message: z.string() }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

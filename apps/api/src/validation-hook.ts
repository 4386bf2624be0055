import type { z } from 'zod';
import { ApiError } from './api-error';

/**
 * The `defaultHook` of every OpenAPI route: a failed validation throws 400 `invalid_request` whose message
 * names each offending field, e.g. `question: question must not be empty; history.0.role: Invalid option`.
 *
 * @example
 * new OpenAPIHono({ defaultHook: validationHook });
 */
export function validationHook(result: { success: true } | { success: false; error: z.ZodError }): void {
  if (!result.success) throw new ApiError('invalid_request', describeZodError(result.error));
}

/** One readable line for a zod error: at most five issues, each as `path: message`. */
export function describeZodError(error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  if (error.issues.length > 5) parts.push(`and ${error.issues.length - 5} more`);
  return parts.join('; ') || 'invalid request';
}

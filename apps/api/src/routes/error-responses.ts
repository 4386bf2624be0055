import { ErrorComponent as ErrorBody } from '../openapi-components';

const DESCRIPTIONS = {
  400: 'Malformed (`bad_request`) or invalid (`invalid_request`) request',
  401: 'Missing or unknown learner token (`unauthorized`); send `Authorization: Bearer <token>`',
  404: 'Unknown concept, card or route (`not_found`)',
  409: 'The card changed since it was read, e.g. rated in another tab (`conflict`)',
  413: 'Request body over the size limit (`payload_too_large`)',
  415: 'Body is not `application/json` (`unsupported_media_type`)',
  429: 'Over the per-client rate limit (`rate_limited`); see `Retry-After`',
  500: 'Unexpected failure (`internal`); the message names the request id',
  503: 'Too many tutor requests in flight, or shutting down (`overloaded`); the learner database cannot serve (`store_unavailable`)',
  504: 'The request ran past its time limit (`timeout`)',
} as const;

/**
 * OpenAPI response entries for the given error statuses, all with the `{ error: { code, message } }` body.
 *
 * @example
 * createRoute({ ..., responses: { 200: ok, ...errorResponses(400, 404) } });
 */
export function errorResponses<S extends keyof typeof DESCRIPTIONS>(...statuses: S[]) {
  const entries = statuses.map((status) => [
    status,
    { description: DESCRIPTIONS[status], content: { 'application/json': { schema: ErrorBody } } },
  ]);
  return Object.fromEntries(entries) as Record<
    S,
    { description: string; content: { 'application/json': { schema: typeof ErrorBody } } }
  >;
}

import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { ApiError } from '../api-error';
import type { AppEnv } from '../app-env';

/** Options of {@link rateLimit}. */
export interface RateLimitOptions {
  /** Sustained requests per minute per client; also the burst size. 0 turns the limit off. */
  perMinute: number;
  /** Identifies the client (its IP address). */
  clientKey: (c: Context<AppEnv>) => string;
  /** Milliseconds, monotonic. */
  now: () => number;
  /** Most clients remembered at once; the fullest buckets are forgotten first. */
  maxClients?: number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/**
 * Per-client token bucket: each client may burst up to `perMinute` requests, refilled at `perMinute / 60`
 * per second. Over the limit the request gets 429 `rate_limited` with `Retry-After` (whole seconds until one
 * token is back). Every response carries `RateLimit-Limit` and `RateLimit-Remaining`.
 *
 * @example
 * app.use('/api/*', rateLimit({ perMinute: 120, clientKey: () => 'ip', now: () => performance.now() }));
 */
export function rateLimit(options: RateLimitOptions) {
  const { perMinute, clientKey, now } = options;
  const maxClients = options.maxClients ?? 10_000;
  const buckets = new Map<string, Bucket>();
  const perMs = perMinute / 60_000;

  const refill = (bucket: Bucket, at: number) => {
    bucket.tokens = Math.min(perMinute, bucket.tokens + (at - bucket.updated) * perMs);
    bucket.updated = at;
  };

  /** Drops clients whose bucket has refilled completely: they are indistinguishable from new ones. */
  const forgetIdle = (at: number) => {
    for (const [key, bucket] of buckets) {
      refill(bucket, at);
      if (bucket.tokens >= perMinute) buckets.delete(key);
    }
    // Still too many active clients: forget the oldest entries rather than grow without bound.
    for (const key of buckets.keys()) {
      if (buckets.size < maxClients) break;
      buckets.delete(key);
    }
  };

  const middleware = createMiddleware<AppEnv>(async (c, next) => {
    if (perMinute <= 0) return next();
    const at = now();
    const key = clientKey(c);
    let bucket = buckets.get(key);
    if (!bucket) {
      if (buckets.size >= maxClients) forgetIdle(at);
      bucket = { tokens: perMinute, updated: at };
      buckets.set(key, bucket);
    } else {
      refill(bucket, at);
    }
    if (bucket.tokens < 1) {
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
      throw new ApiError('rate_limited', `too many requests; retry in ${retryAfter} s`, {
        'Retry-After': String(retryAfter),
        'RateLimit-Limit': String(perMinute),
        'RateLimit-Remaining': '0',
      });
    }
    bucket.tokens -= 1;
    c.header('RateLimit-Limit', String(perMinute));
    c.header('RateLimit-Remaining', String(Math.floor(bucket.tokens)));
    await next();
  });
  /** How many clients the limiter remembers right now (its memory), for monitoring and tests. */
  return Object.assign(middleware, { rememberedClients: () => buckets.size });
}

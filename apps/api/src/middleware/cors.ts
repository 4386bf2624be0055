import { cors as honoCors } from 'hono/cors';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';
import type { HeaderList } from './preset-headers';
import { presetHeaders } from './preset-headers';

/** Options of {@link cors}. */
export interface CorsOptions {
  /** Origins allowed to read responses (exact matches). */
  origins: readonly string[];
  allowMethods: string[];
  allowHeaders: string[];
  exposeHeaders: string[];
  /** Seconds a browser may cache a preflight answer. */
  maxAge: number;
}

/**
 * CORS for the listed origins, answering like `hono/cors`: preflight `OPTIONS` requests are answered by
 * `hono/cors` itself (204 with the allowed methods and headers); every other response carries
 * `Access-Control-Allow-Origin` (only for an allowed `Origin`), `Access-Control-Expose-Headers` and
 * `Vary: Origin`, set before the handler runs so the response is never copied to add them.
 *
 * @example
 * app.use(cors({ origins: ['http://localhost:3000'], allowMethods: ['GET'], allowHeaders: [], exposeHeaders: [], maxAge: 600 }));
 */
export function cors(options: CorsOptions) {
  const origins = new Set(options.origins);
  const preflight = honoCors({
    origin: [...options.origins],
    allowMethods: options.allowMethods,
    allowHeaders: options.allowHeaders,
    exposeHeaders: options.exposeHeaders,
    maxAge: options.maxAge,
  });
  const common: HeaderList = [
    ['Vary', 'Origin'],
    ['Access-Control-Expose-Headers', options.exposeHeaders.join(',')],
  ];
  const allowed = new Map<string, HeaderList>();
  for (const origin of origins) allowed.set(origin, [...common, ['Access-Control-Allow-Origin', origin]]);
  const simple = presetHeaders((c) => {
    const origin = c.req.header('origin');
    return (origin !== undefined && allowed.get(origin)) || common;
  });
  return createMiddleware<AppEnv>((c, next) =>
    c.req.method === 'OPTIONS' ? preflight(c, next) : simple(c, next),
  );
}

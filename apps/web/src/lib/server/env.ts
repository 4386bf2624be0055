/**
 * The web server's environment, read in one place. `API_ORIGIN` (e.g. `http://10.0.0.5:8787`) wins over
 * `API_PORT` (API on this machine, default 8787). Read per request, so a built app can be pointed elsewhere.
 */
export function apiOrigin(): string {
  const origin = process.env.API_ORIGIN?.trim();
  if (origin) return origin.replace(/\/+$/, '');
  const port = Number(process.env.API_PORT ?? 8787);
  return `http://127.0.0.1:${Number.isInteger(port) && port > 0 && port < 65536 ? port : 8787}`;
}

/** Whether this code runs in Next's Node.js runtime (not the edge runtime). */
export function isNodeRuntime(): boolean {
  return process.env.NEXT_RUNTIME === 'nodejs';
}

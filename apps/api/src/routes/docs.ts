import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { ApiError } from '../api-error';
import type { AppEnv } from '../app-env';

const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Notes tutor API</title>
    <link rel="stylesheet" href="docs/swagger-ui.css">
    <link rel="icon" type="image/png" href="docs/favicon-32x32.png">
  </head>
  <body>
    <div id="swagger-ui"><noscript>The interactive docs need JavaScript; the raw description is at
      <a href="openapi.json">openapi.json</a>.</noscript></div>
    <script src="docs/swagger-ui-bundle.js"></script>
    <script src="docs/init.js"></script>
  </body>
</html>
`;

// Relative URLs keep the page working when the API is mounted under a proxy prefix.
const INIT = `window.ui = SwaggerUIBundle({
  url: 'openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout',
});
`;

const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

/**
 * `GET /api/openapi.json` (OpenAPI 3.1, generated from the route schemas) and `GET /api/docs`, a Swagger UI
 * page served entirely from this service (swagger-ui-dist from node_modules; no CDN, works offline).
 */
export function docsRoutes(openApiDocument: () => unknown) {
  const assetDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const cache = new Map<string, Promise<Uint8Array>>();
  const asset = (name: string) => {
    let content = cache.get(name);
    if (!content) {
      content = readFile(join(assetDir, name));
      content.catch(() => cache.delete(name));
      cache.set(name, content);
    }
    return content;
  };

  return new OpenAPIHono<AppEnv>()
    .get('/api/openapi.json', (c) => c.json(openApiDocument() as object))
    .get('/api/docs', (c) => {
      c.header('Content-Security-Policy', DOCS_CSP);
      return c.html(PAGE);
    })
    .get('/api/docs/init.js', (c) =>
      c.body(INIT, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' }),
    )
    .get('/api/docs/:asset', async (c) => {
      const name = c.req.param('asset');
      const type = ASSETS[name];
      if (!type) throw new ApiError('not_found', `no docs asset "${name.slice(0, 100)}"`);
      const content = await asset(name);
      return c.body(content as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': type,
        'Cache-Control': 'public, max-age=86400',
      });
    });
}

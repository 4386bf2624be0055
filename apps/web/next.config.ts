import type { NextConfig } from 'next';

/**
 * The browser reaches the API same-origin through `src/app/api/[...path]/route.ts`, a streaming proxy that
 * reads `API_PORT`/`API_ORIGIN` at request time (rewrites in this file would be frozen into the build's
 * routes manifest, so a built app could not be pointed at another API port).
 */
const nextConfig: NextConfig = {
  transpilePackages: ['@notetutor/contracts', '@notetutor/lexicon'],
  poweredByHeader: false,
  reactStrictMode: true,
  // The monorepo root holds the lockfile; tell Turbopack so it does not guess.
  turbopack: { root: new URL('../..', import.meta.url).pathname },
};

export default nextConfig;

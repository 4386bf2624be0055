import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Several tests start real servers, watch folders or spawn the built server; on a shared 2-core machine
    // under load they need more than the 5 s default. Nothing here asserts timing.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Against PostgreSQL each test makes and drops a schema; on the shared 2-core machine that can be slow.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Some tests walk every pair of the seed's concepts or build knowledge bases of real notes; on a shared 2-core
    // machine under load (turbo runs the packages' tests side by side) they need more than the 5 s default. Nothing
    // here asserts timing: speed is measured by `npm run bench`.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

import { defineConfig } from 'vitest/config';

/**
 * One real Strapi serves the whole run: every test file runs in the same worker process, one
 * after the other (SQLite allows one writer), and shares the instance that test/support/cms.ts boots.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The package test installs a whole app: `npm run test:package` (test/package/vitest.config.mts).
    exclude: ['test/package/**', '**/node_modules/**'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
});

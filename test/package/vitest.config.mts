import { defineConfig } from 'vitest/config';

/**
 * `npm run test:package`: the packed plugin installed into a plain Strapi app, as an operator
 * installs it (several minutes: npm installs the app's 1,400 packages from the npm cache and builds
 * its admin panel). Separate from `npm test`; `.ci/run` runs both.
 */
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 1_200_000,
    reporters: ['default'],
  },
});

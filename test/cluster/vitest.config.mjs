// `npm run test:cluster` (scripts/cluster/test.mjs builds the site first): one file, in order,
// against real processes on fixed loopback ports.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/cluster/**/*.test.mjs'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'contentlayer/generated': path.resolve(import.meta.dirname, '.contentlayer/generated'),
      // The tests are the server: `import 'server-only'` (lib/content/) is the package's empty module, as in Next's server build.
      'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    // Unit tests read documents generated from test/fixtures/site, never from content/.
    globalSetup: ['./test/global-setup.ts'],
    env: { CONTENT_DATA_DIR: path.resolve(import.meta.dirname, 'test/.generated/unit/.contentlayer/generated') },
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['node_modules/**', '.next/**', '.next-*/**', 'e2e/**', 'bench/.corpus/**', 'test/.generated/**'],
    environment: 'node',
    // Some tests start processes (Contentlayer, the editor's CLI); a busy 2-core CI machine is slow.
    testTimeout: 15_000,
  },
});

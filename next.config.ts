import os from 'node:os';
import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { withdrawnRewrites } from './lib/content-check/address-ledger';
import { distDir } from './lib/build/build-dir.mjs';
import { routeRedirects, routeRewrites, unprefixedRewrite } from './lib/routing/paths';
import { securityHeaders } from './lib/security-headers.mjs';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next hashes every page body in JavaScript for its ETag, a sixth of the time it spends on a
  // prerendered article (772 → 931 req/s with the ETag off, bench/README.md). Pages carry
  // `s-maxage` for a CDN, which keeps its own validators; a reader's reload fetches 9 KB gzip
  // instead of getting a 304.
  generateEtags: false,
  reactStrictMode: true,
  distDir,
  // Fixed at build time, so pages prerendered by the build and pages regenerated later by ISR
  // print the same absolute URLs whatever the server's environment.
  env: { SITE_URL: process.env.SITE_URL || 'http://localhost:3000' },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
  // The addresses readers see are mapped to routes here, from the path table in lib/routing/paths.ts,
  // not in proxy.ts: an empty proxy on every request halved what `next start` served (a bare page,
  // 2,146 → 1,203 req/s, measured by hand, bench/README.md).
  // Redirects run first, on the address as requested; then the rewrites.
  async redirects() {
    return routeRedirects();
  },
  // Withdrawn articles come first: they answer 410 (app/gone), before any page could answer 404.
  async rewrites() {
    return { beforeFiles: [...withdrawnRewrites(), ...routeRewrites()], afterFiles: [unprefixedRewrite()], fallback: [] };
  },
  // `npm test` and CI run `tsc --noEmit` as their own step; checking again inside every build
  // (and every benchmark build) only costs time.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Prefetch inlining bundles small segment responses for client-side navigation; working out
    // which to bundle decodes every prerendered page once more, a fifth of the prerendering
    // time (25 s → 19 s for 1,000 articles, bench/README.md). Without it, a prefetch asks for
    // each segment separately. Pages never need JavaScript to navigate.
    prefetchInlining: false,
    // Prerendering (`npm run build`'s generate step) renders pages in every core, not Next's
    // default of one core fewer: one worker on this 2-core machine, where the generate step is
    // most of the build at 10,000 articles. In `npm run bench` at 1,000 articles the step took
    // 51.4 s with one worker (run of 20:08) and 31.7 s with two (22:38), peak 663 → 974 MB; at
    // 10,000, 270.9 s and 1,455 MB, under the content step's 2,166 MB (bench/README.md). Not
    // when compiling: there each worker collecting page data would add its memory to Turbopack's.
    ...(process.argv.includes('--experimental-build-mode=generate') ? { cpus: os.availableParallelism() } : {}),
  },
  images: {
    // Only our own images are optimized; no remote origin is allowed.
    remotePatterns: [],
    formats: ['image/avif', 'image/webp'],
  },
  ...clusterConfig(),
};

// Several instances (issue 17, README "Running in production"), read by the build and by
// `next start` (a standalone server keeps what the build read): with REDIS_URL set, pages are
// kept in Redis, shared by every instance; without it, on disk as Next keeps them, by
// lib/serving/cache-handler/local.mjs. BUILD_STANDALONE=1 adds the self-contained server folder
// (<distDir>/standalone).
function clusterConfig(): Partial<NextConfig> {
  return {
    // On one machine, Next's own file-system cache with cheaper reads (lib/serving/cache-handler/local.mjs).
    cacheHandler: path.resolve(process.env.REDIS_URL ? 'lib/serving/cache-handler/redis.mjs' : 'lib/serving/cache-handler/local.mjs'),
    // No pages in Next's own memory. With Redis, every instance reads the shared copy. On one
    // machine, server.mjs keeps the answers themselves (lib/serving/answer-memo.mjs), and Next's 50 MB of
    // the same pages only cost memory: after the warm-up of 1,000 articles the server held 449 MB
    // with it and 299 MB without (by hand, bench/README.md).
    cacheMaxMemorySize: 0,
    ...(process.env.BUILD_STANDALONE === '1'
      ? {
          output: 'standalone',
          // The tracer copies whole folders it sees read at run time: the sources (the server runs
          // the compiled chunks) and other builds' content snapshots. scripts/cluster/build.mjs
          // copies this build's snapshot and search index into the folder.
          outputFileTracingExcludes: {
            '*': [
              'app/**/*.ts',
              'app/**/*.tsx',
              '.contentlayer/**',
              'tsconfig.json',
              'package-lock.json',
              '.next*/site-content/**',
              '.next*/pagefind/**',
              ...(distDir === '.next' ? [] : ['.next/**']),
            ],
          },
        }
      : {}),
  };
}

export default withNextIntl(nextConfig);

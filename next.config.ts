import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { withdrawnRewrites } from './lib/address-ledger.mjs';
import { distDir } from './lib/build-dir.mjs';
import { routeRedirects, routeRewrites, unprefixedRewrite } from './lib/paths';
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
  // The addresses readers see are mapped to routes here, from the path table in lib/paths.ts,
  // not in proxy.ts: a proxy on every request halves what `next start` serves (bench/README.md).
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
  },
  images: {
    // Only our own images are optimized; no remote origin is allowed.
    remotePatterns: [],
    formats: ['image/avif', 'image/webp'],
  },
};

export default withNextIntl(nextConfig);

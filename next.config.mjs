import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A benchmark or a test fixture builds into its own folder, next to the real build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  images: {
    // Only our own images are optimized; no remote origin is allowed.
    remotePatterns: [],
    formats: ['image/avif', 'image/webp'],
  },
};

export default withNextIntl(nextConfig);

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Pages are rendered once per deploy and again only when the publication schedule or a
// revalidation call marks them (lib/content/publication-schedule.ts): no route may re-render on a clock,
// or a crawl of the archive would render every page it reads once the interval had passed.
function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^(page|route)\.tsx?$/.test(entry.name) || entry.name === 'sitemap.ts' ? [full] : [];
  });
}

const CONTENT_ROUTES = [
  'app/[locale]/page.tsx',
  'app/[locale]/artiklar/page.tsx',
  'app/[locale]/artiklar/sida/[page]/page.tsx',
  'app/[locale]/artiklar/[slug]/page.tsx',
  'app/[locale]/amnen/page.tsx',
  'app/[locale]/amnen/[slug]/page.tsx',
  'app/[locale]/amnen/[slug]/sida/[page]/page.tsx',
  'app/[locale]/skribenter/page.tsx',
  'app/[locale]/skribenter/[slug]/page.tsx',
  'app/[locale]/skribenter/[slug]/sida/[page]/page.tsx',
  'app/[locale]/arkiv/page.tsx',
  'app/[locale]/arkiv/[year]/page.tsx',
  'app/[locale]/arkiv/[year]/sida/[page]/page.tsx',
  'app/sitemap.xml/route.ts',
  'app/sitemaps/[file]/route.ts',
  'app/feed.xml/route.ts',
  'app/atom.xml/route.ts',
  'app/en/feed.xml/route.ts',
  'app/og/[locale]/[image]/route.tsx',
];

describe('rendering once per deploy', () => {
  it('every page, feed, share image and the sitemap that shows articles exports revalidate = false', () => {
    for (const file of CONTENT_ROUTES) expect(readFileSync(file, 'utf8'), file).toMatch(/^export const revalidate = false;$/m);
  });

  it('no route re-renders on an interval', () => {
    for (const file of routeFiles('app')) expect(readFileSync(file, 'utf8'), file).not.toMatch(/export const revalidate = \d/);
  });
});

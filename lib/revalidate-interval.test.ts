import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REVALIDATE_SECONDS } from './site';

// Next reads `export const revalidate` as a literal, so each route writes the number itself;
// this keeps every one of them equal to the one shared interval.
function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^(page|route)\.tsx?$/.test(entry.name) || entry.name === 'sitemap.ts' ? [full] : [];
  });
}

const LISTINGS = [
  'app/[locale]/page.tsx',
  'app/[locale]/artiklar/page.tsx',
  'app/[locale]/artiklar/sida/[page]/page.tsx',
  'app/[locale]/amnen/page.tsx',
  'app/[locale]/amnen/[slug]/page.tsx',
  'app/[locale]/amnen/[slug]/sida/[page]/page.tsx',
  'app/[locale]/skribenter/page.tsx',
  'app/[locale]/skribenter/[slug]/page.tsx',
  'app/[locale]/arkiv/page.tsx',
  'app/[locale]/artiklar/[slug]/page.tsx',
  'app/sitemap.ts',
  'app/feed.xml/route.ts',
  'app/atom.xml/route.ts',
  'app/en/feed.xml/route.ts',
];

describe('the shared revalidate interval', () => {
  it(`is at most 60 seconds (${REVALIDATE_SECONDS})`, () => {
    expect(REVALIDATE_SECONDS).toBeLessThanOrEqual(60);
  });

  it('is exported by every listing, article page, feed and the sitemap', () => {
    for (const file of LISTINGS) {
      const value = /export const revalidate = (\d+);/.exec(readFileSync(file, 'utf8'))?.[1];
      expect(Number(value), file).toBe(REVALIDATE_SECONDS);
    }
  });

  it('is the only interval any route uses', () => {
    for (const file of routeFiles('app')) {
      const value = /export const revalidate = (\d+);/.exec(readFileSync(file, 'utf8'))?.[1];
      if (value !== undefined) expect(Number(value), file).toBe(REVALIDATE_SECONDS);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { prepareDestination } from 'next/dist/shared/lib/router/utils/prepare-destination';
import { localePath, pathnames, publicPathOf, resolvePublicPath, routeRedirects, routeRewrites, unprefixedRewrite, type Route } from './paths';
import { locales } from '../site';

describe('localePath', () => {
  it('serves Swedish without a prefix and English under /en with translated path words', () => {
    expect(localePath('sv', '/')).toBe('/');
    expect(localePath('en', '/')).toBe('/en');
    expect(localePath('sv', '/artiklar/[slug]', { params: { slug: 'nya-satsningar-pa-smart-industri' } })).toBe('/artiklar/nya-satsningar-pa-smart-industri');
    expect(localePath('en', '/artiklar/[slug]', { params: { slug: 'x' } })).toBe('/en/articles/x');
    expect(localePath('sv', '/artiklar/sida/[page]', { params: { page: 2 } })).toBe('/artiklar/sida/2');
    expect(localePath('en', '/artiklar/sida/[page]', { params: { page: 2 } })).toBe('/en/articles/page/2');
    expect(localePath('sv', '/amnen')).toBe('/amnen');
    expect(localePath('en', '/skribenter/[slug]', { params: { slug: 'johan-genneby' } })).toBe('/en/authors/johan-genneby');
    expect(localePath('en', '/tillganglighet')).toBe('/en/accessibility');
    expect(localePath('en', '/sok')).toBe('/en/search');
    expect(localePath('sv', '/arkiv/[year]', { params: { year: 2018 } })).toBe('/arkiv/2018');
    expect(localePath('en', '/arkiv/[year]/sida/[page]', { params: { year: 2018, page: 2 } })).toBe('/en/archive/2018/page/2');
    expect(localePath('sv', '/skribenter/[slug]/sida/[page]', { params: { slug: 'johan-genneby', page: 2 } })).toBe('/skribenter/johan-genneby/sida/2');
    expect(localePath('en', '/skribenter/[slug]/sida/[page]', { params: { slug: 'johan-genneby', page: 2 } })).toBe('/en/authors/johan-genneby/page/2');
  });
});

describe('publicPathOf', () => {
  it('gives the path readers see for the path Next knows a page by, in either language', () => {
    expect(publicPathOf('/sv')).toBe('/');
    expect(publicPathOf('/en')).toBe('/en');
    expect(publicPathOf('/sv/artiklar/abc')).toBe('/artiklar/abc');
    expect(publicPathOf('/en/artiklar/abc')).toBe('/en/articles/abc');
    expect(publicPathOf('/en/amnen/eu-fonder/sida/21')).toBe('/en/topics/eu-fonder/page/21');
    expect(publicPathOf('/sv/arkiv/2018/sida/2')).toBe('/arkiv/2018/sida/2');
  });

  it('undoes resolvePublicPath for every route and language', () => {
    const params = { slug: 'eu-satsning', page: '3', year: '2018' };
    for (const locale of ['sv', 'en'] as const) {
      for (const route of Object.keys(pathnames) as Route[]) {
        const published = localePath(locale, route as '/artiklar/[slug]', { params: params as { slug: string } });
        expect(publicPathOf(resolvePublicPath(published)!.internalPath)).toBe(published);
      }
    }
  });

  it("answers null for Next's own pages and for paths of no language", () => {
    expect(publicPathOf('/_not-found')).toBeNull();
    expect(publicPathOf('/_global-error')).toBeNull();
    expect(publicPathOf('/sv/sidan-saknas/x/y')).toBeNull();
    expect(publicPathOf('/de/artiklar/abc')).toBeNull();
  });
});

describe('resolvePublicPath', () => {
  it('finds the route and the internal path behind a public path in either language', () => {
    expect(resolvePublicPath('/')).toMatchObject({ locale: 'sv', route: '/', internalPath: '/sv' });
    expect(resolvePublicPath('/en')).toMatchObject({ locale: 'en', route: '/', internalPath: '/en' });
    expect(resolvePublicPath('/artiklar/sida/2')).toMatchObject({ locale: 'sv', route: '/artiklar/sida/[page]', params: { page: '2' }, internalPath: '/sv/artiklar/sida/2' });
    expect(resolvePublicPath('/en/articles/abc')).toMatchObject({ locale: 'en', route: '/artiklar/[slug]', params: { slug: 'abc' }, internalPath: '/en/artiklar/abc' });
    expect(resolvePublicPath('/en/topics/eu-fonder/page/2')).toMatchObject({ route: '/amnen/[slug]/sida/[page]', internalPath: '/en/amnen/eu-fonder/sida/2' });
  });

  it('answers null for a path no route serves', () => {
    expect(resolvePublicPath('/en/artiklar')).toBeNull();
    expect(resolvePublicPath('/articles')).toBeNull();
    expect(resolvePublicPath('/wp-admin')).toBeNull();
  });

  // next.config's redirects lead these to the published address (routeRedirects).
  it('leaves the Swedish prefix and English words without /en unresolved', () => {
    expect(resolvePublicPath('/sv')).toBeNull();
    expect(resolvePublicPath('/sv/artiklar/abc')).toBeNull();
    expect(resolvePublicPath('/articles/abc')).toBeNull();
    expect(resolvePublicPath('/en/artiklar/abc')).toBeNull();
  });
});

/**
 * Applies next.config rules to a path as Next's router does: the first rule whose source matches
 * (Next's own matcher, so patterns with alternatives count as they will in production), its
 * destination filled in by Next's own code.
 */
function applyRule(rules: { source: string; destination: string }[], path: string): string | null {
  for (const { source, destination } of rules) {
    const params = getPathMatch(source, { removeUnnamedParams: true, strict: true })(path);
    if (!params) continue;
    return prepareDestination({ appendParamsToQuery: false, destination, params, query: {} }).newUrl;
  }
  return null;
}

describe('routing in next.config, from the same table', () => {
  const sample = { params: { slug: 'nagot-om-industri', page: 2, year: 2018 } } as never;

  it('rewrites every address of the table to the route that resolvePublicPath names', () => {
    const rewrites = routeRewrites();
    for (const route of Object.keys(pathnames) as Route[]) {
      for (const locale of locales) {
        const path = localePath(locale, route as never, sample);
        const expected = resolvePublicPath(path)!.internalPath;
        // The rules before Next's files first, then the one after them; `/en` is a route of its
        // own and needs no rewrite.
        expect(applyRule(rewrites, path) ?? applyRule([unprefixedRewrite()], path) ?? path, path).toBe(expected);
      }
    }
  });

  it('keeps the rules few: one rule for every Swedish address but the front page', () => {
    // Next runs every rewrite again inside each page's route module, on every request.
    expect(routeRewrites().filter((rule) => !rule.source.startsWith('/en'))).toEqual([{ source: '/', destination: '/sv' }]);
    expect(applyRule([unprefixedRewrite()], '/artiklar/nagot')).toBe('/sv/artiklar/nagot');
    expect(applyRule([unprefixedRewrite()], '/en/articles')).toBeNull();
    expect(applyRule([unprefixedRewrite()], '/og/sv/x.png')).toBeNull();
  });

  it('sends the internal and unprefixed forms to the published address, and page 1 to the listing', () => {
    const redirects = routeRedirects();
    expect(redirects.every((rule) => rule.permanent)).toBe(true);
    expect(applyRule(redirects, '/sv')).toBe('/');
    expect(applyRule(redirects, '/sv/artiklar/abc')).toBe('/artiklar/abc');
    expect(applyRule(redirects, '/en/artiklar/abc')).toBe('/en/articles/abc');
    expect(applyRule(redirects, '/en/amnen/eu-fonder/sida/3')).toBe('/en/topics/eu-fonder/page/3');
    expect(applyRule(redirects, '/articles')).toBe('/en/articles');
    expect(applyRule(redirects, '/authors/johan-genneby')).toBe('/en/authors/johan-genneby');
    expect(applyRule(redirects, '/topics/eu-fonder/page/2')).toBe('/en/topics/eu-fonder/page/2');
    expect(applyRule(redirects, '/accessibility')).toBe('/en/accessibility');
    expect(applyRule(redirects, '/articlesx')).toBeNull();
    expect(applyRule(redirects, '/artiklar/sida/1')).toBe('/artiklar');
    expect(applyRule(redirects, '/en/topics/eu-fonder/page/1')).toBe('/en/topics/eu-fonder');
    expect(applyRule(redirects, '/skribenter/johan-genneby/sida/1')).toBe('/skribenter/johan-genneby');
    expect(applyRule(redirects, '/en/authors/johan-genneby/page/1')).toBe('/en/authors/johan-genneby');
    expect(applyRule(redirects, '/arkiv/2018/sida/1')).toBe('/arkiv/2018');
    expect(applyRule(redirects, '/en/archive/2018/page/1')).toBe('/en/archive/2018');
    expect(applyRule(redirects, '/archive/2018')).toBe('/en/archive/2018');
  });

  it('never redirects an address it also publishes, so no rule loops', () => {
    const redirects = routeRedirects();
    for (const route of Object.keys(pathnames) as Route[]) {
      for (const locale of locales) {
        const path = localePath(locale, route as never, sample);
        expect(applyRule(redirects, path), path).toBeNull();
      }
    }
  });
});

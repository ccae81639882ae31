import { describe, expect, it } from 'vitest';
import { localePath, prefetchFor, resolvePublicPath } from './paths';

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

  // The proxy rewrites what resolves and leaves the rest to next-intl, which redirects these.
  it('leaves the Swedish prefix and English words without /en unresolved', () => {
    expect(resolvePublicPath('/sv')).toBeNull();
    expect(resolvePublicPath('/sv/artiklar/abc')).toBeNull();
    expect(resolvePublicPath('/articles/abc')).toBeNull();
    expect(resolvePublicPath('/en/artiklar/abc')).toBeNull();
  });
});

describe('prefetchFor', () => {
  it('keeps links to pages that list every article from being prefetched, and leaves the rest to Next', () => {
    expect(prefetchFor('/arkiv')).toBe(false);
    expect(prefetchFor('/skribenter/[slug]')).toBe(false);
    expect(prefetchFor('/artiklar')).toBeUndefined();
    expect(prefetchFor('/amnen/[slug]')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { bearerToken, LISTING_ROUTES, parsePathsBody, processToken, revalidationTarget, secretMatches } from './revalidate-request';

describe('revalidation request', () => {
  it('reads a bearer token', () => {
    expect(bearerToken('Bearer abc123')).toBe('abc123');
    expect(bearerToken('bearer abc123')).toBe('abc123');
    expect(bearerToken('Basic abc123')).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });

  it('compares secrets of any length without throwing', () => {
    expect(secretMatches('rätt-hemlighet', 'rätt-hemlighet')).toBe(true);
    expect(secretMatches('fel', 'rätt-hemlighet')).toBe(false);
    expect(secretMatches('', 'x')).toBe(false);
  });

  it('treats an empty body as "every listing"', () => {
    expect(parsePathsBody('')).toEqual({ ok: true, paths: null });
    expect(parsePathsBody('{}')).toEqual({ ok: true, paths: null });
  });

  it('maps public paths to the internal paths Next caches them under', () => {
    expect(parsePathsBody('{"paths":["/artiklar","/en/articles/page/2"]}')).toEqual({
      ok: true,
      paths: [
        { path: '/artiklar', internalPath: '/sv/artiklar' },
        { path: '/en/articles/page/2', internalPath: '/en/artiklar/sida/2' },
      ],
    });
  });

  it('refuses malformed bodies with a reason', () => {
    for (const body of ['{', '[]', '"x"', '{"paths":"/artiklar"}', '{"paths":[]}', '{"paths":[1]}', '{"paths":["/wp-admin"]}', '{"path":["/"]}']) {
      const result = parsePathsBody(body);
      expect(result.ok, body).toBe(false);
    }
  });
});

describe('what may be revalidated', () => {
  it('maps pages to their routes and accepts the feeds, the sitemap and share images as they are', () => {
    expect(revalidationTarget('/en/articles/x')).toBe('/en/artiklar/x');
    expect(revalidationTarget('/artiklar/x')).toBe('/sv/artiklar/x');
    expect(revalidationTarget('/feed.xml')).toBe('/feed.xml');
    expect(revalidationTarget('/sitemap.xml')).toBe('/sitemap.xml');
    expect(revalidationTarget('/sitemaps/artiklar-2018.xml')).toBe('/sitemaps/artiklar-2018.xml');
    expect(revalidationTarget('/sitemaps/../BUILD_ID')).toBeNull();
    expect(revalidationTarget('/arkiv/2018')).toBe('/sv/arkiv/2018');
    expect(revalidationTarget('/en/archive/2018/page/2')).toBe('/en/arkiv/2018/sida/2');
    expect(revalidationTarget('/en/authors/johan-genneby/page/3')).toBe('/en/skribenter/johan-genneby/sida/3');
    expect(revalidationTarget('/og/sv/nagot-om-industri.png')).toBe('/og/sv/nagot-om-industri.png');
    expect(revalidationTarget('/og/de/x.png')).toBeNull();
    expect(revalidationTarget('/etc/passwd')).toBeNull();
    expect(revalidationTarget('feed.xml')).toBeNull();
  });

  it('revalidates every listing after a publication: archive years, author pages and all', () => {
    expect(LISTING_ROUTES).toEqual(
      expect.arrayContaining([
        '/[locale]',
        '/[locale]/artiklar/sida/[page]',
        '/[locale]/amnen/[slug]/sida/[page]',
        '/[locale]/skribenter/[slug]',
        '/[locale]/skribenter/[slug]/sida/[page]',
        '/[locale]/arkiv',
        '/[locale]/arkiv/[year]',
        '/[locale]/arkiv/[year]/sida/[page]',
      ]),
    );
    // An article page changes only when it is itself published or its related posts change.
    expect(LISTING_ROUTES).not.toContain('/[locale]/artiklar/[slug]');
  });

  it('gives this process one token of its own for its publication schedule', () => {
    expect(processToken()).toMatch(/^[0-9a-f]{64}$/);
    expect(processToken()).toBe(processToken());
  });
});

import { describe, expect, it } from 'vitest';
import { articleAddressIn, bundlesFor, excerptParts, mergeHits, toSearchResult } from './search';
import { searchFile } from './search-files';

describe('excerptParts', () => {
  it('splits Pagefind’s excerpt at its <mark>s', () => {
    expect(excerptParts('program för automation och <mark>robotisering</mark> ska göra')).toEqual([
      { text: 'program för automation och ', mark: false },
      { text: 'robotisering', mark: true },
      { text: ' ska göra', mark: false },
    ]);
    expect(excerptParts('<mark>Smart</mark> <mark>industri</mark>')).toEqual([
      { text: 'Smart', mark: true },
      { text: ' ', mark: false },
      { text: 'industri', mark: true },
    ]);
  });

  it('keeps escaped markup as text, never as HTML', () => {
    expect(excerptParts('a &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>b</mark>')).toEqual([
      { text: 'a <script>alert(1)</script> & ', mark: false },
      { text: 'b', mark: true },
    ]);
  });
});

describe('articleAddressIn', () => {
  it('gives an article’s address in the other interface, from the routing table', () => {
    expect(articleAddressIn('en', '/artiklar/eu-satsning-pa-testmiljoer')).toBe('/en/articles/eu-satsning-pa-testmiljoer');
    expect(articleAddressIn('sv', '/en/articles/x')).toBe('/artiklar/x');
    expect(articleAddressIn('en', '/artiklar/r%C3%A4ksm%C3%B6rg%C3%A5s')).toBe('/en/articles/r%C3%A4ksm%C3%B6rg%C3%A5s');
    expect(articleAddressIn('en', '/skribenter/x')).toBeNull();
    expect(articleAddressIn('en', '/nagot/helt/annat')).toBeNull();
  });
});

describe('bundlesFor', () => {
  const manifest = {
    sv: [{ path: '/pagefind/sv/', lang: 'sv' }],
    en: [
      { path: '/pagefind/sv/', lang: 'sv', merge: ['/pagefind/sv-2/'], filters: { untranslated: 'yes' }, linkLocale: 'en' },
      { path: '/pagefind/en/', lang: 'en' },
    ],
  };

  it('reads the bundles of an interface, with a bundle’s shards, filter and link language', () => {
    expect(bundlesFor(manifest, 'sv')).toEqual(manifest.sv);
    expect(bundlesFor(manifest, 'en')).toEqual(manifest.en);
    expect(bundlesFor({ sv: [], en: [] }, 'sv')).toEqual([]);
  });

  it('rejects anything else, including another origin', () => {
    expect(bundlesFor(null, 'sv')).toBeNull();
    expect(bundlesFor({ sv: [{ path: '//evil.example/', lang: 'sv' }] }, 'sv')).toBeNull();
    expect(bundlesFor({ sv: [{ path: '/pagefind/sv/', lang: 'de' }] }, 'sv')).toBeNull();
    expect(bundlesFor({ en: [{ path: '/pagefind/sv/', lang: 'sv', filters: { untranslated: ['yes'] } }] }, 'en')).toBeNull();
    expect(bundlesFor({ en: [{ path: '/pagefind/sv/', lang: 'sv', filters: 'untranslated' }] }, 'en')).toBeNull();
    expect(bundlesFor({ en: [{ path: '/pagefind/sv/', lang: 'sv', linkLocale: 'de' }] }, 'en')).toBeNull();
    expect(bundlesFor({ sv: [{ path: '/pagefind/sv/', lang: 'sv', merge: ['https://evil.example/pagefind/'] }] }, 'sv')).toBeNull();
    expect(bundlesFor({ sv: [{ path: '/pagefind/sv/', lang: 'sv', merge: '/pagefind/sv-2/' }] }, 'sv')).toBeNull();
  });
});

describe('toSearchResult', () => {
  const data = { url: '/artiklar/x', excerpt: 'a <mark>b</mark>', meta: { title: 'X', date: '2018-03-07T23:00:00Z' } };

  it('keeps the address, title, date and excerpt', () => {
    expect(toSearchResult(data, 'sv')).toEqual({ url: '/artiklar/x', title: 'X', date: '2018-03-07T23:00:00Z', lang: 'sv', excerpt: [{ text: 'a ', mark: false }, { text: 'b', mark: true }] });
  });

  it('drops a malformed result or one pointing off the site', () => {
    expect(toSearchResult({ ...data, url: 'https://evil.example/' }, 'sv')).toBeNull();
    expect(toSearchResult({ ...data, meta: { title: 'X' } }, 'sv')).toBeNull();
    expect(toSearchResult('nonsense', 'sv')).toBeNull();
  });

  it('links an original found from /en at its English-interface address, keeping its language', () => {
    expect(toSearchResult(data, 'sv', 'en')).toMatchObject({ url: '/en/articles/x', lang: 'sv', title: 'X' });
    expect(toSearchResult(data, 'sv')?.url).toBe('/artiklar/x');
    // Only an article's address has one in the other interface.
    expect(toSearchResult({ ...data, url: '/amnen/x' }, 'sv', 'en')).toBeNull();
  });
});

describe('searchFile', () => {
  it('serves the index’s files with their types, hashed ones cached for good', () => {
    expect(searchFile(['sv', 'pagefind.js'])).toEqual({ segments: ['sv', 'pagefind.js'], contentType: 'text/javascript; charset=utf-8', cacheControl: 'public, max-age=0, must-revalidate' });
    expect(searchFile(['sv', 'fragment', 'sv_1d5458b.pf_fragment'])?.cacheControl).toBe('public, max-age=31536000, immutable');
    expect(searchFile(['sv', 'wasm.sv.pagefind'])?.contentType).toBe('application/octet-stream');
    expect(searchFile(['bundles.json'])?.contentType).toBe('application/json; charset=utf-8');
  });

  it('refuses traversal, hidden files and unknown kinds of file', () => {
    for (const segments of [['..', 'BUILD_ID'], ['sv', '..', '..', 'package.json'], ['../BUILD_ID.json'], ['sv/pagefind.js'], ['..\\x.js'], ['/etc', 'passwd.json'], ['sv', '.env.js'], ['sv', 'pagefind.js\0.json'], ['sv', 'x.map'], ['sv', 'README'], []]) {
      expect(searchFile(segments), segments.join(' / ')).toBeNull();
    }
  });
});

describe('mergeHits', () => {
  type Data = { url: string; excerpt: string; meta: { title: string; date: string } };
  function hits(count: number, lang: 'sv' | 'en', loaded: string[], scoreOf = (index: number) => count - index) {
    return Array.from({ length: count }, (_, index) => {
      const data: Data = { url: `/artiklar/${lang}-${index}`, excerpt: `text ${index}`, meta: { title: `${lang} ${index}`, date: '2018-03-07T23:00:00Z' } };
      return {
        lang,
        hit: {
          score: scoreOf(index),
          data: async () => {
            loaded.push(data.url);
            return data;
          },
        },
      };
    });
  }

  it('counts every hit but fetches only the fragments of the results asked for', async () => {
    const loaded: string[] = [];
    const found = mergeHits([hits(400, 'sv', loaded)]);
    expect(found.total).toBe(400);
    expect(loaded).toEqual([]);
    const first = await found.load(0, 5);
    expect(first.map((result) => result.url)).toEqual(['/artiklar/sv-0', '/artiklar/sv-1', '/artiklar/sv-2', '/artiklar/sv-3', '/artiklar/sv-4']);
    expect(loaded).toHaveLength(5);
    const next = await found.load(5, 10);
    expect(next.map((result) => result.url)).toEqual(['/artiklar/sv-5', '/artiklar/sv-6', '/artiklar/sv-7', '/artiklar/sv-8', '/artiklar/sv-9']);
    expect(loaded).toHaveLength(10);
    expect(await found.load(398, 410)).toHaveLength(2);
  });

  it('links a hit in its bundle’s link language', async () => {
    const data = { url: '/artiklar/x', excerpt: 'text', meta: { title: 'X', date: '2018-03-07T23:00:00Z' } };
    const found = mergeHits([[{ lang: 'sv', linkLocale: 'en', hit: { score: 1, data: async () => data } }]]);
    expect((await found.load(0, 5)).map((result) => [result.url, result.lang])).toEqual([['/en/articles/x', 'sv']]);
  });

  it('merges the bundles by score, each result keeping its language', async () => {
    const loaded: string[] = [];
    const found = mergeHits([hits(3, 'en', loaded, (index) => 10 - index * 4), hits(3, 'sv', loaded, (index) => 8 - index * 4)]);
    expect(found.total).toBe(6);
    const results = await found.load(0, 4);
    expect(results.map((result) => [result.url, result.lang])).toEqual([
      ['/artiklar/en-0', 'en'],
      ['/artiklar/sv-0', 'sv'],
      ['/artiklar/en-1', 'en'],
      ['/artiklar/sv-1', 'sv'],
    ]);
  });
});

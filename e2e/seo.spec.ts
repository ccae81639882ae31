import { expect, test } from '@playwright/test';
import { hreflangs, linkHref, local, metaContent, parseFeedOrSitemap, readSitemap } from './helpers';
import { PUBLISHED_SWEDISH, SITEMAP_ARTICLES } from './fixture/site';

test('every sitemap URL answers 200 without a redirect and describes itself, canonical equal to its <loc>', async ({ page, request }) => {
  test.setTimeout(120_000);
  const sitemap = await readSitemap(page, request);
  expect(sitemap.problems).toEqual([]);
  const locs = sitemap.urls.map((url) => url.loc ?? '');
  expect(locs.some((loc) => loc.endsWith('/artiklar/nya-satsningar-pa-smart-industri'))).toBe(true);
  expect(new Set(locs).size).toBe(locs.length);

  const problems: string[] = [];
  for (const url of sitemap.urls) {
    const loc = url.loc!;
    const answer = await request.get(local(loc), { maxRedirects: 0 });
    if (answer.status() !== 200) {
      problems.push(`${loc}: status ${answer.status()}`);
      continue;
    }
    const html = await answer.text();
    if (linkHref(html, 'canonical') !== loc) problems.push(`${loc}: canonical ${linkHref(html, 'canonical')}`);
    if (!/<title>[^<]+<\/title>/.test(html)) problems.push(`${loc}: no title`);
    if (!metaContent(html, 'name', 'description')) problems.push(`${loc}: no description`);
    if (!url.lastmod && !/\/(sok|search|tillganglighet|accessibility)$/.test(loc)) problems.push(`${loc}: no lastmod`);
    for (const [lang, href] of Object.entries(url.alternates)) {
      if (hreflangs(html)[lang] !== href) problems.push(`${loc}: sitemap alternate ${lang} ${href} not declared by the page`);
    }
  }
  expect(problems).toEqual([]);
});

test('the sitemap lists articles in both languages, an untranslated article only once, and alternates only for real translations', async ({ page, request }) => {
  const sitemap = await readSitemap(page, request);
  const byPath = new Map(sitemap.urls.map((url) => [new URL(url.loc!).pathname, url]));
  const smart = byPath.get('/artiklar/nya-satsningar-pa-smart-industri');
  expect(smart?.lastmod).toMatch(/^2018-03-0[78]/);
  expect(Object.keys(smart?.alternates ?? {}).sort()).toEqual(['en', 'sv', 'x-default']);
  expect(byPath.has('/en/articles/new-initiatives-for-smart-industry')).toBe(true);
  const untranslated = byPath.get('/artiklar/eu-satsning-pa-testmiljoer-i-stockholm');
  expect(untranslated).toBeDefined();
  expect(untranslated?.alternates).toEqual({});
  expect(byPath.has('/en/articles/eu-satsning-pa-testmiljoer-i-stockholm')).toBe(false);
  for (const path of ['/', '/en', '/artiklar', '/en/articles', '/amnen/smart-industri', '/en/topics/smart-industri', '/skribenter/johan-genneby', '/en/authors/johan-genneby', '/skribenter/johan-genneby/sida/3', '/en/authors/johan-genneby/page/3', '/arkiv', '/en/archive', '/arkiv/2018', '/en/archive/2018', '/arkiv/2017']) {
    expect(byPath.has(path), path).toBe(true);
  }
});

test('robots.txt allows crawling and names the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/User-Agent: \*/i);
  expect(text).toMatch(/Allow: \//);
  expect(text).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/);
});

test('the sitemap is an index of files, each well under 50,000 addresses, every address in one file only', async ({ page, request }) => {
  const sitemap = await readSitemap(page, request);
  expect(sitemap.problems).toEqual([]);
  expect(sitemap.files.map((file) => new URL(file.loc).pathname)).toEqual(['/sitemaps/sidor.xml', expect.stringMatching(/^\/sitemaps\/artiklar-20\d\d\.xml$/), '/sitemaps/artiklar-2018.xml', '/sitemaps/artiklar-2017.xml']);
  for (const file of sitemap.files) {
    expect(file.parsed.urls.length, file.loc).toBeGreaterThan(0);
    expect(file.parsed.urls.length, file.loc).toBeLessThanOrEqual(10_000);
    expect(file.lastmod, file.loc).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  }
  const locs = sitemap.urls.map((url) => url.loc);
  expect(new Set(locs).size).toBe(locs.length);
  // Listings carry their alternates: page 2 of the author's articles in both languages.
  const authorPage = sitemap.urls.find((url) => url.loc?.endsWith('/skribenter/johan-genneby/sida/2'));
  expect(authorPage?.alternates).toEqual({ sv: expect.stringMatching(/\/skribenter\/johan-genneby\/sida\/2$/), en: expect.stringMatching(/\/en\/authors\/johan-genneby\/page\/2$/), 'x-default': expect.stringMatching(/\/skribenter\/johan-genneby\/sida\/2$/) });
  expect((await request.get('/sitemaps/finns-inte.xml')).status()).toBe(404);
});

for (const [path, format, contentType] of [
  ['/feed.xml', 'rss', 'application/rss+xml'],
  ['/atom.xml', 'atom', 'application/atom+xml'],
  ['/en/feed.xml', 'rss', 'application/rss+xml'],
] as const) {
  test(`${path} is a well-formed ${format} feed of the newest articles with full content and working links`, async ({ page, request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe(`${contentType}; charset=utf-8`);
    const feed = await parseFeedOrSitemap(page, await response.text());
    expect(feed.error).toBeNull();
    const items =
      format === 'rss'
        ? feed.items.map((item) => ({ title: item.title, link: item.link, id: item.guid, date: item.pubDate, content: item.content }))
        : feed.entries.map((entry) => ({ title: entry.title, link: entry.link, id: entry.id, date: entry.published, content: entry.content }));
    expect(items).toHaveLength(PUBLISHED_SWEDISH);
    const dates = items.map((item) => Date.parse(item.date ?? ''));
    expect(dates.every((date) => !Number.isNaN(date))).toBe(true);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    if (format === 'rss') expect(items[0]?.date).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    else expect(items[0]?.date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(new Set(items.map((item) => item.id)).size).toBe(PUBLISHED_SWEDISH);
    for (const item of items) {
      expect((await request.get(local(item.link!), { maxRedirects: 0 })).status(), item.link!).toBe(200);
      expect(item.content?.length ?? 0, item.title!).toBeGreaterThan(400);
    }
    const smart = items.find((item) => /Smart (industri|Industry)$/.test(item.title ?? ''));
    expect(smart?.content).toMatch(/<li>Industr(i|y) 4\.0/);
    expect(smart?.content).toMatch(/href="https:\/\/www\.regeringen\.se\/"/);
  });
}

test('every page links its feeds in the head', async ({ request }) => {
  const sv = await (await request.get('/artiklar/nya-satsningar-pa-smart-industri')).text();
  expect(linkHref(sv, 'alternate', 'application/rss\\+xml')).toMatch(/\/feed\.xml$/);
  expect(linkHref(sv, 'alternate', 'application/atom\\+xml')).toMatch(/\/atom\.xml$/);
  const en = await (await request.get('/en/archive')).text();
  expect(linkHref(en, 'alternate', 'application/rss\\+xml')).toMatch(/\/en\/feed\.xml$/);
});

test('every article carries BlogPosting JSON-LD whose headline is its h1, with Stockholm offsets', async ({ page, request }) => {
  test.setTimeout(90_000);
  const sitemap = await readSitemap(page, request);
  const articles = sitemap.urls.map((url) => url.loc!).filter((loc) => /\/(artiklar|en\/articles)\/[^/]+$/.test(new URL(loc).pathname));
  expect(articles.length).toBe(SITEMAP_ARTICLES);
  for (const loc of articles) {
    await page.goto(local(loc));
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = blocks.flatMap((block) => JSON.parse(block) as Record<string, unknown>[]);
    const posting = data.find((item) => item['@type'] === 'BlogPosting');
    expect(posting, loc).toBeDefined();
    expect(posting?.headline).toBe(await page.getByRole('heading', { level: 1 }).textContent());
    expect(String(posting?.datePublished)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);
    expect(String(posting?.dateModified)).toMatch(/\+0[12]:00$/);
    expect(posting?.author).toMatchObject({ '@type': 'Person', name: 'Johan Genneby' });
    expect(posting?.mainEntityOfPage).toMatchObject({ '@id': loc });
    expect(posting?.inLanguage).toMatch(/^(sv-SE|en-GB)$/);
    expect(posting?.publisher).toMatchObject({ name: 'Regionbloggen' });
    expect(Array.isArray(posting?.image)).toBe(true);
    expect(data.some((item) => item['@type'] === 'BreadcrumbList'), loc).toBe(true);
  }
  const smart = await (await request.get('/artiklar/nya-satsningar-pa-smart-industri')).text();
  expect(smart).toContain('"datePublished":"2018-03-08T00:00:00+01:00"');
});

test('the front page declares the WebSite', async ({ page }) => {
  await page.goto('/');
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks.map((block) => JSON.parse(block)['@type'])).toContain('WebSite');
});

test('an article has Open Graph and Twitter metadata and a 1200×630 PNG share image', async ({ request }) => {
  const html = await (await request.get('/artiklar/nya-satsningar-pa-smart-industri')).text();
  expect(metaContent(html, 'property', 'og:type')).toBe('article');
  expect(metaContent(html, 'property', 'og:locale')).toBe('sv_SE');
  expect(metaContent(html, 'property', 'article:published_time')).toBe('2018-03-08T00:00:00+01:00');
  expect(metaContent(html, 'property', 'article:author')).toBe('Johan Genneby');
  expect(metaContent(html, 'property', 'article:tag')).toBe('Smart industri');
  expect(metaContent(html, 'name', 'twitter:card')).toBe('summary_large_image');
  const image = metaContent(html, 'property', 'og:image');
  expect(image).toMatch(/\/og\/sv\/nya-satsningar-pa-smart-industri\.png$/);

  const png = await request.get(local(image!));
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  const bytes = await png.body();
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);

  const english = await (await request.get('/en/articles/new-initiatives-for-smart-industry')).text();
  expect(metaContent(english, 'property', 'og:locale')).toBe('en_GB');
  // An article's own lead image wins over the generated one.
  const prize = await (await request.get('/artiklar/dataspel-i-byggbranschen-och-ren-luft-till-salu')).text();
  expect(metaContent(prize, 'property', 'og:image')).toMatch(/\/media\/artiklar\/bilder\/prisutdelning-smart-industri\.jpg$/);
});

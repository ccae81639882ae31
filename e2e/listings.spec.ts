import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { PUBLISHED_SWEDISH, SCHEDULED, SCHEDULED_MONTH, SCHEDULED_YEAR } from './fixture/site';

test('pagination walks every page of all articles and back', async ({ page }) => {
  await page.goto('/artiklar');
  const seen: string[] = [];
  const pagination = page.getByRole('navigation', { name: 'Sidor' });
  await expect(pagination).toContainText('Sida 1 av 3');
  await expect(pagination.getByRole('link', { name: 'Föregående' })).toHaveCount(0);
  for (let n = 1; n <= 3; n += 1) {
    await expect(pagination).toContainText(`Sida ${n} av 3`);
    seen.push(...(await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents()));
    if (n < 3) {
      await pagination.getByRole('link', { name: 'Nästa' }).click();
      await expect(page).toHaveURL(new RegExp(`/artiklar/sida/${n + 1}$`));
    }
  }
  await expect(pagination.getByRole('link', { name: 'Nästa' })).toHaveCount(0);
  expect(seen).toHaveLength(PUBLISHED_SWEDISH);
  expect(new Set(seen).size).toBe(PUBLISHED_SWEDISH);

  await pagination.getByRole('link', { name: 'Föregående' }).click();
  await expect(page).toHaveURL(/\/artiklar\/sida\/2$/);
  await pagination.getByRole('link', { name: 'Föregående' }).click();
  await expect(page).toHaveURL(/\/artiklar$/);
});

test('page one of a listing redirects to the listing, and a page past the end or not a number is 404', async ({ request }) => {
  const first = await request.get('/artiklar/sida/1', { maxRedirects: 0 });
  expect(first.status()).toBe(308);
  expect(first.headers()['location']).toBe('/artiklar');
  for (const path of ['/artiklar/sida/4', '/artiklar/sida/0', '/artiklar/sida/abc', '/artiklar/sida/02', '/en/articles/page/9']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('the topic index is in Swedish alphabetical order with article counts', async ({ page }) => {
  await page.goto('/amnen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ämnen');
  const names = await page.getByRole('main').getByRole('listitem').getByRole('link').allTextContents();
  expect(names.length).toBeGreaterThan(8);
  expect([...names].sort(new Intl.Collator('sv').compare)).toEqual(names);
  const smart = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Smart industri', exact: true }) });
  await expect(smart).toContainText('4 artiklar');
});

test('a topic page lists exactly the articles with that topic', async ({ page }) => {
  await page.goto('/amnen/smart-industri');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Smart industri');
  const titles = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  expect(titles.sort()).toEqual(
    [
      'Dataspel i byggbranschen och ren luft till salu',
      'Nya satsningar på Smart industri',
      'Riksdagsledamöter på besök i Södertälje Science Park',
      'Svårt att hitta rätt kompetens i innovativ industri',
    ].sort(),
  );
});

test('a topic with an ampersand has a working page', async ({ page }) => {
  await page.goto('/amnen');
  await page.getByRole('link', { name: 'Forskning & utveckling' }).click();
  await expect(page).toHaveURL(/\/amnen\/forskning-och-utveckling$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forskning & utveckling');
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(2);
});

test('the author page shows the portrait and the bio, and pages through every article by the author', async ({ page }) => {
  await page.goto('/skribenter');
  await page.getByRole('link', { name: 'Johan Genneby' }).click();
  await expect(page).toHaveURL(/\/skribenter\/johan-genneby$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Johan Genneby');
  await expect(page.getByRole('img', { name: /porträtt/i })).toBeVisible();
  await expect(page.getByRole('main').locator('.prose p').first()).not.toBeEmpty();
  await expect(page.getByRole('heading', { level: 2, name: 'Artiklar av Johan Genneby' })).toBeVisible();
  const pages = Math.ceil(PUBLISHED_SWEDISH / 5);
  const pagination = page.getByRole('navigation', { name: 'Sidor' });
  await expect(pagination).toContainText(`Sida 1 av ${pages}`);
  await expect(pagination.getByRole('link', { name: 'Föregående' })).toHaveCount(0);
  const seen = await page.getByRole('main').getByRole('article').getByRole('heading', { level: 3 }).allTextContents();
  expect(seen).toHaveLength(5);
  for (let n = 2; n <= pages; n += 1) {
    await pagination.getByRole('link', { name: 'Nästa' }).click();
    await expect(page).toHaveURL(new RegExp(`/skribenter/johan-genneby/sida/${n}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Johan Genneby');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(`Artiklar av Johan Genneby, sida ${n} av ${pages}`);
    seen.push(...(await page.getByRole('main').getByRole('article').getByRole('heading', { level: 3 }).allTextContents()));
  }
  await expect(pagination.getByRole('link', { name: 'Nästa' })).toHaveCount(0);
  expect(seen).toHaveLength(PUBLISHED_SWEDISH);
  expect(new Set(seen).size).toBe(PUBLISHED_SWEDISH);
  await pagination.getByRole('link', { name: 'Föregående' }).click();
  await expect(page).toHaveURL(new RegExp(`/skribenter/johan-genneby/sida/${pages - 1}$`));
});

test('the English author pages page through the same articles, with English words', async ({ page }) => {
  const pages = Math.ceil(PUBLISHED_SWEDISH / 5);
  await page.goto(`/en/authors/johan-genneby/page/${pages}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Johan Genneby');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(`Articles by Johan Genneby, page ${pages} of ${pages}`);
  const pagination = page.getByRole('navigation', { name: 'Pages' });
  await expect(pagination).toContainText(`Page ${pages} of ${pages}`);
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(PUBLISHED_SWEDISH - (pages - 1) * 5);
  await expect(page.getByRole('link', { name: /på svenska/i })).toHaveAttribute('href', `/skribenter/johan-genneby/sida/${pages}`);
  await pagination.getByRole('link', { name: 'Previous' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/authors/johan-genneby/page/${pages - 1}$`));
});

test('an author’s page 1 is the author’s own address, and a page past the end or of nobody is 404', async ({ request }) => {
  const pages = Math.ceil(PUBLISHED_SWEDISH / 5);
  for (const [path, target] of [
    ['/skribenter/johan-genneby/sida/1', '/skribenter/johan-genneby'],
    ['/en/authors/johan-genneby/page/1', '/en/authors/johan-genneby'],
  ]) {
    const answer = await request.get(path!, { maxRedirects: 0 });
    expect(answer.status(), path).toBe(308);
    expect(answer.headers()['location'], path).toBe(target);
  }
  for (const path of [`/skribenter/johan-genneby/sida/${pages + 1}`, `/en/authors/johan-genneby/page/${pages + 1}`, '/skribenter/johan-genneby/sida/0', '/skribenter/johan-genneby/sida/02', '/skribenter/finns-inte/sida/2', '/en/authors/nobody/page/2']) {
    const answer = await request.get(path);
    expect(answer.status(), path).toBe(404);
  }
  const english = await request.get(`/en/authors/johan-genneby/page/${pages + 1}`);
  expect(await english.text()).toContain('Page not found');
});

test('the archive lists every year with its count, newest first, and /arkiv still leads there', async ({ page }) => {
  await page.goto('/arkiv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arkiv');
  const years = page.getByRole('list', { name: 'År i arkivet' }).getByRole('listitem');
  await expect(years).toHaveText([new RegExp(`^${SCHEDULED_YEAR}\\s*1 artikel$`), /^2018\s*12 artiklar$/, /^2017\s*1 artikel$/]);
  await page.getByRole('link', { name: '2018', exact: true }).click();
  await expect(page).toHaveURL(/\/arkiv\/2018$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arkiv 2018');
});

test('a year of the archive groups its articles by month with Swedish headings, and links every year', async ({ page }) => {
  await page.goto('/arkiv/2018');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arkiv 2018');
  await expect(page.getByText('12 artiklar från 2018, månad för månad, de senaste först.')).toBeVisible();
  const march = page.getByRole('region', { name: 'mars 2018' });
  await expect(march.getByRole('heading', { level: 2 })).toHaveText('mars 2018');
  await expect(march.getByRole('link')).toHaveText([
    'Vinnovas innovationsdag i nytt format',
    'Regional samverkan i Europa genom projektet HIGHER',
    'Nya satsningar på Smart industri',
    'Svårt att hitta rätt kompetens i innovativ industri',
  ]);
  await expect(march.locator('time').first()).toHaveText('26 mars 2018');
  const months = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  expect(months).toEqual(['oktober 2018', 'september 2018', 'augusti 2018', 'juni 2018', 'maj 2018', 'mars 2018', 'februari 2018', 'januari 2018']);
  const nav = page.getByRole('navigation', { name: 'År i arkivet' });
  await expect(nav.getByRole('link')).toHaveText([SCHEDULED_YEAR, '2018', '2017']);
  await expect(nav.getByRole('link', { name: '2018' })).toHaveAttribute('aria-current', 'page');
  // Fewer than a page's worth of articles: no pagination.
  await expect(page.getByRole('navigation', { name: 'Sidor' })).toHaveCount(0);
  await nav.getByRole('link', { name: '2017' }).click();
  await expect(page).toHaveURL(/\/arkiv\/2017$/);
  await expect(page.getByRole('region', { name: 'december 2017' }).getByRole('link')).toHaveText(['EU-satsning på testmiljöer i Stockholm']);
  await page.goto(`/arkiv/${SCHEDULED_YEAR}`);
  await expect(page.getByRole('region', { name: SCHEDULED_MONTH }).getByRole('link')).toHaveText([SCHEDULED.title]);
});

test('the English archive names years and months in English and leads to its Swedish counterpart', async ({ page }) => {
  await page.goto('/en/archive');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archive');
  await expect(page.getByRole('list', { name: 'Years in the archive' }).getByRole('listitem').nth(1)).toHaveText(/^2018\s*12 articles$/);
  await page.getByRole('link', { name: '2018', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/archive\/2018$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archive 2018');
  await expect(page.getByRole('region', { name: 'March 2018' }).getByRole('link', { name: 'New initiatives for Smart Industry' })).toHaveAttribute('href', '/en/articles/new-initiatives-for-smart-industry');
  await expect(page.getByRole('link', { name: /på svenska/i })).toHaveAttribute('href', '/arkiv/2018');
});

test('a year’s page 1 is the year’s own address; a year without articles, a page past the end or not a year is 404', async ({ request }) => {
  for (const [path, target] of [
    ['/arkiv/2018/sida/1', '/arkiv/2018'],
    ['/en/archive/2018/page/1', '/en/archive/2018'],
  ]) {
    const answer = await request.get(path!, { maxRedirects: 0 });
    expect(answer.status(), path).toBe(308);
    expect(answer.headers()['location'], path).toBe(target);
  }
  for (const path of ['/arkiv/2018/sida/2', '/en/archive/2018/page/2', '/arkiv/1999', '/en/archive/2016', '/arkiv/18', '/arkiv/abcd', '/arkiv/02018', '/arkiv/2018/sida/x']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  expect(await (await request.get('/en/archive/1999')).text()).toContain('Page not found');
  expect(await (await request.get('/arkiv/1999')).text()).toContain('Sidan hittades inte');
});

// The fixture build's own folder (playwright.config.ts): what the build prerendered, by the
// addresses readers use, is what the server reads after it starts (lib/serving/answer-memo.mjs).
test('the build prerenders the later pages of an author, in both languages, and lists them for the server’s warm-up', async ({ request }) => {
  const listed: unknown = JSON.parse(fs.readFileSync('.next-fixture/prerendered-paths.json', 'utf8'));
  expect(Array.isArray(listed)).toBe(true);
  const paths = listed as string[];
  // Pages 2 and 3 of the author's listing sit under the author's own address, which Next gave
  // their params no key for before (vercel/next.js#53717).
  expect(paths).toEqual(expect.arrayContaining(['/', '/en', '/artiklar/sida/2', '/en/articles/page/2', '/skribenter/johan-genneby/sida/2', '/skribenter/johan-genneby/sida/3', '/en/authors/johan-genneby/page/2']));
  // Next's own error shells have no address; nothing past page 5 is prerendered.
  expect(paths.filter((path) => path.startsWith('/_') || /\/(?:sida|page)\/(?:[6-9]|\d{2,})$/.test(path))).toEqual([]);
  for (const path of ['/skribenter/johan-genneby/sida/2', '/en/authors/johan-genneby/page/3']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['x-nextjs-cache'], path).toBe('HIT');
  }
});

import { expect, test } from '@playwright/test';
import { hreflangs, linkHref } from './helpers';
import { FRONT_PAGE_COUNT } from './fixture/site';

const SV = '/artiklar/nya-satsningar-pa-smart-industri';
const EN = '/en/articles/new-initiatives-for-smart-industry';

test('the Smart industri article in English: title, English date, related posts', async ({ page }) => {
  await page.goto(EN);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New initiatives for Smart Industry');
  await expect(page.getByRole('article').first().locator('time').first()).toHaveText('8 March 2018');
  await expect(page.getByRole('article').first().locator('time').first()).toHaveAttribute('datetime', '2018-03-08');
  const related = page.getByRole('region', { name: 'Related posts' });
  await expect(related.getByRole('article')).toHaveCount(10);
  // The AI article has a translation and is listed under its English title.
  await expect(related.getByRole('heading', { name: 'Great interest in AI – Stockholm leads the way' })).toBeVisible();
  for (const link of await related.getByRole('link', { name: /^Read the full article: / }).all()) {
    expect(await link.getAttribute('href')).toMatch(/^\/en\/articles\/[a-z0-9-]+$/);
  }
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Articles' })).toHaveAttribute('href', '/en/articles');
});

test('the language switcher leads to the counterpart and back', async ({ page }) => {
  await page.goto(SV);
  await page.getByRole('link', { name: /in English/i }).click();
  await expect(page).toHaveURL(new RegExp(`${EN}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New initiatives for Smart Industry');
  await page.getByRole('link', { name: /på svenska/i }).click();
  await expect(page).toHaveURL(new RegExp(`${SV}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nya satsningar på Smart industri');
});

test('the switcher works by keyboard and without JavaScript on every kind of page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'sv-SE' });
  const page = await context.newPage();
  const pairs = [
    ['/', '/en'],
    ['/artiklar', '/en/articles'],
    ['/artiklar/sida/2', '/en/articles/page/2'],
    ['/amnen', '/en/topics'],
    ['/amnen/smart-industri', '/en/topics/smart-industri'],
    ['/skribenter/johan-genneby', '/en/authors/johan-genneby'],
    ['/skribenter/johan-genneby/sida/2', '/en/authors/johan-genneby/page/2'],
    ['/arkiv', '/en/archive'],
    ['/arkiv/2018', '/en/archive/2018'],
    ['/artiklar/eu-satsning-pa-testmiljoer-i-stockholm', '/en/articles/eu-satsning-pa-testmiljoer-i-stockholm'],
  ];
  for (const [sv, en] of pairs) {
    await page.goto(`${test.info().project.use.baseURL}${sv}`);
    const toEnglish = page.getByRole('link', { name: /in English/i });
    await expect(toEnglish).toHaveAttribute('href', en!);
    await toEnglish.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${en!.replace(/\//g, '\\/')}$`));
    await expect(page.getByRole('link', { name: /på svenska/i })).toHaveAttribute('href', sv!);
  }
  await context.close();
});

test('an untranslated article under /en is shown in Swedish with a notice, canonical to the Swedish page', async ({ page, request }) => {
  const path = '/en/articles/eu-satsning-pa-testmiljoer-i-stockholm';
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('article.article')).toHaveAttribute('lang', 'sv');
  await expect(page.getByText('This article is only available in Swedish.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('EU-satsning på testmiljöer i Stockholm');
  await expect(page.getByRole('article').first().locator('time').first()).toHaveText('21 December 2017');
  const html = await (await request.get(path)).text();
  expect(linkHref(html, 'canonical')).toMatch(/\/artiklar\/eu-satsning-pa-testmiljoer-i-stockholm$/);
  expect(hreflangs(html)).toEqual({});
  const swedish = await (await request.get('/artiklar/eu-satsning-pa-testmiljoer-i-stockholm')).text();
  expect(hreflangs(swedish)).toEqual({});
});

test('translated articles declare sv, en and x-default alternates with absolute URLs', async ({ request }) => {
  for (const path of [SV, EN]) {
    const alternates = hreflangs(await (await request.get(path)).text());
    expect(Object.keys(alternates).sort(), path).toEqual(['en', 'sv', 'x-default']);
    expect(alternates.sv).toMatch(new RegExp(`^https?://[^/]+${SV}$`));
    expect(alternates.en).toMatch(new RegExp(`^https?://[^/]+${EN}$`));
    expect(alternates['x-default']).toBe(alternates.sv);
  }
  expect(linkHref(await (await request.get(EN)).text(), 'canonical')).toMatch(new RegExp(`${EN}$`));
});

test('a Swedish slug under /en leads to the translation', async ({ request }) => {
  const response = await request.get('/en/articles/nya-satsningar-pa-smart-industri', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()['location']).toBe(EN);
});

test('the English interface lists every article, translations in English', async ({ page }) => {
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest articles');
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(FRONT_PAGE_COUNT);
  await expect(page.getByRole('heading', { name: 'New initiatives for Smart Industry' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Vinnovas innovationsdag i nytt format' })).toHaveAttribute('lang', 'sv');
  await page.goto('/en/archive/2018');
  await expect(page.getByRole('heading', { level: 2, name: 'March 2018' })).toBeVisible();
});

for (const path of ['/en/articles/does-not-exist', '/en/nothing-here', '/de/artiklar', '/de']) {
  test(`${path} gives the 404 page in the right language`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    const english = path.startsWith('/en');
    await expect(page.locator('html')).toHaveAttribute('lang', english ? 'en' : 'sv');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(english ? 'Page not found' : 'Sidan hittades inte');
  });
}

test('footnotes in an English translation are headed and linked back in English', async ({ page }) => {
  await page.goto('/en/articles/great-interest-in-ai-stockholm-leads-the-way');
  const footnotes = page.locator('section[data-footnotes]');
  await expect(footnotes.getByRole('heading', { level: 2 })).toHaveText('Footnotes');
  await expect(footnotes.getByRole('link', { name: 'Back to content' })).toHaveCount(1);
  await expect(footnotes).not.toContainText('Fotnoter');
  // The reference leads down to the note, and the note back up.
  await page.locator('.article-prose sup a[href^="#"]').first().click();
  await expect(footnotes.getByRole('listitem').first()).toContainText('Published in May 2018');
});

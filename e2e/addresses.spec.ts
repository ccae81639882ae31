import { expect, test, type APIResponse } from '@playwright/test';
import { linkHref, local, parseFeedOrSitemap, readSitemap } from './helpers';

// Addresses are permanent (test/fixtures/site/): renamed articles keep their earlier addresses in
// redirectFrom, a withdrawn address is listed in adresser.json, and one article's title was
// edited after publication while its slug: stayed.

const RENAMED = [
  // A translated article renamed in both languages: the old Swedish slug under /en leads to the translation.
  { old: '/artiklar/stort-intresse-for-ai', now: '/artiklar/stort-intresse-for-ai-stockholm-i-taten' },
  { old: '/en/articles/stort-intresse-for-ai', now: '/en/articles/great-interest-in-ai-stockholm-leads-the-way' },
  { old: '/en/articles/great-interest-in-ai', now: '/en/articles/great-interest-in-ai-stockholm-leads-the-way' },
  // An untranslated article, in both interfaces.
  { old: '/artiklar/eu-satsning-pa-testmiljoer', now: '/artiklar/eu-satsning-pa-testmiljoer-i-stockholm' },
  { old: '/en/articles/eu-satsning-pa-testmiljoer', now: '/en/articles/eu-satsning-pa-testmiljoer-i-stockholm' },
];

const locations = (response: APIResponse) => response.headersArray().filter((header) => header.name.toLowerCase() === 'location').map((header) => header.value);

for (const { old, now } of RENAMED) {
  test(`the earlier address ${old} answers 308 to ${now}`, async ({ request }) => {
    const response = await request.get(old, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(locations(response)).toEqual([now]);
  });
}

test('a reader following an old link lands on the article at its new address, in the language of the link', async ({ page }) => {
  await page.goto('/artiklar/stort-intresse-for-ai');
  await expect(page).toHaveURL(/\/artiklar\/stort-intresse-for-ai-stockholm-i-taten$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stort intresse för AI – Stockholm i täten');
  await page.goto('/en/articles/stort-intresse-for-ai');
  await expect(page).toHaveURL(/\/en\/articles\/great-interest-in-ai-stockholm-leads-the-way$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Great interest in AI – Stockholm leads the way');
});

test('the sitemap lists only the current addresses of renamed articles', async ({ page, request }) => {
  const sitemap = await readSitemap(page, request);
  expect(sitemap.problems).toEqual([]);
  const paths = sitemap.urls.map((url) => local(url.loc ?? ''));
  for (const { old } of RENAMED) expect(paths).not.toContain(old);
  // The sitemap lists Swedish articles and English translations (an untranslated article's
  // English copy has the Swedish page as its canonical).
  expect(paths).toEqual(expect.arrayContaining(['/artiklar/stort-intresse-for-ai-stockholm-i-taten', '/en/articles/great-interest-in-ai-stockholm-leads-the-way', '/artiklar/eu-satsning-pa-testmiljoer-i-stockholm']));
});

const WITHDRAWN = [
  { path: '/artiklar/vatgasbussar-i-norrtalje', lang: 'sv', heading: 'Artikeln har dragits tillbaka', text: 'Redaktionen har dragit tillbaka den här artikeln.', home: 'Till startsidan', homeHref: '/' },
  { path: '/en/articles/vatgasbussar-i-norrtalje', lang: 'en', heading: 'This article has been withdrawn', text: 'The editors have withdrawn this article.', home: 'Go to the front page', homeHref: '/en' },
];

for (const gone of WITHDRAWN) {
  test(`a withdrawn article answers 410 Gone at ${gone.path}, with a short page in the reader's language`, async ({ page }) => {
    const response = await page.goto(gone.path);
    expect(response?.status()).toBe(410);
    expect(response?.headers()['content-type']).toContain('text/html');
    await expect(page.locator('html')).toHaveAttribute('lang', gone.lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(gone.heading);
    await expect(page.getByRole('main')).toContainText(gone.text);
    await expect(page.getByRole('link', { name: gone.home })).toHaveAttribute('href', gone.homeHref);
    await expect(page).toHaveTitle(`${gone.heading} – Regionbloggen`);
  });
}

test('an article whose title was edited keeps its address, canonical link and feed guid', async ({ page, request }) => {
  const path = '/artiklar/ny-testbadd-for-vatgas-i-sodertalje';
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  const html = await response.text();
  // The title no longer matches the address: the address comes from slug:, not from the title.
  expect(html).toMatch(/<h1[^>]*>Ny testbädd för vätgas i Södertälje öppnar<\/h1>/);
  const canonical = linkHref(html, 'canonical');
  expect(canonical && local(canonical)).toBe(path);
  const feed = await parseFeedOrSitemap(page, await (await request.get('/feed.xml')).text());
  const item = feed.items.find((entry) => entry.title === 'Ny testbädd för vätgas i Södertälje öppnar');
  expect(item?.guid).toBe(canonical);
  const atom = await parseFeedOrSitemap(page, await (await request.get('/atom.xml')).text());
  expect(atom.entries.find((entry) => entry.title === 'Ny testbädd för vätgas i Södertälje öppnar')?.id).toBe(canonical);
});

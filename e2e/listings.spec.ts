import { expect, test } from '@playwright/test';
import { PUBLISHED_SWEDISH, SCHEDULED_MONTH } from './fixture/site';

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

test('the author page shows the portrait, the bio and every article by the author', async ({ page }) => {
  await page.goto('/skribenter');
  await page.getByRole('link', { name: 'Johan Genneby' }).click();
  await expect(page).toHaveURL(/\/skribenter\/johan-genneby$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Johan Genneby');
  await expect(page.getByRole('img', { name: /porträtt/i })).toBeVisible();
  await expect(page.getByRole('main').locator('.prose p').first()).not.toBeEmpty();
  await expect(page.getByRole('heading', { level: 2, name: 'Artiklar av Johan Genneby' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(PUBLISHED_SWEDISH);
});

test('the archive groups articles by month with Swedish headings', async ({ page }) => {
  await page.goto('/arkiv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arkiv');
  const march = page.getByRole('region', { name: 'mars 2018' });
  await expect(march.getByRole('heading', { level: 2 })).toHaveText('mars 2018');
  await expect(march.getByRole('link')).toHaveText([
    'Vinnovas innovationsdag i nytt format',
    'Regional samverkan i Europa genom projektet HIGHER',
    'Nya satsningar på Smart industri',
    'Svårt att hitta rätt kompetens i innovativ industri',
  ]);
  const months = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  expect(months).toEqual([SCHEDULED_MONTH, 'oktober 2018', 'september 2018', 'augusti 2018', 'juni 2018', 'maj 2018', 'mars 2018', 'februari 2018', 'januari 2018', 'december 2017']);
});

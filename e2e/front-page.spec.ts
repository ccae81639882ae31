import { expect, test } from '@playwright/test';

test('the front page lists all eleven launch articles, newest first', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Regionbloggen/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Senaste artiklarna');

  const cards = page.getByRole('main').getByRole('article');
  await expect(cards).toHaveCount(11);

  const dates = await cards.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect(dates).toHaveLength(11);
  expect([...dates].sort().reverse()).toEqual(dates);
  expect(dates[0]).toBe('2018-10-29');
  expect(dates.at(-1)).toBe('2017-12-21');

  const first = cards.first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText('Vad hindrar innovationen i livsmedelsbranschen?');
  await expect(first.locator('time')).toHaveText('29 oktober 2018');
  await expect(first.getByRole('link', { name: /^Läs hela artikeln/ })).toHaveAttribute('href', '/artiklar/vad-hindrar-innovationen-i-livsmedelsbranschen');
});

test('the two articles of 8 March keep a stable order', async ({ page }) => {
  await page.goto('/');
  const titles = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  const nya = titles.indexOf('Nya satsningar på Smart industri');
  const svart = titles.indexOf('Svårt att hitta rätt kompetens i innovativ industri');
  expect(nya).toBeGreaterThanOrEqual(0);
  expect(svart).toBe(nya + 1);
});

test('the header names the site and navigates to all articles', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await nav.getByRole('link', { name: 'Artiklar' }).click();
  await expect(page).toHaveURL(/\/artiklar$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alla artiklar');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Regionbloggen' })).toHaveAttribute('href', '/');
});

import { expect, test } from '@playwright/test';
import { FRONT_PAGE_COUNT, SCHEDULED, SCHEDULED_DAY } from './fixture/site';

test('the front page lists the twelve newest articles, newest first', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Regionbloggen/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Senaste artiklarna');

  const cards = page.getByRole('main').getByRole('article');
  await expect(cards).toHaveCount(FRONT_PAGE_COUNT);

  const dates = await cards.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect(dates).toHaveLength(FRONT_PAGE_COUNT);
  expect([...dates].sort().reverse()).toEqual(dates);
  // The scheduled article, published just before, is the newest; the two oldest of the
  // fixture's fourteen (2018-01-15, 2017-12-21) are left for the listings.
  expect(dates[0]).toBe(SCHEDULED_DAY);
  expect(dates[1]).toBe('2018-10-29');
  expect(dates.at(-1)).toBe('2018-02-13');
  await expect(cards.first().getByRole('heading', { level: 2 })).toHaveText(SCHEDULED.title);

  const second = cards.nth(1);
  await expect(second.getByRole('heading', { level: 2 })).toHaveText('Vad hindrar innovationen i livsmedelsbranschen?');
  await expect(second.locator('time')).toHaveText('29 oktober 2018');
  await expect(second.getByRole('link', { name: /^Läs hela artikeln/ })).toHaveAttribute('href', '/artiklar/vad-hindrar-innovationen-i-livsmedelsbranschen');
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

import { expect, test } from '@playwright/test';

for (const path of ['/artiklar/finns-inte', '/nagot/som-inte-finns']) {
  test(`${path} answers 404 with the Swedish page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan hittades inte');
    await expect(page).toHaveTitle('Sidan hittades inte – Regionbloggen');
    await expect(page.getByRole('link', { name: 'Till startsidan' })).toHaveAttribute('href', '/');
    await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // Next answers an address a prerendered route does not have with an empty shell that only its
  // runtime fills; server.mjs sends the not-found page itself (lib/serving/not-found-page.mjs).
  for (const [path, lang, title, home] of [
    ['/artiklar/finns-inte', 'sv', 'Sidan hittades inte', 'Till startsidan'],
    ['/arkiv/1999', 'sv', 'Sidan hittades inte', 'Till startsidan'],
    ['/skribenter/johan-genneby/sida/99', 'sv', 'Sidan hittades inte', 'Till startsidan'],
    ['/en/articles/does-not-exist', 'en', 'Page not found', 'Go to the front page'],
    ['/nagot/som-inte-finns', 'sv', 'Sidan hittades inte', 'Till startsidan'],
  ] as const) {
    test(`${path} is a whole 404 page in its language, with the site around it`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.getByRole('main').getByRole('link', { name: home })).toBeVisible();
      await expect(page.getByRole('navigation').first()).toBeVisible();
    });
  }
});

test('the not-found page asked for by its own address is a 404 too, and no page of the site', async ({ request }) => {
  for (const path of ['/sidan-saknas', '/en/sidan-saknas']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toMatch(/Sidan hittades inte|Page not found/);
  }
  const sitemap = await request.get('/sitemaps/sidor.xml');
  expect(await sitemap.text()).not.toContain('sidan-saknas');
});

test('a 404 page loads no script', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  const response = await page.goto('/artiklar/finns-inte');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan hittades inte');
  expect(scripts).toEqual([]);
});

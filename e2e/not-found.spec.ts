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

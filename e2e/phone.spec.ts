import { expect, test, type Page } from '@playwright/test';

// What a phone downloads for one view, counted in Chromium by type in the first 6 s after load.
// Sizes are budgets of `npm run bench`; here the counts a reader's phone must never exceed.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

type Seen = { url: string; type: string; prefetch: boolean; done: boolean };

async function view(page: Page, path: string): Promise<Seen[]> {
  const seen = new Map<object, Seen>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    // A page fetched ahead: by the browser's speculation rules (Sec-Purpose), or by Next's router.
    const ahead = request.headers()['sec-purpose']?.includes('prefetch') || url.searchParams.has('_rsc') || request.headers()['next-router-prefetch'] === '1';
    seen.set(request, { url: request.url(), type: request.resourceType(), prefetch: Boolean(ahead), done: false });
  });
  const finish = (request: object) => {
    const entry = seen.get(request);
    if (entry) entry.done = true;
  };
  page.on('requestfinished', finish);
  page.on('requestfailed', finish);
  await page.goto(path, { waitUntil: 'load' });
  await page.waitForTimeout(6_000);
  return [...seen.values()];
}

/** The first article the front page links to: holds for any content. */
async function firstArticle(page: Page): Promise<string> {
  await page.goto('/');
  const href = await page.getByRole('main').getByRole('link').filter({ has: page.locator('xpath=ancestor::article') }).first().getAttribute('href');
  const fallback = await page.locator('main a[href^="/artiklar/"]').first().getAttribute('href');
  const path = href?.startsWith('/artiklar/') ? href : fallback;
  expect(path).toMatch(/^\/artiklar\//);
  return path!;
}

test('an article view stays within the phone budget: at most 20 requests, no prefetching, nothing pending', async ({ page }) => {
  const requests = await view(page, await firstArticle(page));
  expect(requests.length, requests.map((entry) => entry.url).join('\n')).toBeLessThanOrEqual(20);
  expect(requests.filter((entry) => entry.prefetch).length).toBeLessThanOrEqual(6);
  expect(requests.filter((entry) => !entry.done).map((entry) => entry.url)).toEqual([]);
  // Two faces at most: the upright serif and the sans (the italic only where a text has emphasis).
  expect(requests.filter((entry) => entry.type === 'font').length).toBeLessThanOrEqual(3);
  // No framework: the page is served without Next's runtime (lib/serving/page-scripts.mjs).
  expect(requests.filter((entry) => entry.type === 'script').map((entry) => entry.url)).toEqual([]);
});

test('the front page stays within the phone budget: at most 25 requests, no prefetching, nothing pending', async ({ page }) => {
  const requests = await view(page, '/');
  expect(requests.length, requests.map((entry) => entry.url).join('\n')).toBeLessThanOrEqual(25);
  expect(requests.filter((entry) => entry.prefetch).length).toBeLessThanOrEqual(6);
  expect(requests.filter((entry) => !entry.done).map((entry) => entry.url)).toEqual([]);
  expect(requests.filter((entry) => entry.type === 'script').map((entry) => entry.url)).toEqual([]);
});

test('headings and body text are set in the site’s own faces, å, ä and ö included', async ({ page }) => {
  await page.goto(await firstArticle(page));
  await page.evaluate(() => document.fonts.ready);
  const faces = await page.evaluate(() => {
    const family = (element: Element | null) => (element ? getComputedStyle(element).fontFamily.split(',')[0]!.trim().replace(/^["']|["']$/g, '') : '');
    const h1 = document.querySelector('h1');
    const paragraph = document.querySelector('.article-prose p');
    const check = (element: Element | null) => {
      const name = family(element);
      const style = element ? getComputedStyle(element) : null;
      // True only when a loaded face of that family covers these letters: no fallback face.
      return { name, covered: style ? document.fonts.check(`${style.fontWeight} ${style.fontSize} "${name}"`, 'åäöÅÄÖ') : false, loaded: [...document.fonts].some((face) => face.family.replace(/["']/g, '') === name && face.status === 'loaded') };
    };
    return { heading: check(h1), body: check(paragraph), headingText: h1?.textContent ?? '' };
  });
  for (const face of [faces.heading, faces.body]) {
    expect(face.loaded, face.name).toBe(true);
    expect(face.covered, face.name).toBe(true);
  }
});

test('the search page is empty again when the menu leads back to it from a result page', async ({ page }) => {
  await page.goto('/sok?q=innovation');
  await expect(page.getByRole('status')).toHaveText(/”|“/);
  await page.getByRole('navigation', { name: /huvudmeny|huvudnavigering|meny/i }).getByRole('link', { name: 'Sök' }).click();
  await expect(page).toHaveURL(/\/sok$/);
  await expect(page.getByRole('searchbox')).toHaveValue('');
  await expect(page.getByRole('status')).toHaveText('');
  await expect(page.locator('.search-results')).toHaveCount(0);
});

import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES } from './pages';

// Pages are served without Next's client runtime (lib/serving/page-scripts.mjs), except the search
// page, which needs it; links a reader is about to follow are fetched ahead by the browser
// (components/layout/speculation-rules.tsx).

/** Every script file a view of this path made the browser request. */
async function scriptRequests(page: Page, path: string): Promise<string[]> {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(path, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  return scripts;
}

/** The paths of the pages the browser fetches ahead from now on (a Sec-Purpose: prefetch request). */
function fetchedAhead(page: Page): string[] {
  const ahead: string[] = [];
  page.on('request', (request) => {
    if (request.headers()['sec-purpose']?.includes('prefetch')) ahead.push(new URL(request.url()).pathname);
  });
  return ahead;
}

/** The type of every script element left in the page. */
const scriptTypes = (page: Page) => page.evaluate(() => [...document.scripts].map((script) => script.type || 'text/javascript').sort());

const withoutRuntime = PAGE_TYPES.filter((type) => type.name !== 'search' && type.name !== '404');

for (const type of withoutRuntime) {
  test(`the ${type.name} loads no script, in Swedish and English`, async ({ page }) => {
    for (const path of [type.sv, type.en]) {
      expect(await scriptRequests(page, path), path).toEqual([]);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      // What is left is data: the structured data where the page has it, and the speculation rules.
      const types = await scriptTypes(page);
      expect(types.filter((kind) => kind !== 'application/ld+json'), path).toEqual(['speculationrules']);
    }
  });
}

test('the search page keeps the runtime it needs and searches as the reader types', async ({ page }) => {
  const scripts = await scriptRequests(page, '/sok');
  expect(scripts.length).toBeGreaterThan(0);
  await page.getByRole('searchbox').fill('industri');
  await expect(page.getByRole('status')).toHaveText(/träff.*”industri”/);
  await expect(page.locator('.search-results li').first()).toBeVisible();
});

test('nothing is fetched ahead for links merely in view', async ({ page }) => {
  const ahead = fetchedAhead(page);
  await page.goto('/artiklar/nya-satsningar-pa-smart-industri', { waitUntil: 'load' });
  await page.waitForTimeout(2_000);
  expect(ahead).toEqual([]);
});

test('a link the pointer rests on is fetched ahead, and following it opens the page from that fetch', async ({ page }) => {
  const ahead = fetchedAhead(page);
  await page.goto('/artiklar/nya-satsningar-pa-smart-industri', { waitUntil: 'load' });
  const link = page.getByRole('article').first().getByRole('link', { name: 'Johan Genneby' });
  await link.hover();
  await expect.poll(() => ahead).toEqual(['/skribenter/johan-genneby']);
  await link.click();
  await expect(page).toHaveURL(/\/skribenter\/johan-genneby$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Johan Genneby');
  // Served from the fetch made ahead, not asked for again.
  const delivery = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & { deliveryType?: string }).deliveryType);
  expect(delivery).toBe('navigational-prefetch');
});

test('what is not a page is never fetched ahead: the feed link', async ({ page }) => {
  const ahead = fetchedAhead(page);
  await page.goto('/artiklar/nya-satsningar-pa-smart-industri', { waitUntil: 'load' });
  const feed = page.getByRole('contentinfo').getByRole('link', { name: /rss|flöde/i });
  await expect(feed).toHaveAttribute('href', '/feed.xml');
  await feed.hover();
  // A page link hovered after it is fetched ahead: had the feed been, it would come first.
  const author = page.getByRole('article').first().getByRole('link', { name: 'Johan Genneby' });
  await page.waitForTimeout(400);
  await author.hover();
  await expect.poll(() => ahead.length).toBe(1);
  expect(ahead[0]).toBe('/skribenter/johan-genneby');
});

test('without JavaScript every page still reads and links as before', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('main').locator('a[href^="/artiklar/"]').first().click();
  await expect(page).toHaveURL(/\/artiklar\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await context.close();
});

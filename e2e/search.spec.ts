import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Site search (Pagefind, indexed by scripts/build-search-index.mjs after the build).

const SMART = { title: 'Nya satsningar på Smart industri', href: '/artiklar/nya-satsningar-pa-smart-industri' };

function results(page: Page) {
  return page.getByRole('main').getByRole('article');
}

test('searching “robotisering” lists the Smart industri article first, and the address keeps the search', async ({ page }) => {
  await page.goto('/sok');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sök');
  await page.getByRole('searchbox', { name: 'Sökord' }).fill('robotisering');

  const first = results(page).first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText(SMART.title);
  await expect(first.getByRole('link', { name: SMART.title })).toHaveAttribute('href', SMART.href);
  await expect(first.locator('time')).toHaveText('8 mars 2018');
  await expect(first.locator('mark').first()).toHaveText(/^robotisering/i);
  // Only this article uses the word.
  await expect(page.getByRole('status')).toHaveText('1 träff för ”robotisering”');
  await expect(results(page)).toHaveCount(1);
  await expect(page).toHaveURL(/\/sok\?q=robotisering$/);
});

test('a shared address runs its search on arrival', async ({ page }) => {
  await page.goto('/sok?q=robotisering');
  await expect(page.getByRole('searchbox', { name: 'Sökord' })).toHaveValue('robotisering');
  await expect(results(page).first().getByRole('link', { name: SMART.title })).toHaveAttribute('href', SMART.href);
});

test('another form of a word finds the article that uses the base form (Swedish stemming)', async ({ page }) => {
  await page.goto('/sok?q=robotiseringen');
  await expect(results(page).first().getByRole('link', { name: SMART.title })).toHaveAttribute('href', SMART.href);
  await expect(results(page).first().locator('mark').first()).toHaveText('robotisering');

  // The EU article says “testmiljöer”, never “testmiljöerna”.
  await page.goto('/sok?q=testmiljöerna');
  const eu = results(page).first().getByRole('link', { name: 'EU-satsning på testmiljöer i Stockholm' });
  await expect(eu).toHaveAttribute('href', '/artiklar/eu-satsning-pa-testmiljoer-i-stockholm');
});

test('a word no article has says so, and the live region announces the count', async ({ page }) => {
  await page.goto('/sok');
  const status = page.getByRole('status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await page.getByRole('searchbox', { name: 'Sökord' }).fill('xyzzyqwerty');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Inga artiklar matchade ”xyzzyqwerty”. Prova ett annat ord eller bläddra bland ämnena.')).toBeVisible();
  await expect(status).toHaveText('Inga träffar för ”xyzzyqwerty”');
  await expect(results(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\/sok\?q=xyzzyqwerty$/);
});

test('an index that cannot be loaded is said in the interface language', async ({ page }) => {
  await page.route('**/pagefind/bundles.json', (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto('/sok?q=robotisering');
  await expect(page.getByRole('status')).toHaveText('Sökningen kunde inte laddas. Försök igen om en stund.');
  await expect(results(page)).toHaveCount(0);
});

test('the whole search works by keyboard', async ({ page }) => {
  await page.goto('/sok');
  const searchbox = page.getByRole('searchbox', { name: 'Sökord' });
  await searchbox.focus();
  await page.keyboard.type('robotisering');
  await page.keyboard.press('Enter');
  await expect(results(page).first().getByRole('heading', { level: 2 })).toHaveText(SMART.title);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Sök', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(results(page).first().getByRole('link', { name: SMART.title })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${SMART.href}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SMART.title);
});

test('the form, its button and the result links are at least 44 px tall', async ({ page }) => {
  await page.goto('/sok?q=robotisering');
  const link = results(page).first().getByRole('link', { name: SMART.title });
  await expect(link).toBeVisible();
  const targets = { searchbox: page.getByRole('searchbox', { name: 'Sökord' }), button: page.getByRole('button', { name: 'Sök', exact: true }), 'result link': link };
  for (const [name, target] of Object.entries(targets)) {
    const box = await target.boundingBox();
    expect(box?.height ?? 0, `the ${name}'s height`).toBeGreaterThanOrEqual(44);
  }
});

test.describe('the English interface', () => {
  test('finds the English translation, with the English date', async ({ page }) => {
    await page.goto('/en/search?q=robotisation');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
    const first = results(page).first();
    await expect(first.getByRole('link', { name: 'New initiatives for Smart Industry' })).toHaveAttribute('href', '/en/articles/new-initiatives-for-smart-industry');
    await expect(first.locator('time')).toHaveText('8 March 2018');
    await expect(page.getByRole('status')).toHaveText('1 result for “robotisation”');
  });

  test('finds untranslated Swedish articles too, once, marked as Swedish, at their English-interface address', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/en/search?q=testmiljöer');
    const eu = page.getByRole('link', { name: 'EU-satsning på testmiljöer i Stockholm' });
    await expect(eu).toHaveAttribute('href', '/en/articles/eu-satsning-pa-testmiljoer-i-stockholm');
    await expect(eu).toHaveCount(1);
    await expect(results(page).filter({ has: eu }).getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'sv');
    // Found in the Swedish index, the one the Swedish interface searches: no second copy for /en.
    const bundles = new Set(requested.filter((path) => path.startsWith('/pagefind/') && path !== '/pagefind/bundles.json').map((path) => path.split('/')[2]));
    expect([...bundles].sort()).toEqual(['en', 'sv']);

    // A translated article is found once, as its translation: never also as its Swedish original.
    await page.goto('/en/search?q=robotisering');
    await expect(page.getByRole('status')).toHaveText('1 result for “robotisering”');
    await expect(results(page).getByRole('link')).toHaveAttribute('href', '/en/articles/new-initiatives-for-smart-industry');
  });

  test('says “no results” in English', async ({ page }) => {
    await page.goto('/en/search?q=xyzzyqwerty');
    await expect(page.getByText('No articles matched “xyzzyqwerty”. Try another word or browse the topics.')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('No results for “xyzzyqwerty”');
  });
});

test('a search runs its WebAssembly under the site’s CSP, without a violation or a console error', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 404/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  for (const [path, title] of [
    ['/sok?q=robotisering', SMART.title],
    ['/en/search?q=robotisation', 'New initiatives for Smart Industry'],
  ] as const) {
    await page.goto(path);
    await expect(results(page).first().getByRole('heading', { level: 2 })).toHaveText(title);
  }
  expect(problems).toEqual([]);
});

test('results and the no-results message pass axe, light and dark', async ({ page }) => {
  // Six full axe runs: more than the default 30 s while other journeys share the two cores.
  test.setTimeout(90_000);
  const problems: string[] = [];
  for (const path of ['/sok?q=robotisering', '/en/search?q=testmiljöer', '/sok?q=xyzzyqwerty']) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expect(page.getByRole('status')).toHaveText(/”|“/);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      for (const violation of violations) problems.push(`${path} ${scheme}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    }
  }
  expect(problems).toEqual([]);
});

test('an article page loads nothing of Pagefind; the search page does', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(SMART.href, { waitUntil: 'networkidle' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SMART.title);
  expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);

  // The check above would pass if the listener heard nothing: the search page proves it hears.
  await page.goto('/sok?q=robotisering');
  await expect(results(page).first()).toBeVisible();
  expect(requested).toContain('/pagefind/sv/pagefind.js');
});

test('the search page loads its index before the reader types, and the first search needs only the word’s files', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/sok');
  // Nothing touched: the index's chain of files (script, entry, metadata, WebAssembly) loads.
  await expect.poll(() => requested.filter((path) => /^\/pagefind\/sv\/(?:pagefind\.js|pagefind-entry\.json|wasm\.sv\.pagefind)$/.test(path)).length).toBe(3);
  await expect.poll(() => requested.some((path) => /^\/pagefind\/sv\/pagefind\.[^/]+\.pf_meta$/.test(path))).toBe(true);
  await page.waitForLoadState('networkidle');
  const before = requested.length;
  await page.getByRole('searchbox').fill('robotisering');
  await expect(results(page).first()).toBeVisible();
  const searching = requested.slice(before).filter((path) => path.startsWith('/pagefind/'));
  expect(searching.length).toBeGreaterThan(0);
  expect(searching.every((path) => /\.pf_(?:index|fragment)$/.test(path) || /\/filter\//.test(path)), searching.join(', ')).toBe(true);
});

// Located by CSS: Playwright's role and text locators skip everything inside <noscript>, even
// when scripts are off and the browser shows it.
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and links to the topics and the archive', async ({ page }) => {
    await page.goto('/sok');
    const fallback = page.locator('noscript');
    await expect(fallback.locator('p')).toBeVisible();
    await expect(fallback.locator('p')).toHaveText(/^Sökningen behöver JavaScript, som är avstängt i din webbläsare\./);
    await expect(fallback.locator('a[href="/amnen"]')).toHaveText('Bläddra bland ämnen');
    await expect(fallback.locator('a[href="/arkiv"]')).toHaveText('Bläddra i arkivet');
    // The form is a real GET form: it still leads to the shareable address.
    await page.getByRole('searchbox', { name: 'Sökord' }).fill('robotisering');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await expect(page).toHaveURL(/\/sok\?q=robotisering$/);
  });

  test('in English too', async ({ page }) => {
    await page.goto('/en/search');
    const fallback = page.locator('noscript');
    await expect(fallback.locator('p')).toBeVisible();
    await expect(fallback.locator('p')).toHaveText(/^Search needs JavaScript, which is turned off in your browser\./);
    await expect(fallback.locator('a[href="/en/topics"]')).toHaveText('Browse topics');
    await expect(fallback.locator('a[href="/en/archive"]')).toHaveText('Browse the archive');
  });
});

test.describe('the index files', () => {
  test('are served with their types: hashed files cached for good, entry files revalidated', async ({ request }) => {
    const script = await request.get('/pagefind/sv/pagefind.js');
    expect(script.status()).toBe(200);
    expect(script.headers()['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');

    const entry = await request.get('/pagefind/sv/pagefind-entry.json');
    expect(entry.headers()['content-type']).toBe('application/json; charset=utf-8');
    const { languages } = (await entry.json()) as { languages: Record<string, { hash: string; page_count: number }> };
    // Swedish articles only, stemmed as Swedish.
    expect(Object.keys(languages)).toEqual(['sv']);

    const meta = await request.get(`/pagefind/sv/pagefind.${languages.sv!.hash}.pf_meta`);
    expect(meta.status()).toBe(200);
    expect(meta.headers()['content-type']).toBe('application/octet-stream');
    expect(meta.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

    const wasm = await request.get('/pagefind/sv/wasm.sv.pagefind');
    expect(wasm.headers()['content-type']).toBe('application/octet-stream');

    const english = (await (await request.get('/pagefind/en/pagefind-entry.json')).json()) as { languages: Record<string, unknown> };
    expect(Object.keys(english.languages)).toEqual(['en']);
  });

  test('nothing outside the index is served, however the path is written', async ({ request }) => {
    for (const path of ['/pagefind/sv/nothing.js', '/pagefind/..%2fBUILD_ID', '/pagefind/sv/..%2f..%2fBUILD_ID', '/pagefind/..%5cBUILD_ID', '/pagefind/%2Fetc%2Fpasswd', '/pagefind/sv%2fpagefind.js', '/pagefind/sv/pagefind.js%00.json', '/pagefind/sv/.hidden.js']) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
    }
  });
});

test.describe('a common word', () => {
  // "Stockholm" is in most fixture articles: more hits than the five shown at first.
  const fragments = (requested: string[]) => requested.filter((path) => path.endsWith('.pf_fragment'));

  test('shows five results and the count, fetches only their fragments, and “Visa fler” adds five more', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/sok?q=stockholm');
    const status = page.getByRole('status');
    await expect(status).toHaveText(/^\d+ träffar för ”stockholm”$/);
    const total = Number((await status.textContent())!.match(/^\d+/)![0]);
    expect(total).toBeGreaterThan(5);
    await expect(results(page)).toHaveCount(5);
    await expect(page.getByText(`Visar 5 av ${total} träffar`)).toBeVisible();
    expect(fragments(requested).length).toBeLessThanOrEqual(5);

    const more = page.getByRole('button', { name: 'Visa fler' });
    const titles = new Set<string>();
    let shown = 5;
    while (shown < total) {
      await more.click();
      shown = Math.min(total, shown + 5);
      await expect(results(page)).toHaveCount(shown);
    }
    await expect(more).toHaveCount(0);
    for (const title of await results(page).getByRole('heading', { level: 2 }).allTextContents()) titles.add(title);
    expect(titles.size).toBe(total);
    // The count stays what it was: every hit, not those shown.
    await expect(status).toHaveText(`${total} träffar för ”stockholm”`);
    expect(fragments(requested).length).toBe(total);
  });

  test('by keyboard: “Visa fler” is the next stop after the last result, and focus moves to the first new one', async ({ page }) => {
    await page.goto('/sok?q=stockholm');
    await expect(results(page)).toHaveCount(5);
    await results(page).nth(4).getByRole('link').focus();
    await page.keyboard.press('Tab');
    const more = page.getByRole('button', { name: 'Visa fler' });
    await expect(more).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(results(page).nth(5).getByRole('heading', { level: 2 }).getByRole('link')).toBeFocused();
    // A screen reader hears the count from the live region; the new focus says where the reader is.
    await expect(page.getByRole('status')).toHaveAttribute('aria-live', 'polite');
    await expect(page.getByRole('status')).toHaveText(/^\d+ träffar för ”stockholm”$/);
  });

  test('in English: “Show more”, and the count in English', async ({ page }) => {
    await page.goto('/en/search?q=stockholm');
    const status = page.getByRole('status');
    await expect(status).toHaveText(/^\d+ results for “stockholm”$/);
    const total = Number((await status.textContent())!.match(/^\d+/)![0]);
    expect(total).toBeGreaterThan(5);
    await expect(results(page)).toHaveCount(5);
    await expect(page.getByText(`Showing 5 of ${total} results`)).toBeVisible();
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect(results(page)).toHaveCount(Math.min(total, 10));
  });

  test('a new search starts again from the first five', async ({ page }) => {
    await page.goto('/sok?q=stockholm');
    await page.getByRole('button', { name: 'Visa fler' }).click();
    await expect(results(page)).toHaveCount(10);
    const searchbox = page.getByRole('searchbox', { name: 'Sökord' });
    await searchbox.fill('region');
    await expect(page.getByRole('status')).toHaveText(/för ”region”$/);
    await expect(results(page)).toHaveCount(5);
  });

  test('the button and the results pass axe', async ({ page }) => {
    await page.goto('/sok?q=stockholm');
    await expect(page.getByRole('button', { name: 'Visa fler' })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);
    const box = await page.getByRole('button', { name: 'Visa fler' }).boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  });
});

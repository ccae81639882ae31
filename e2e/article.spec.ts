import { expect, test } from '@playwright/test';

const SMART = '/artiklar/nya-satsningar-pa-smart-industri';

test.describe('the Smart industri article', () => {
  test('shows its date, its title as the only h1, and the byline', async ({ page }) => {
    await page.goto(SMART);
    await expect(page).toHaveTitle('Nya satsningar på Smart industri – Regionbloggen');
    const article = page.getByRole('article').first();
    await expect(article.locator('time').first()).toHaveText('8 mars 2018');
    await expect(article.locator('time').first()).toHaveAttribute('datetime', '2018-03-08');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nya satsningar på Smart industri');

    const author = article.getByRole('link', { name: 'Johan Genneby' });
    await expect(author).toHaveAttribute('href', '/skribenter/johan-genneby');
    const portrait = article.getByRole('img').first();
    await expect(portrait).toHaveAttribute('alt', /porträtt/i);
  });

  test('downloads no other page ahead of a click, and a followed link still navigates', async ({ page }) => {
    const prefetched: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.searchParams.has('_rsc') || request.headers()['sec-purpose']?.includes('prefetch')) prefetched.push(url.pathname);
    });
    await page.goto(SMART);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(2_000);
    expect(prefetched).toEqual([]);
    // The page is fetched when the link is followed.
    await page.getByRole('article').first().getByRole('link', { name: 'Johan Genneby' }).click();
    await expect(page).toHaveURL(/\/skribenter\/johan-genneby$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Johan Genneby');
  });

  test('lists the four focus areas as a real list and ends with the read-more link', async ({ page }) => {
    await page.goto(SMART);
    const body = page.locator('.article-prose');
    const focusList = body.getByRole('list').filter({ hasText: 'Industri 4.0' });
    await expect(focusList.getByRole('listitem')).toHaveCount(4);
    await expect(focusList.getByRole('listitem').nth(0)).toContainText('Industri 4.0');
    await expect(focusList.getByRole('listitem').nth(1)).toContainText('Hållbar produktion');
    await expect(focusList.getByRole('listitem').nth(2)).toContainText('Kunskapslyft industri');
    await expect(focusList.getByRole('listitem').nth(3)).toContainText('Testbädd Sverige');
    await expect(body.getByRole('link', { name: 'Läs mer om Smart industri' })).toHaveAttribute('href', /^https:\/\//);
    // Its en dashes are its only markers: no list bullet drawn beside them.
    const markers = await focusList.getByRole('listitem').evaluateAll((items) => items.map((item) => getComputedStyle(item).listStyleType));
    expect(markers).toEqual(['none', 'none', 'none', 'none']);
  });

  test('subheadings read as headings, not as links, and still link to themselves', async ({ page }) => {
    await page.goto(SMART);
    const heading = page.locator('.article-prose').getByRole('heading', { level: 2, name: 'Fyra fokusområden' });
    const anchor = heading.getByRole('link');
    await expect(anchor).toHaveAttribute('href', '#fyra-fokusomraden');
    const [headingStyle, anchorStyle, bodyLink] = await Promise.all([
      heading.evaluate((element) => ({ color: getComputedStyle(element).color, weight: getComputedStyle(element).fontWeight })),
      anchor.evaluate((element) => ({ color: getComputedStyle(element).color, weight: getComputedStyle(element).fontWeight, decoration: getComputedStyle(element).textDecorationLine })),
      page.getByRole('link', { name: 'Läs mer om Smart industri' }).evaluate((element) => getComputedStyle(element).color),
    ]);
    expect(anchorStyle.color).toBe(headingStyle.color);
    expect(anchorStyle.weight).toBe(headingStyle.weight);
    expect(anchorStyle.decoration).toBe('none');
    expect(anchorStyle.color).not.toBe(bodyLink);
  });

  test('shows ten related posts, not itself, each opening a real article', async ({ page, request }) => {
    await page.goto(SMART);
    const related = page.getByRole('region', { name: 'Relaterade inlägg' });
    await expect(related.getByRole('heading', { level: 2 })).toHaveText('Relaterade inlägg');
    const cards = related.getByRole('article');
    await expect(cards).toHaveCount(10);
    await expect(related.getByRole('heading', { name: 'Nya satsningar på Smart industri' })).toHaveCount(0);
    // Both older and newer articles than this one are related.
    const dates = await cards.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates.some((date) => date > '2018-03-08')).toBe(true);
    expect(dates.some((date) => date < '2018-03-08')).toBe(true);

    for (const card of await cards.all()) {
      await expect(card.locator('time')).toHaveText(/^\d{1,2} [a-zåäö]+ \d{4}$/);
      await expect(card.locator('p')).not.toBeEmpty();
      const link = card.getByRole('link', { name: /^Läs hela artikeln: / });
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^\/artiklar\/[a-z0-9-]+$/);
      const response = await request.get(href!);
      expect(response.status()).toBe(200);
    }

    const firstTitle = await cards.first().getByRole('heading', { level: 3 }).textContent();
    await cards.first().getByRole('link', { name: /^Läs hela artikeln/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle!);
  });

  test('the lead image of the prize article has its alt text and caption', async ({ page }) => {
    await page.goto('/artiklar/dataspel-i-byggbranschen-och-ren-luft-till-salu');
    const figure = page.locator('figure.lead-image');
    await expect(figure.getByRole('img')).toHaveAttribute('alt', /scen/);
    await expect(figure.locator('figcaption')).toHaveText('Samuel Holmström och Jens Lundqvist tar emot priset.');
    const loaded = await figure.getByRole('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
    expect(loaded).toBe(true);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the article page still shows the whole text, the date and the related posts', async ({ page }) => {
    await page.goto(SMART);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nya satsningar på Smart industri');
    await expect(page.getByRole('article').first().locator('time').first()).toHaveText('8 mars 2018');
    const text = await page.locator('.article-prose').innerText();
    expect(text.split(/\s+/).length).toBeGreaterThan(350);
    await expect(page.locator('.article-prose')).toContainText('Automation och robotisering');
    await expect(page.locator('.article-prose')).toContainText('Västra Götaland');
    await expect(page.getByRole('link', { name: 'Läs mer om Smart industri' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Relaterade inlägg' }).getByRole('article')).toHaveCount(10);
  });
});

test('the HTML of the first response holds the complete article, the Swedish date and the related posts', async ({ request }) => {
  const response = await request.get(SMART);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/html');
  const html = await response.text();
  // Checked as booleans: a failure names the missing piece instead of printing the whole page.
  const expected = {
    title: /<h1[^>]*>Nya satsningar på Smart industri<\/h1>/,
    date: /<time datetime="2018-03-08"[^>]*>8 mars 2018<\/time>/i,
    focusList: /<li>Testbädd Sverige – /,
    readMore: />Läs mer om Smart industri<\/a>/,
    lastParagraph: /Västra Götaland/,
    related: /<h2[^>]*>Relaterade inlägg<\/h2>/,
    relatedLink: /href="\/artiklar\/svart-att-hitta-ratt-kompetens-i-innovativ-industri"/,
  };
  const missing = Object.entries(expected).filter(([, pattern]) => !pattern.test(html)).map(([name]) => name);
  expect(missing).toEqual([]);
});

test('what an article says never becomes the site’s CSS', async ({ page, request }) => {
  // The fixture article writes a Tailwind class in its text (test/fixtures/site/artiklar/). Tailwind
  // reads classes from the site's code only (app/globals.css), never from the editors' articles.
  await page.goto('/artiklar/vad-hindrar-innovationen-i-livsmedelsbranschen');
  await expect(page.getByRole('article').first()).toContainText('tracking-[0.377em]');
  const sheets = await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(sheets.length).toBeGreaterThan(0);
  for (const sheet of sheets) {
    const response = await request.get(sheet);
    expect(response.status()).toBe(200);
    const css = await response.text();
    expect(css).toContain('.sr-only');
    expect(css).not.toContain('.377em');
  }
});

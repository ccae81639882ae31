// What must not grow with the archive (issue 16): the largest page of every kind of listing, the
// requests and time a search for a common word takes in Chromium, and the server's memory once
// every article has been read. Loopback only.
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { localePath, resolvePublicPath } from '../../lib/routing/paths.ts';

/** @typedef {{ kind: string; path: string; status: number; raw: number; gzip: number }} ListingWeight */
/** @typedef {{ word: string; path: string; requests: number; fragments: number; firstResultMs: number; total: string }} SearchRun */

const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

async function fetchText(origin, path) {
  const response = await fetch(`${origin}${path}`, { redirect: 'manual' });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, body, text: body.toString('utf8') };
}

/** The link and the count of each index entry (`<li><a href="/arkiv/2018">2018</a><span …>12 artiklar</span>`). */
function indexEntries(html, prefix) {
  const entries = [];
  for (const match of html.matchAll(/<li><a[^>]*href="([^"]+)"[^>]*>[^<]*<\/a><span class="index-count">([\d\s ,.]+)/g)) {
    const href = match[1] ?? '';
    if (!href.startsWith(prefix)) continue;
    entries.push({ href, count: Number((match[2] ?? '').replace(/\D/g, '')) });
  }
  return entries;
}

function biggest(entries) {
  return [...entries].sort((a, b) => b.count - a.count)[0];
}

/**
 * The largest page of each kind of listing, in both languages where it has one: found from the
 * site's own indexes (the busiest year, author and topic), so it holds for any corpus.
 * @param {string} origin
 * @returns {Promise<ListingWeight[]>}
 */
/** The English address of a Swedish one (`/arkiv/2020` → `/en/archive/2020`), by the routing table. */
function inEnglish(swedishPath) {
  const resolved = resolvePublicPath(swedishPath);
  if (!resolved) throw new Error(`${swedishPath} is no address of the site`);
  return localePath('en', /** @type {any} */ (resolved.route), { params: resolved.params });
}

export async function weighListings(origin) {
  const archive = await fetchText(origin, localePath('sv', '/arkiv'));
  const year = biggest(indexEntries(archive.text, `${localePath('sv', '/arkiv')}/`));
  const authorsPath = localePath('sv', '/skribenter');
  const authors = await fetchText(origin, authorsPath);
  const author = biggest([...authors.text.matchAll(new RegExp(`<a[^>]*href="(${authorsPath}/[^"]+)"[^>]*>[^<]*</a></h2>(?:<p[^>]*>[^<]*</p>)?<p class="index-count">([^<]+)`, 'g'))].map((match) => ({ href: match[1] ?? '', count: Number((match[2] ?? '').replace(/\D/g, '')) })));
  const topics = await fetchText(origin, localePath('sv', '/amnen'));
  const topic = biggest(indexEntries(topics.text, `${localePath('sv', '/amnen')}/`));
  const index = await fetchText(origin, '/sitemap.xml');
  const sitemapFiles = [...index.text.matchAll(/<loc>https?:\/\/[^/]+(\/sitemaps\/[^<]+)<\/loc>/g)].map((match) => match[1] ?? '');

  /** @type {{ kind: string; path: string }[]} */
  const pages = [
    { kind: 'front page', path: '/' },
    { kind: 'all articles', path: localePath('sv', '/artiklar') },
    { kind: 'archive index', path: localePath('sv', '/arkiv') },
    { kind: 'archive index', path: localePath('en', '/arkiv') },
    { kind: 'topic index', path: localePath('sv', '/amnen') },
    { kind: 'author index', path: localePath('sv', '/skribenter') },
    { kind: 'feed', path: '/feed.xml' },
    { kind: 'feed', path: '/atom.xml' },
    { kind: 'feed', path: '/en/feed.xml' },
    { kind: 'sitemap index', path: '/sitemap.xml' },
  ];
  if (year) pages.push({ kind: 'archive year', path: year.href }, { kind: 'archive year', path: inEnglish(year.href) });
  if (author) pages.push({ kind: 'author', path: author.href }, { kind: 'author', path: inEnglish(author.href) });
  if (topic) pages.push({ kind: 'topic', path: topic.href });
  for (const file of sitemapFiles) pages.push({ kind: 'sitemap file', path: file });

  /** @type {ListingWeight[]} */
  const weights = [];
  for (const { kind, path } of pages) {
    const { status, body } = await fetchText(origin, path);
    weights.push({ kind, path, status, raw: body.length, gzip: gzipSize(body) });
  }
  return weights;
}

/** The largest of each kind. */
export function largestByKind(weights) {
  const largest = new Map();
  for (const weight of weights) if ((largest.get(weight.kind)?.gzip ?? -1) < weight.gzip) largest.set(weight.kind, weight);
  return [...largest.values()];
}

/**
 * A reader searches for a common word in Chromium: the page loaded, the word typed, then the time
 * from the last keystroke to the first frame with a result, and the requests the search made (the
 * debounce is part of the time, as the reader waits through it).
 * @param {string} origin
 * @param {string} word
 * @returns {Promise<SearchRun>}
 */
export async function measureSearch(origin, word) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${origin}/sok`, { waitUntil: 'load' });
    const requests = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    // Timed in the page, from the last key pressed to the frame that first shows a result. Timed
    // from here, around a locator's wait, the figure was Playwright's: a wait checks again after
    // 0, 20, 50, 100, 100 and 500 ms, so a result shown at 372 ms was found at 846 (3,000 articles,
    // by hand, a timeline of the requests).
    await page.evaluate(() => {
      const times = /** @type {{ lastKey: number; shown: number }} */ ({ lastKey: 0, shown: 0 });
      Object.assign(window, { searchTimes: times });
      document.addEventListener('keydown', () => (times.lastKey = performance.now()), true);
      const main = /** @type {HTMLElement} */ (document.querySelector('main'));
      new MutationObserver((_, observer) => {
        if (!main.querySelector('article')) return;
        observer.disconnect();
        requestAnimationFrame(() => (times.shown = performance.now()));
      }).observe(main, { childList: true, subtree: true });
    });
    const box = page.getByRole('searchbox');
    await box.focus();
    await page.keyboard.type(word, { delay: 60 });
    await page.waitForFunction(() => /** @type {any} */ (window).searchTimes.shown > 0, null, { polling: 'raf', timeout: 60_000 });
    await page.locator('main article').first().waitFor({ state: 'visible' });
    const firstResultMs = Math.round(await page.evaluate(() => /** @type {any} */ (window).searchTimes.shown - /** @type {any} */ (window).searchTimes.lastKey));
    // Whatever the first results still fetch, then count.
    await page.waitForLoadState('networkidle');
    const total = (await page.getByRole('status').textContent()) ?? '';
    await context.close();
    return { word, path: '/sok', requests: requests.length, fragments: requests.filter((path) => path.endsWith('.pf_fragment')).length, firstResultMs, total: total.trim() };
  } finally {
    await browser.close();
  }
}

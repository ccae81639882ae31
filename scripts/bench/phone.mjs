// What a phone downloads for one view: Chromium at phone width (390×844, touch), every request
// from navigation until 6 s after the load event, by type, with the bytes that crossed the wire
// (headers and encoded bodies). Loopback only.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

/** @typedef {{ name: string; path: string; requests: number; transferBytes: number; byType: Record<string, { requests: number; bytes: number }>; prefetches: number; pending: number; fontBytes: number }} PhoneView */

const SETTLE_MS = 6_000;

/**
 * @param {string} origin
 * @param {{ name: string; path: string }[]} pages
 * @returns {Promise<PhoneView[]>}
 */
export async function weighPhoneViews(origin, pages) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    /** @type {PhoneView[]} */
    const views = [];
    for (const { name, path } of pages) {
      // A fresh profile each time: nothing cached, as a first visit.
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'sv-SE' });
      const page = await context.newPage();
      const seen = new Map();
      // A page fetched ahead: by the browser's speculation rules (Sec-Purpose), or by Next's router (?_rsc=).
      const ahead = (request) => Boolean(request.headers()['sec-purpose']?.includes('prefetch')) || new URL(request.url()).searchParams.has('_rsc');
      page.on('request', (request) => seen.set(request, { type: request.resourceType(), prefetch: ahead(request), bytes: 0, done: false }));
      const settle = async (request) => {
        const entry = seen.get(request);
        if (!entry) return;
        entry.done = true;
        try {
          const sizes = await request.sizes();
          entry.bytes = sizes.responseHeadersSize + sizes.responseBodySize;
        } catch {
          // A request that failed has no sizes.
        }
      };
      const finishing = [];
      page.on('requestfinished', (request) => finishing.push(settle(request)));
      page.on('requestfailed', (request) => finishing.push(settle(request)));
      await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
      await page.waitForTimeout(SETTLE_MS);
      await Promise.all(finishing);
      const entries = [...seen.values()];
      const byType = {};
      for (const entry of entries) {
        byType[entry.type] ??= { requests: 0, bytes: 0 };
        byType[entry.type].requests += 1;
        byType[entry.type].bytes += entry.bytes;
      }
      views.push({
        name,
        path,
        requests: entries.length,
        transferBytes: entries.reduce((sum, entry) => sum + entry.bytes, 0),
        byType,
        prefetches: entries.filter((entry) => entry.prefetch).length,
        pending: entries.filter((entry) => !entry.done).length,
        fontBytes: byType.font?.bytes ?? 0,
      });
      await context.close();
    }
    return views;
  } finally {
    await browser.close();
  }
}

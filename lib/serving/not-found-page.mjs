// The not-found page as a page of its own, for server.mjs to answer a 404 with.
//
// Next answers an address a prerendered route does not have (an article, topic, year or page
// number that does not exist) with its error shell: a 404 whose body is empty, which Next's
// client runtime fills from the RSC payload (vercel/next.js#95613). Without JavaScript, and for a
// crawler reading the HTML, that page is blank. So the not-found page is also prerendered as an
// ordinary page, in each language (app/[locale]/sidan-saknas/page.tsx, the same view as
// app/[locale]/not-found.tsx), and server.mjs sends it as the body of such a 404
// (lib/serving/page-scripts.mjs, rendersWithoutRuntime). Asked for by its own address, it is a
// 404 too: it is not a page of the site.
//
// Plain JS: server.mjs loads it without a build step; the route's folder has this name
// (lib/serving/not-found-page.test.ts checks it).

/** The page's path word: app/[locale]/sidan-saknas. */
export const NOT_FOUND_PAGE_WORD = 'sidan-saknas';

/** A request server.mjs makes to itself for the page. */
export const NOT_FOUND_REQUEST_HEADER = 'x-regionbloggen-not-found-page';

/** Whether an address is in the English interface (under /en). */
export function isEnglishAddress(url) {
  return url === '/en' || /^\/en[/?#]/.test(url);
}

/** The not-found page's own path in the language of an address. */
export function notFoundPagePath(url) {
  return isEnglishAddress(url) ? `/en/${NOT_FOUND_PAGE_WORD}` : `/${NOT_FOUND_PAGE_WORD}`;
}

/** Whether a request asks for the not-found page by its own address (query and all). */
export function asksForNotFoundPage(url) {
  const path = url.split(/[?#]/, 1)[0];
  return path === `/${NOT_FOUND_PAGE_WORD}` || path === `/en/${NOT_FOUND_PAGE_WORD}` || path === `/sv/${NOT_FOUND_PAGE_WORD}`;
}

/**
 * Reads the not-found page for an address from a server at `origin` (server.mjs itself): the
 * whole page, or a rejection when it does not come as one.
 */
export async function fetchNotFoundPage(origin, url) {
  const response = await fetch(`${origin}${notFoundPagePath(url)}`, {
    headers: { [NOT_FOUND_REQUEST_HEADER]: '1', 'accept-encoding': 'identity' },
    signal: AbortSignal.timeout(5_000),
  });
  const page = await response.text();
  if (response.status !== 200 || !page.includes('<h1')) throw new Error(`the not-found page answered ${response.status}`);
  return page;
}

/**
 * `read` (fetchNotFoundPage on server.mjs's own origin) kept per language once it has answered:
 * the page is prerendered once per build and is the same for every missing address, so a
 * crawler trying a thousand addresses that do not exist costs one read of it, not a thousand.
 * A read that fails is not kept: the next 404 asks again.
 * @param {(url: string) => Promise<string>} read
 */
export function keptPerLanguage(read) {
  /** @type {Map<string, string>} */
  const kept = new Map();
  return async (url) => {
    const path = notFoundPagePath(url);
    const known = kept.get(path);
    if (known !== undefined) return known;
    const page = await read(url);
    kept.set(path, page);
    return page;
  };
}

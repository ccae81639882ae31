// A page is served without Next's client runtime unless it asks for it.
//
// Every page of the site works without JavaScript, and only the search page has anything for a
// script to do (components/search/search-panel.tsx). Yet Next puts its whole client runtime on
// every page: ten script files, 141.5 KB of gzip on an article, and the page's RSC payload again
// as inline scripts, two thirds of the article's HTML. By hand in Lighthouse, the runtime's
// evaluation held the first paint until 405 ms of an unthrottled load, so the simulated LCP
// counted every script and its CPU. In `npm run bench` (bench/reports/latest.md; the runs of 16:52
// and 11:00 before, 20:08 after): an article's scripts 10 files → 0, its HTML 9.4 → 5.1 KB gzip,
// its phone view 16 requests / 236.3 kB → 6 / 75.0 kB; Lighthouse performance (median of 5)
// 86 → 97 for an article and 88 → 99 for the front page, LCP 2.23 → 1.37 s and 2.79 → 1.37 s.
// Those are single runs' figures, not ratios: the serving ratios to a bare Next page, same run,
// went from 2.12× / 5.34× to 3.52× / 7.98× (one article at 1,000 articles, plain / gzip; the
// answers were kept in memory in both runs, so the smaller page is what changed).
//
// So the page an instance serves from its cache (lib/serving/cache-handler/*.mjs) is its HTML less
// the runtime's script tags, script preloads and inline RSC payload. Everything else stays:
// structured data, the speculation rules that make a followed link instant
// (components/layout/speculation-rules.tsx), and any inline script that is not the runtime's. A
// page that needs the runtime carries the attribute `keepScripts` on an element
// (components/search/site-search.tsx) and is served as Next made it, as is a 404 (Next's error
// shell, below). The RSC payloads stay in the cache, for navigations made by the runtime where
// it runs.
//
// A page rendered for the request that asked for it (the first after a revalidation: Next says
// `x-nextjs-cache: MISS`) is sent as it was rendered, not from the cache; server.mjs passes such
// answers through `rendersWithoutRuntime`, so that they too come without the runtime.
//
// Plain JS: the cache handlers and server.mjs load it outside the bundler.
import { adoptWriteHead, toBuffer, writeArgs } from './compress-once.mjs';
import { asksForNotFoundPage, NOT_FOUND_REQUEST_HEADER } from './not-found-page.mjs';

/** The attribute of an element on a page that keeps Next's runtime: spread it onto the element. */
export const keepScripts = Object.freeze({ 'data-page-scripts': 'keep' });

/** The same attribute as React writes it into HTML. */
export const KEEP_SCRIPTS_ATTRIBUTE = Object.entries(keepScripts).map(([name, value]) => `${name}="${value}"`).join(' ');

// React writes these tags itself, always in this form: the runtime's files (`src` under
// /_next/), their preloads, Turbopack's bootstrap (`id="_R_"`) and the RSC payload
// (`self.__next_f`). A `</script` inside the payload is escaped by React (`\u003c/script`), so the
// first `</script>` closes the tag.
const RUNTIME_SCRIPT = /<script(?:\s[^>]*)?\ssrc="\/_next\/[^"]*"[^>]*><\/script>/g;
const RUNTIME_BOOTSTRAP = /<script id="_R_">[\s\S]*?<\/script>/g;
const RSC_PAYLOAD = /<script>\(?self\.__next_f[\s\S]*?<\/script>/g;
const SCRIPT_PRELOAD = /<link rel="(?:preload" as="script"|modulepreload")[^>]*>/g;

/** The HTML without Next's client runtime, unless the page keeps it. */
export function withoutRuntime(html) {
  if (typeof html !== 'string' || html.includes(KEEP_SCRIPTS_ATTRIBUTE)) return html;
  return html.replace(RUNTIME_SCRIPT, '').replace(RUNTIME_BOOTSTRAP, '').replace(RSC_PAYLOAD, '').replace(SCRIPT_PRELOAD, '');
}

// Next's error shell: what it answers for a page whose render ended in notFound() (a 404) or a
// redirect. Its body is empty and the runtime draws the not-found page from the RSC payload
// (vercel/next.js#95613), so it keeps the runtime.
const ERROR_SHELL = '<html id="__next_error__">';

/** Whether a cache value is a page served without the runtime: a 200 app page that is not Next's error shell. */
function servedBare(value) {
  return value?.kind === 'APP_PAGE' && typeof value.html === 'string' && (value.status ?? 200) === 200 && !value.html.includes(ERROR_SHELL);
}

/**
 * A cache value as the handlers store it: a page's HTML without the runtime, so that it is taken
 * away once, when the page is written, rather than at every read (see servedEntry). Every other
 * value (a route's body, a fetch, a 404, Next's error shell) is stored as it is.
 */
export function storedValue(value) {
  if (!servedBare(value)) return value;
  const html = withoutRuntime(value.html);
  return html === value.html ? value : { ...value, html };
}

/**
 * A cache entry as the handlers return it, with its page's HTML served without the runtime. Only
 * an app page's entry has HTML; every other entry (a route's body, a fetch) comes back as it is,
 * and so does a page that is not a 200 or is Next's error shell. A page stored without the
 * runtime (storedValue, lib/serving/built-pages.mjs) comes back as it is too: nothing is
 * allocated for it.
 */
export function servedEntry(entry) {
  const value = entry?.value;
  const stored = storedValue(value);
  return stored === value ? entry : { ...entry, value: stored };
}

const isHtml = (response) => /^\s*text\/html/i.test(String(response.getHeader('content-type') ?? '')) && !response.getHeader('content-encoding');

/** Whether an answer is a page Next rendered for this request, whole, to be kept in its cache. */
function renderedPage(response) {
  return response.statusCode === 200 && response.getHeader('x-nextjs-cache') === 'MISS' && isHtml(response);
}

/**
 * Wraps a Node request handler (Next's) for server.mjs:
 * - a page Next renders for the request, rather than answers from its cache, is sent without the
 *   runtime as well;
 * - with `notFoundPage`, a 404 that is Next's error shell (an empty body, see above) is sent with
 *   the not-found page in the address's language as its body instead (lib/serving/not-found-page.mjs),
 *   and that page asked for by its own address is a 404 too.
 * Those answers alone are held until they are complete (Next sends them whole), then sent with
 * their length. Every other answer passes as it is, as it comes.
 * @param {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => unknown} handler
 * @param {{ notFoundPage?: (url: string) => Promise<string> }} [options]
 */
export function rendersWithoutRuntime(handler, { notFoundPage } = {}) {
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return handler(request, response);
    const url = request.url ?? '/';
    const ownRequest = request.headers[NOT_FOUND_REQUEST_HEADER] !== undefined;
    // The not-found page by its own address: a 404, never a page of the site.
    const pageAsked = Boolean(notFoundPage) && !ownRequest && asksForNotFoundPage(url);
    if (request.method === 'HEAD') {
      if (pageAsked) response.statusCode = 404;
      return handler(request, response);
    }
    const write = response.write.bind(response);
    const end = response.end.bind(response);
    const writeHead = response.writeHead.bind(response);
    /** @type {'hold' | 'pass' | undefined} */
    let mode;
    /** @type {Buffer[]} */
    const chunks = [];
    const decide = () => {
      if (mode) return;
      if (pageAsked && response.statusCode === 200) response.statusCode = 404;
      const shell = Boolean(notFoundPage) && !ownRequest && response.statusCode === 404 && isHtml(response);
      mode = renderedPage(response) || shell ? 'hold' : 'pass';
    };

    response.writeHead = function writeHeadLater(statusCode, ...rest) {
      if (!adoptWriteHead(response, statusCode, rest)) {
        mode ??= 'pass';
        return writeHead(pageAsked && statusCode === 200 ? 404 : statusCode, ...rest);
      }
      decide();
      // An answer held until its end gets its length then; writing the headers now would freeze them.
      if (mode === 'hold') return response;
      return writeHead(response.statusCode);
    };

    /** Keeps a piece of a held answer; gives back its callback. */
    const hold = (args) => {
      const { chunk, encoding, callback } = writeArgs(...args);
      const buffer = toBuffer(chunk, encoding);
      if (buffer) chunks.push(buffer);
      return callback;
    };

    response.write = function writeHeld(...args) {
      decide();
      if (mode === 'pass') return write(...args);
      const callback = hold(args);
      if (callback) process.nextTick(callback);
      return true;
    };

    const send = (html, callback) => {
      const body = Buffer.from(withoutRuntime(html));
      response.setHeader('Content-Length', body.length);
      response.writeHead = writeHead;
      return end(body, callback);
    };

    response.end = function endWithoutRuntime(...args) {
      decide();
      if (mode === 'pass') return end(...args);
      const callback = hold(args);
      const html = Buffer.concat(chunks).toString('utf8');
      if (response.statusCode !== 404 || !html.includes(ERROR_SHELL) || !notFoundPage) return send(html, callback);
      // Should the page not come, the shell goes as Next made it: its runtime draws the page.
      notFoundPage(url).then(
        (page) => send(page, callback),
        () => {
          response.setHeader('Content-Length', Buffer.byteLength(html));
          response.writeHead = writeHead;
          end(html, callback);
        },
      );
      return response;
    };
    return handler(request, response);
  };
}

// What a browser downloads on a first visit to a page: the HTML, then every script, stylesheet and
// preloaded font the HTML names. Images are left out (lazy, and not on every page). Gzip sizes are
// computed here at level 9 rather than read off the wire, so they do not depend on the server's
// compression settings and stay stable from run to run.
import { gzipSync } from 'node:zlib';

/** @typedef {{ url: string; kind: 'js' | 'css' | 'font' }} Asset */
/** @typedef {{ raw: number; gzip: number; files: number }} Weight */
/**
 * @typedef {{ name: string; path: string; status: number; html: Weight; js: Weight; css: Weight; fonts: { raw: number; files: number } }} PageWeight
 */

const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** The attributes of one start tag, names lower-cased, entities in values decoded. */
export function attributesOf(tag) {
  /** @type {Record<string, string>} */
  const attributes = {};
  const body = tag.replace(/^<\w+/, '').replace(/\/?>$/, '');
  for (const match of body.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    attributes[(match[1] ?? '').toLowerCase()] = value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'");
  }
  return attributes;
}

/**
 * The same-origin scripts, stylesheets and fonts an HTML page makes a browser fetch at once:
 * `<script src>` (not `nomodule`), `<link rel="stylesheet">`, `<link rel="preload" as="script|style|font">` and
 * `<link rel="modulepreload">`. Each URL once (Next preloads the scripts it also loads).
 * @param {string} html
 * @param {string} pageUrl
 * @returns {Asset[]}
 */
export function assetsOf(html, pageUrl) {
  const origin = new URL(pageUrl).origin;
  /** @type {Map<string, Asset>} */
  const assets = new Map();
  const add = (href, kind) => {
    if (!href) return;
    const url = new URL(href, pageUrl);
    if (url.origin !== origin || !url.pathname.startsWith('/_next/')) return;
    if (!assets.has(url.href)) assets.set(url.href, { url: url.href, kind });
  };
  // Inline scripts (Next's flight data) may quote markup; only real start tags count.
  const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1');
  for (const [tag, name] of markup.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const attributes = attributesOf(tag);
    if (name.toLowerCase() === 'script') {
      // `nomodule` scripts (Next's polyfills) are skipped by every browser that runs modules.
      if (!('nomodule' in attributes)) add(attributes.src, 'js');
      continue;
    }
    const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
    const as = (attributes.as ?? '').toLowerCase();
    if (rel.includes('stylesheet')) add(attributes.href, 'css');
    else if (rel.includes('modulepreload')) add(attributes.href, 'js');
    else if (rel.includes('preload') && as === 'script') add(attributes.href, 'js');
    else if (rel.includes('preload') && as === 'style') add(attributes.href, 'css');
    else if (rel.includes('preload') && as === 'font') add(attributes.href, 'font');
  }
  return [...assets.values()];
}

// As a browser asks for a page: HTML first, no compression (we measure raw bytes ourselves).
const HEADERS = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'accept-encoding': 'identity',
  'accept-language': 'sv-SE,sv;q=0.9,en;q=0.5',
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 regionbloggen-bench',
};

async function download(url) {
  const response = await fetch(url, { headers: HEADERS, signal: AbortSignal.timeout(30_000) });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, url: response.url, body };
}

/**
 * Weighs pages as a browser would first load them. Assets shared between pages are fetched once
 * but counted on every page that needs them: each page is a first visit.
 * @param {string} origin e.g. http://127.0.0.1:3123
 * @param {{ name: string; path: string }[]} pages
 * @returns {Promise<PageWeight[]>}
 */
export async function weighPages(origin, pages) {
  /** @type {Map<string, Promise<Buffer>>} */
  const cache = new Map();
  const fetchAsset = (url) => {
    if (!cache.has(url)) {
      cache.set(
        url,
        download(url).then(({ status, body }) => {
          if (status !== 200) throw new Error(`${url} answered ${status}`);
          return body;
        }),
      );
    }
    return /** @type {Promise<Buffer>} */ (cache.get(url));
  };
  /** @type {PageWeight[]} */
  const weights = [];
  for (const page of pages) {
    const { status, url, body } = await download(`${origin}${page.path}`);
    if (status !== 200) throw new Error(`${page.path} answered ${status}, not 200`);
    const assets = assetsOf(body.toString('utf8'), url);
    const bodies = await Promise.all(assets.map(async (asset) => ({ ...asset, body: await fetchAsset(asset.url) })));
    const weigh = (kind) => {
      const ofKind = bodies.filter((asset) => asset.kind === kind);
      return {
        raw: ofKind.reduce((sum, asset) => sum + asset.body.length, 0),
        gzip: ofKind.reduce((sum, asset) => sum + gzipSize(asset.body), 0),
        files: ofKind.length,
      };
    };
    const fonts = weigh('font');
    weights.push({
      name: page.name,
      path: page.path,
      status,
      html: { raw: body.length, gzip: gzipSize(body), files: 1 },
      js: weigh('js'),
      css: weigh('css'),
      fonts: { raw: fonts.raw, files: fonts.files },
    });
  }
  return weights;
}

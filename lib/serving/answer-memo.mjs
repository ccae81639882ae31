// Answers kept in memory for server.mjs: a page Next has answered from its cache, with a lifetime
// of a whole deploy, is answered again from here, without Next, until the cache changes.
//
// Every page of the site is prerendered with `revalidate = false`: Next answers it from its cache
// (`x-nextjs-cache: HIT`, `Cache-Control: s-maxage=31536000`) with the same bytes for every reader
// until the page is rendered again, which happens only when the incremental cache is written (a
// scheduled article becoming public, a revalidation call). Still, each such answer runs Next's whole
// request pipeline: routing, rewrites, the cache lookup, the headers. Measured with a CPU profile
// (bench/README.md, "Serving"), that pipeline is most of what an article costs to serve.
// In `npm run bench -- --sizes 1000,3000` (bench/README.md, runs of 14:26 before and 16:52 with
// this), as multiples of a bare Next page in the same run, plain / gzip: one article went from
// 0.34× / 0.52× to 2.12× / 5.34× at 1,000 articles, the crawl of every article from 0.21× / 0.28×
// to 1.77× / 3.72×, and at 3,000 articles from 0.11× / 0.15× to 1.58× / 3.23×.
//
// So the first answer to an address is kept, compressed, and the next requests for it are answered
// from memory:
// - Kept: a GET answered 200 from Next's cache with a year's lifetime, a complete body and no
//   cookie. Never a 404, a redirect, a rendered (MISS) or stale answer, an RSC payload, a range.
// - Asked: a GET or HEAD without a query and without any of the headers Next varies on (RSC,
//   router state, prefetch, Next-URL, server actions, draft-mode cookies). Anything else goes on to
//   Next as before.
// - Forgotten: an answer, the moment the cache entry it was made from is written (a page rendered
//   again); every answer, the moment a tag or path is revalidated (a publication, a revalidation
//   call). lib/serving/cache-handler/local.mjs reports both; the next request goes to Next again and is
//   kept again. An answer made while its entry was being written is not kept.
// - Bounded: the kept answers are gzip bodies (a 50 KB article is about 10 KB), at most
//   DEFAULT_ANSWER_BYTES in all, the least recently used go first. A reader whose browser does not
//   ask for gzip gets the body decompressed for the request.
// The answer is the same bytes and headers Next sent, `x-nextjs-cache: HIT` included: it is one.
// With REDIS_URL set (several instances sharing one cache) it is off: another instance's
// revalidation does not reach this process's handler.
// Plain JS: server.mjs runs it without a build step.
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import http from 'node:http';
import zlib from 'node:zlib';
import { acceptsGzip, addVary, ownBytes } from './compress-once.mjs';
import { asksForNotFoundPage } from './not-found-page.mjs';

/** Room for kept answers: about 9,000 articles' gzip HTML. */
export const DEFAULT_ANSWER_BYTES = 96 * 1024 * 1024;
/** What an entry costs besides its body: its headers and the map's own share. */
const ENTRY_OVERHEAD = 2048;

// What the cache handler tells this module, once per process: server.mjs and the handler Next
// loads share it through globalThis, whichever copy of this module each of them has.
// - generation: raised when a tag or path is revalidated (every kept answer is void);
// - writes / written: a counter raised at each write of a page, and the count at each key's
//   last write (an answer read from a key written while it was under way is not kept);
// - reading: the cache keys the request under way has read (AsyncLocalStorage follows it into
//   Next's rendering);
// - listeners: the Answers to tell which key was written; revalidated: the warm-ups to restart.
const SHARED = Symbol.for('regionbloggen.answer-memo');
/** @type {{ generation: number, writes: number, written: Map<string, number>, reading: AsyncLocalStorage<Set<string>>, listeners: Set<(key: string) => void>, revalidated: Set<() => void> }} */
const shared = (globalThis[SHARED] ??= { generation: 0, writes: 0, written: new Map(), reading: new AsyncLocalStorage(), listeners: new Set(), revalidated: new Set() });

/** Called by the cache handler when a tag or path is revalidated: every kept answer is void. */
export function cacheChanged() {
  shared.generation += 1;
  for (const listener of shared.revalidated) listener();
}

/** Called by the cache handler when a page is written: the answers made from it are void. */
export function cacheWritten(key) {
  shared.writes += 1;
  shared.written.set(key, shared.writes);
  for (const listener of shared.listeners) listener(key);
}

/** Called by the cache handler at each read: the answer under way is made from this key. */
export function cacheRead(key) {
  shared.reading.getStore()?.add(key);
}

/** Request headers that make Next answer something else than the page's HTML. */
const VARYING_REQUEST = /^(?:rsc|next-|x-next|x-middleware|x-prerender|x-now|x-matched-path|purpose$|range$|if-range$)/;
/** Cookies of Next's draft and preview modes, which bypass the cache. */
const BYPASS_COOKIE = /(?:^|;\s*)(?:__prerender_bypass|__next_preview_data)=/;

/** Whether a request may be answered from, or kept in, memory. */
export function askable(request) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const url = request.url ?? '';
  if (url === '' || url.includes('?') || url.length > 1024) return false;
  // The not-found page is a 404 by its own address and a body for others' (lib/serving/not-found-page.mjs).
  if (asksForNotFoundPage(url)) return false;
  for (const name of Object.keys(request.headers)) if (VARYING_REQUEST.test(name)) return false;
  const cookie = request.headers.cookie;
  if (cookie && BYPASS_COOKIE.test(cookie)) return false;
  return true;
}

/** Response headers that belong to one transfer, not to the answer. */
const TRANSFER_HEADERS = new Set(['content-length', 'content-encoding', 'date', 'connection', 'keep-alive', 'transfer-encoding']);

/** Whether Next's answer, with these headers, is one to keep. */
export function keepable(statusCode, headers) {
  if (statusCode !== 200) return false;
  if (headers['x-nextjs-cache'] !== 'HIT') return false;
  if (headers['set-cookie'] !== undefined) return false;
  if (headers['content-length'] === undefined) return false;
  const encoding = headers['content-encoding'];
  if (encoding !== undefined && encoding !== 'gzip') return false;
  const control = String(headers['cache-control'] ?? '');
  return /(?:^|,)\s*s-maxage=31536000\s*(?:,|$)/.test(control) && !/private|no-store|no-cache/.test(control);
}

/**
 * @typedef {{ headers: Record<string, string | string[]>, gzip: Buffer, length: number | undefined, bytes: number, keys: string[] }} Answer
 */

/**
 * One copy of each header value the kept answers share. Next writes the same headers for every
 * page (the Content-Security-Policy alone is 336 bytes) as strings of their own: in a heap
 * snapshot after a crawl of 3,000 articles, 8,463 copies of the policy (2.7 MB), 8,468 of the
 * Vary header, 3,234 of x-prerender-revalidate… one per kept answer. The first values seen are
 * remembered (at most SHARED_VALUES of them, so values that differ per page cannot make it grow
 * without bound) and each kept answer refers to that copy.
 */
const SHARED_VALUES = 2048;
/** @type {Map<string, string>} */
const headerValues = new Map();
function sharedValue(value) {
  if (Array.isArray(value)) return value.map(sharedValue);
  const text = String(value);
  const known = headerValues.get(text);
  if (known !== undefined) return known;
  if (headerValues.size < SHARED_VALUES) headerValues.set(text, text);
  return text;
}

/** Kept answers by request URL, least recently used first. */
export class Answers {
  constructor(maxBytes = DEFAULT_ANSWER_BYTES) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, Answer>} */
    this.entries = new Map();
    /** Which kept URLs each cache key made. @type {Map<string, Set<string>>} */
    this.byKey = new Map();
    this.generation = shared.generation;
    this.hits = 0;
    this.kept = 0;
    shared.listeners.add((key) => {
      for (const url of this.byKey.get(key) ?? []) this.delete(url);
    });
  }

  /** Forgets everything if a revalidation happened since the answers were kept. */
  current() {
    if (this.generation !== shared.generation) {
      this.entries.clear();
      this.byKey.clear();
      this.bytes = 0;
      this.generation = shared.generation;
    }
    return this.entries;
  }

  get(url) {
    const entries = this.current();
    const found = entries.get(url);
    if (!found) return undefined;
    entries.delete(url);
    entries.set(url, found);
    return found;
  }

  delete(url) {
    const old = this.entries.get(url);
    if (!old) return;
    this.entries.delete(url);
    this.bytes -= old.bytes;
    for (const key of old.keys) {
      const urls = this.byKey.get(key);
      urls?.delete(url);
      if (urls?.size === 0) this.byKey.delete(key);
    }
  }

  /**
   * Keeps an answer, unless the cache changed while it was being answered: a revalidation since
   * `generationAtStart`, or a write of one of its keys after the write count `writesAtStart`.
   */
  set(url, answer, generationAtStart, writesAtStart = shared.writes) {
    this.current();
    if (generationAtStart !== this.generation || answer.bytes > this.maxBytes) return false;
    if (answer.keys.some((key) => (shared.written.get(key) ?? 0) > writesAtStart)) return false;
    this.delete(url);
    this.entries.set(url, answer);
    this.bytes += answer.bytes;
    for (const key of answer.keys) {
      let urls = this.byKey.get(key);
      if (!urls) this.byKey.set(key, (urls = new Set()));
      urls.add(url);
    }
    this.kept += 1;
    for (const oldUrl of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldUrl);
    }
    return true;
  }

  /** What a warm-up needs to know: whether the room is nearly full. */
  get full() {
    return this.bytes >= this.maxBytes * 0.9;
  }

  /** The current generation and write count, for an answer about to be made. */
  static now() {
    return { generation: shared.generation, writes: shared.writes };
  }
}

/** Answers a request from a kept answer. */
function answer(request, response, kept) {
  const gzip = acceptsGzip(request.headers['accept-encoding']);
  let body = kept.gzip;
  if (!gzip) {
    if (request.method === 'GET' || kept.length === undefined) body = zlib.gunzipSync(kept.gzip);
    kept.length ??= body.length;
  }
  response.statusCode = 200;
  for (const [name, value] of Object.entries(kept.headers)) response.setHeader(name, value);
  if (gzip) response.setHeader('Content-Encoding', 'gzip');
  response.setHeader('Content-Length', gzip ? kept.gzip.length : kept.length);
  if (request.method === 'HEAD') response.end();
  else response.end(body);
}

/**
 * Wraps a request handler (Next's, behind compressOnce) so that what it answers from its cache is
 * answered from memory afterwards, as described above.
 * @param {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => unknown} handler
 * @param {{ answers?: Answers }} [options]
 */
export function rememberAnswers(handler, { answers = new Answers() } = {}) {
  return (request, response) => {
    if (!askable(request)) return handler(request, response);
    const url = request.url;
    const kept = answers.get(url);
    if (kept) {
      answers.hits += 1;
      answer(request, response, kept);
      return undefined;
    }
    if (request.method !== 'GET') return handler(request, response);
    const keys = new Set();
    watch(response, url, answers, keys);
    return shared.reading.run(keys, () => handler(request, response));
  };
}

/** Copies what the handler sends, and keeps it if it is an answer to keep. */
function watch(response, url, answers, keys) {
  const { generation: generationAtStart, writes: writesAtStart } = Answers.now();
  const write = response.write;
  const end = response.end;
  const writeHead = response.writeHead;
  /** @type {Buffer[] | null} */
  let chunks = [];
  let decided = false;
  const copy = (chunk, encoding) => {
    // The headers are set before the first byte: an answer not to keep (a render, a 404, a
    // stream) is not copied at all.
    if (!decided) {
      decided = true;
      if (!keepable(response.statusCode, response.getHeaders())) chunks = null;
    }
    if (chunks === null || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk));
  };
  response.writeHead = function writeHeadWatched(statusCode, ...rest) {
    const headers = typeof rest[0] === 'string' ? rest[1] : rest[0];
    // Headers handed to writeHead are not kept by the response: such an answer is not kept.
    if (headers && Object.keys(headers).length > 0) chunks = null;
    return writeHead.call(this, statusCode, ...rest);
  };
  response.write = function writeWatched(chunk, encoding, callback) {
    copy(chunk, encoding);
    return write.call(this, chunk, encoding, callback);
  };
  response.end = function endWatched(chunk, encoding, callback) {
    copy(chunk, encoding);
    const headers = response.getHeaders();
    const rawNames = response.getRawHeaderNames();
    const statusCode = response.statusCode;
    const result = end.call(this, chunk, encoding, callback);
    const body = chunks;
    chunks = null;
    if (body && keepable(statusCode, headers)) {
      const whole = body.length === 1 ? body[0] : Buffer.concat(body);
      if (whole.length === Number(headers['content-length'])) {
        const gzipped = headers['content-encoding'] === 'gzip';
        /** @type {Record<string, string | string[]>} */
        const kept = {};
        // Under the names as Next wrote them (getHeaders() gives them in lower case).
        const names = new Map(rawNames.map((name) => [name.toLowerCase(), name]));
        for (const [name, value] of Object.entries(headers)) {
          if (TRANSFER_HEADERS.has(name) || value === undefined || name === 'vary') continue;
          kept[names.get(name) ?? name] = sharedValue(value);
        }
        kept[names.get('vary') ?? 'Vary'] = sharedValue(addVary(headers.vary));
        // Compressing a body the reader got uncompressed waits until its answer is sent.
        setImmediate(() => {
          // Held for as long as it is kept: in a block of its own size (ownBytes).
          const gzip = ownBytes(gzipped ? whole : zlib.gzipSync(whole));
          answers.set(url, { headers: kept, gzip, length: gzipped ? undefined : whole.length, bytes: gzip.length + ENTRY_OVERHEAD, keys: [...keys] }, generationAtStart, writesAtStart);
        });
      }
    }
    return result;
  };
}

/**
 * The paths a sitemap file lists, each <loc> and its hreflang alternates, with the entry's
 * <lastmod> as a time in milliseconds (0 when it has none).
 * @returns {{ path: string, modified: number }[]}
 */
export function sitemapPaths(xml) {
  const paths = [];
  const pathOf = (url) => {
    try {
      return new URL(url.trim().replaceAll('&amp;', '&')).pathname;
    } catch {
      return null; // not an absolute URL: not one of ours
    }
  };
  for (const [entry] of xml.matchAll(/<(?:url|sitemap)>[\s\S]*?<\/(?:url|sitemap)>/g)) {
    const modified = Date.parse(/<lastmod>([^<]+)<\/lastmod>/.exec(entry)?.[1] ?? '') || 0;
    for (const match of entry.matchAll(/<loc>([^<]+)<\/loc>|<xhtml:link\b[^>]*\bhref="([^"]+)"/g)) {
      const path = pathOf(match[1] ?? match[2] ?? '');
      if (path) paths.push({ path, modified });
    }
  }
  return paths;
}

/**
 * GET of one of the server's own paths: its status, its x-nextjs-cache, and its body only when
 * asked for (a sitemap); a page's body is read and dropped.
 */
function getOwn(origin, path, agent, { accept = 'gzip', body = false } = {}) {
  return new Promise((resolve, reject) => {
    const request = http.get(`${origin}${path}`, { agent, headers: { 'Accept-Encoding': accept, 'User-Agent': 'regionbloggen-warm-up' } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => {
        if (body) chunks.push(chunk);
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, cache: response.headers['x-nextjs-cache'], body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

/**
 * The addresses of the pages a build prerendered (scripts/build-pages.mjs writes the file), or
 * null when the file is missing or unreadable (a bare `next build`).
 * @returns {Set<string> | null}
 */
export function readPrerenderedPaths(file) {
  try {
    const list = JSON.parse(fs.readFileSync(file, 'utf8'));
    return Array.isArray(list) && list.every((item) => typeof item === 'string') ? new Set(list) : null;
  } catch {
    return null;
  }
}

/**
 * After the server starts, and again after each revalidation, it reads its own pages once, one at
 * a time, the most recently changed first (the sitemap's <lastmod>), until the kept answers fill
 * their room: the first reader of an article, a crawler's every read, is then
 * answered from memory too. It stops at the first error; readers are never kept waiting for it.
 *
 * With `prerendered` (the build's list), it reads only the sitemap's pages that the build
 * prerendered: a page Next has on disk. Every other listed page (a listing's pages past the
 * fifth, lib/content/listings.ts) would be rendered for the warm-up, and is left to its first
 * reader. At 10,000 articles those were 18,074 of the 28,228 pages read, and the warm-up took
 * 885 s (bench/README.md, run of 01:20); during it the server's heap grew to 523 MB, 132 MB of
 * it alive after a GC (by hand, commit 05c63e8).
 * @param {{ origin: string, answers: Answers, prerendered?: Set<string> | null, log?: (line: string) => void, delayMs?: number }} options
 */
export function keepWarm({ origin, answers, prerendered = null, log = console.log, delayMs = 5000 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let running = false;
  let again = false;
  /** @type {NodeJS.Timeout | undefined} */
  let timer;

  async function warm() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const started = Date.now();
    const { generation } = Answers.now();
    let read = 0;
    try {
      const index = await getOwn(origin, '/sitemap.xml', agent, { accept: 'identity', body: true });
      if (index.status !== 200) return;
      /** @type {Map<string, number>} */
      const modified = new Map();
      for (const { path: file } of sitemapPaths(index.body.toString())) {
        const listed = await getOwn(origin, file, agent, { accept: 'identity', body: true });
        if (listed.status !== 200) continue;
        for (const { path, modified: time } of sitemapPaths(listed.body.toString())) modified.set(path, Math.max(time, modified.get(path) ?? 0));
      }
      // The most recently changed first: when the room is too small for every page, it holds the
      // newest articles and the listings that show them.
      const listed = [...modified.keys()];
      const paths = (prerendered ? listed.filter((path) => prerendered.has(path)) : listed).sort((a, b) => (modified.get(b) ?? 0) - (modified.get(a) ?? 0));
      // A page rendered on its first request (an untranslated article's English copy) is kept
      // from its second: those are read once more.
      const rendered = [];
      for (const path of paths) {
        if (answers.full || Answers.now().generation !== generation) break;
        const { status, cache } = await getOwn(origin, path, agent);
        read += 1;
        if (status === 200 && cache !== undefined && cache !== 'HIT') rendered.push(path);
      }
      for (const path of rendered) {
        if (answers.full || Answers.now().generation !== generation) break;
        await getOwn(origin, path, agent);
      }
      const left = listed.length - paths.length;
      const leftNote = left > 0 ? ` (${left} listed pages the build did not prerender are left to their first reader)` : '';
      log(`answers: read ${read} pages once${leftNote}, ${answers.entries.size} kept in memory (${(answers.bytes / 1024 / 1024).toFixed(1)} MB), in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      log(`answers: the warm-up stopped after ${read} pages: ${error instanceof Error ? error.message : error}`);
    } finally {
      running = false;
      if (again || Answers.now().generation !== generation) {
        again = false;
        schedule();
      }
    }
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => void warm(), delayMs);
    timer.unref();
  }

  shared.revalidated.add(schedule);
  void warm();
  return {
    stop() {
      clearTimeout(timer);
      shared.revalidated.delete(schedule);
      agent.destroy();
    },
  };
}

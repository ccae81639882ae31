// Answers kept in memory for server.mjs: a page Next has answered from its cache, with a lifetime
// of a whole deploy, is answered again from here, without Next, until the cache changes.
//
// Every page of the site is prerendered with `revalidate = false`: Next answers it from its cache
// (`x-nextjs-cache: HIT`, `Cache-Control: s-maxage=31536000`) with the same bytes for every reader
// until the page is rendered again, which happens only when the incremental cache is written (a
// scheduled article becoming public, a revalidation call). Still, each such answer runs Next's whole
// request pipeline: routing, rewrites, the cache lookup, the headers. Measured with a CPU profile
// (bench/README.md, "Serving"), that pipeline is most of what an article costs to serve.
//
// So the first answer to an address is kept, compressed, and the next requests for it are answered
// from memory:
// - Kept: a GET answered 200 from Next's cache with a year's lifetime, a complete body and no
//   cookie. Never a 404, a redirect, a rendered (MISS) or stale answer, an RSC payload, a range.
// - Asked: a GET or HEAD without a query and without any of the headers Next varies on (RSC,
//   router state, prefetch, Next-URL, server actions, draft-mode cookies). Anything else goes on to
//   Next as before.
// - Forgotten: everything, the moment the incremental cache is written or a tag or path is
//   revalidated (lib/cache-handler/local.mjs calls cacheChanged()); the next request goes to Next
//   again and is kept again. Publications are rare, so this costs a few renders' worth of refills.
// - Bounded: the kept answers are gzip bodies (a 50 KB article is about 10 KB), at most
//   DEFAULT_ANSWER_BYTES in all, the least recently used go first. A reader whose browser does not
//   ask for gzip gets the body decompressed for the request.
// The answer is the same bytes and headers Next sent, `x-nextjs-cache: HIT` included: it is one.
// With REDIS_URL set (several instances sharing one cache) it is off: another instance's
// revalidation does not reach this process's handler.
// Plain JS: server.mjs runs it without a build step.
import zlib from 'node:zlib';
import { acceptsGzip, addVary } from './compress-once.mjs';

/** Room for kept answers: about 9,000 articles' gzip HTML. */
export const DEFAULT_ANSWER_BYTES = 96 * 1024 * 1024;
/** What an entry costs besides its body: its headers and the map's own share. */
const ENTRY_OVERHEAD = 2048;

// One counter per process, shared by server.mjs and the cache handler Next loads, whichever copy of
// this module each of them has.
const GENERATION = Symbol.for('regionbloggen.cache-generation');
/** @type {{ value: number }} */
const generation = (globalThis[GENERATION] ??= { value: 0 });

/** Called by the cache handler whenever the incremental cache changes: kept answers are void. */
export function cacheChanged() {
  generation.value += 1;
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
 * @typedef {{ headers: Record<string, string | string[]>, gzip: Buffer, length: number | undefined, bytes: number }} Answer
 */

/** Kept answers by request URL, least recently used first. */
export class Answers {
  constructor(maxBytes = DEFAULT_ANSWER_BYTES) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, Answer>} */
    this.entries = new Map();
    this.generation = generation.value;
    this.hits = 0;
    this.kept = 0;
  }

  /** Forgets everything if the cache has changed since the answers were kept. */
  current() {
    if (this.generation !== generation.value) {
      this.entries.clear();
      this.bytes = 0;
      this.generation = generation.value;
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

  /** Keeps an answer, unless the cache changed while it was being answered. */
  set(url, answer, generationAtStart) {
    const entries = this.current();
    if (generationAtStart !== this.generation || answer.bytes > this.maxBytes) return;
    const old = entries.get(url);
    if (old) {
      entries.delete(url);
      this.bytes -= old.bytes;
    }
    entries.set(url, answer);
    this.bytes += answer.bytes;
    this.kept += 1;
    for (const [oldUrl, oldAnswer] of entries) {
      if (this.bytes <= this.maxBytes) break;
      entries.delete(oldUrl);
      this.bytes -= oldAnswer.bytes;
    }
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
    if (request.method === 'GET') watch(response, url, answers);
    return handler(request, response);
  };
}

/** Copies what the handler sends, and keeps it if it is an answer to keep. */
function watch(response, url, answers) {
  const startedAt = generation.value;
  const write = response.write;
  const end = response.end;
  const writeHead = response.writeHead;
  /** @type {Buffer[] | null} */
  let chunks = [];
  const copy = (chunk, encoding) => {
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
          kept[names.get(name) ?? name] = Array.isArray(value) ? value : String(value);
        }
        kept[names.get('vary') ?? 'Vary'] = addVary(headers.vary);
        // Compressing a body the reader got uncompressed waits until its answer is sent.
        setImmediate(() => {
          const gzip = gzipped ? whole : zlib.gzipSync(whole);
          answers.set(url, { headers: kept, gzip, length: gzipped ? undefined : whole.length, bytes: gzip.length + ENTRY_OVERHEAD }, startedAt);
        });
      }
    }
    return result;
  };
}

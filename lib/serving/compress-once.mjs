// Compression for server.mjs that compresses a page once, not once per reader.
//
// Next compresses every response as it sends it (gzip, level 6). For a prerendered article that
// is much of the work of a request: by hand, gzip of a 54 KB article took 1.1 ms, sha1 of it
// 0.04 ms. In `npm run bench` (1,000 articles, ratio to a bare Next page in the same run) one
// article with gzip went from 0.36× (run of 11:00, before) to 0.52× (14:26, with this and the
// changes in lib/routing/paths.ts and lib/serving/cache-handler/local.mjs). Browsers always ask for compression, and
// a page served from the cache is the same bytes for every reader until it is rendered again. So
// this layer takes compression over from Next for GET requests that accept gzip:
// - A complete body (Next sets Content-Length: every page, feed and payload served from the
//   cache) is compressed once and the result kept, found again by a hash of the body: a page
//   rendered again has other bytes and gets its own entry. The entries are bounded in total size
//   and the least recently used go first.
// - A streamed body (a page rendered for this request: a 404, the first request after a
//   revalidation) is compressed as it streams, flushed whenever Next flushes.
// - Everything else passes untouched: HEAD, ranges, bodies under 1 KB, images and fonts, and
//   anything already encoded.
// Plain JS: server.mjs runs it without a build step.
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';

/** Types worth compressing: HTML, RSC payloads (text/x-component), CSS, scripts, feeds, JSON, SVG. */
const COMPRESSIBLE = /^\s*(?:text\/|application\/(?:json|xml|rss\+xml|atom\+xml|javascript|manifest\+json)|image\/svg\+xml)/i;
/** Below this, the gzip header and the work cost more than they save. */
const MIN_BYTES = 1024;
/** Default room for compressed bodies: about 6,000 articles' HTML (10 KB each). */
export const DEFAULT_MEMO_BYTES = 64 * 1024 * 1024;

/**
 * Whether a request's Accept-Encoding admits gzip: listed with a weight above 0, or covered by
 * `*` without being refused by name (RFC 9110, 12.5.3).
 */
export function acceptsGzip(header) {
  if (typeof header !== 'string' || header === '') return false;
  let star = false;
  for (const part of header.split(',')) {
    const [coding = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const weight = params.find((param) => param.startsWith('q='));
    const allowed = weight === undefined || Number(weight.slice(2)) > 0;
    if (coding === 'gzip' || coding === 'x-gzip') return allowed;
    if (coding === '*') star = allowed;
  }
  return star;
}

/**
 * The same bytes in memory of their own, when `buffer` is a view of a larger block. zlib's
 * synchronous functions answer a body that fits one output chunk with a view of that 16 KB chunk:
 * a 3 KB page kept so held 16 KB. Measured on a crawl of 3,000 articles (8,464 answers kept, 44.1
 * MB by their length): 132 MB of array buffers in the server, as many 16 KB blocks as answers, and
 * 33 MB with this (by hand). In `npm run bench` the server after reading every one of 1,000
 * articles held 457 MB before (run of 20:08) and 410 MB after this and built-pages.mjs (22:38).
 */
export function ownBytes(buffer) {
  if (buffer.byteOffset === 0 && buffer.buffer.byteLength === buffer.length) return buffer;
  const own = Buffer.allocUnsafeSlow(buffer.length);
  buffer.copy(own);
  return own;
}

/** Compressed bodies by the hash of what they compress, least recently used first. */
export class CompressedBodies {
  constructor(maxBytes = DEFAULT_MEMO_BYTES) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, Buffer>} */
    this.entries = new Map();
    this.hits = 0;
    this.misses = 0;
  }

  /** The gzip of `body`, from memory when the same bytes were compressed before. */
  gzip(body) {
    const key = createHash('sha1').update(body).digest('base64');
    const found = this.entries.get(key);
    if (found) {
      this.hits += 1;
      // Most recently used: to the end of the map's order.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    this.misses += 1;
    const compressed = ownBytes(zlib.gzipSync(body));
    if (compressed.length <= this.maxBytes) {
      this.entries.set(key, compressed);
      this.bytes += compressed.length;
      for (const [oldKey, old] of this.entries) {
        if (this.bytes <= this.maxBytes) break;
        this.entries.delete(oldKey);
        this.bytes -= old.length;
      }
    }
    return compressed;
  }
}

/** The Vary header with Accept-Encoding in it. */
export function addVary(current) {
  const list = Array.isArray(current) ? current.join(', ') : String(current ?? '');
  if (/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(list)) return list;
  return list.trim() ? `${list}, Accept-Encoding` : 'Accept-Encoding';
}

/** (chunk, encoding, callback) in any of the forms write() and end() accept. */
export function writeArgs(chunk, encoding, callback) {
  if (typeof chunk === 'function') return { chunk: undefined, encoding: undefined, callback: chunk };
  if (typeof encoding === 'function') return { chunk, encoding: undefined, callback: encoding };
  return { chunk, encoding, callback };
}

/**
 * What writeHead(statusCode, [statusMessage], [headers]) was given, made the response's ordinary
 * status and headers, so that a wrapper can read them before they are written. False, and
 * nothing done, for a raw header list, which wrappers pass on as it is.
 */
export function adoptWriteHead(response, statusCode, rest) {
  const headers = typeof rest[0] === 'string' ? rest[1] : rest[0];
  if (Array.isArray(headers)) return false;
  response.statusCode = statusCode;
  if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value);
  if (typeof rest[0] === 'string') response.statusMessage = rest[0];
  return true;
}

export function toBuffer(chunk, encoding) {
  if (chunk === undefined || chunk === null) return null;
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), encoding ?? 'utf8');
}

/**
 * Wraps a Node request handler (Next's) so that it never compresses, and compresses its answers
 * here instead, as described above.
 * @param {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => unknown} handler
 * @param {{ bodies?: CompressedBodies }} [options]
 */
export function compressOnce(handler, { bodies = new CompressedBodies() } = {}) {
  return (request, response) => {
    if (request.method !== 'GET' || request.headers.range || !acceptsGzip(request.headers['accept-encoding'])) return handler(request, response);
    // Next compresses only what its request asks to be compressed.
    delete request.headers['accept-encoding'];
    wrapResponse(response, bodies);
    return handler(request, response);
  };
}

function wrapResponse(response, bodies) {
  const write = response.write.bind(response);
  const end = response.end.bind(response);
  const writeHead = response.writeHead.bind(response);
  /** @type {'buffer' | 'stream' | 'pass' | undefined} */
  let mode;
  /** @type {Buffer[]} */
  let chunks = [];
  /** @type {zlib.Gzip | undefined} */
  let gzip;

  // Decided once, when the headers are known (the first write, end or writeHead).
  const decide = () => {
    if (mode) return;
    const status = response.statusCode;
    const type = String(response.getHeader('content-type') ?? '');
    const rawLength = response.getHeader('content-length');
    const length = rawLength === undefined ? undefined : Number(rawLength);
    if (status < 200 || status === 204 || status === 206 || status === 304 || response.getHeader('content-encoding') || !COMPRESSIBLE.test(type) || /no-transform/i.test(String(response.getHeader('cache-control') ?? ''))) {
      mode = 'pass';
      return;
    }
    response.setHeader('Vary', addVary(response.getHeader('vary')));
    if (length !== undefined && length < MIN_BYTES) {
      mode = 'pass';
      return;
    }
    response.setHeader('Content-Encoding', 'gzip');
    response.removeHeader('Content-Length');
    if (length !== undefined) {
      mode = 'buffer';
      return;
    }
    mode = 'stream';
    gzip = zlib.createGzip();
    // The compressed pieces go straight on; Node buffers what the socket cannot take yet. A
    // render here is a page, not a download, so there is no back-pressure to pass on.
    gzip.on('data', (data) => write(data));
    gzip.on('end', () => end());
    // Next flushes after each piece of a streamed page, so that the reader gets it at once.
    response.flush = () => gzip?.flush(zlib.constants.Z_SYNC_FLUSH);
  };

  response.writeHead = function writeHeadOnce(statusCode, ...rest) {
    if (!adoptWriteHead(response, statusCode, rest)) {
      // Raw header lists are not read here: such an answer passes as it is.
      mode ??= 'pass';
      return writeHead(statusCode, ...rest);
    }
    decide();
    // A body compressed whole sets its headers at the end; writing them now would freeze them.
    if (mode === 'buffer') return response;
    return writeHead(response.statusCode);
  };

  response.write = function writeCompressed(...args) {
    decide();
    const { chunk, encoding, callback } = writeArgs(...args);
    if (mode === 'pass') return write(...args);
    const buffer = toBuffer(chunk, encoding);
    if (mode === 'buffer') {
      if (buffer) chunks.push(buffer);
      if (callback) process.nextTick(callback);
      return true;
    }
    gzip.write(buffer ?? Buffer.alloc(0), callback);
    return true;
  };

  response.end = function endCompressed(...args) {
    decide();
    const { chunk, encoding, callback } = writeArgs(...args);
    if (mode === 'pass') return end(...args);
    const buffer = toBuffer(chunk, encoding);
    if (mode === 'buffer') {
      if (buffer) chunks.push(buffer);
      const compressed = bodies.gzip(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks));
      chunks = [];
      response.setHeader('Content-Length', compressed.length);
      // Node writes the headers from inside end(), through writeHead: now they may go.
      response.writeHead = writeHead;
      return end(compressed, callback);
    }
    if (callback) response.once('finish', callback);
    if (buffer) gzip.end(buffer);
    else gzip.end();
    return response;
  };
}

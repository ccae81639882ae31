import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip, CompressedBodies, compressOnce, ownBytes } from './compress-once.mjs';

// A stand-in for Next behind the layer: each path answers the way Next answers one kind of
// request, and reports whether it was itself asked to compress.
const PAGE = `<!doctype html><html lang="sv"><body>${'<p>Regional utveckling i Stockholmsregionen.</p>'.repeat(200)}</body></html>`;
// Text that compresses poorly, so that the compressed stream too is larger than a socket buffer.
const LARGE = Array.from({ length: 64 }, () => randomBytes(6144).toString('base64'));
const bodies = new CompressedBodies(64 * 1024);
let askedToCompress: (string | undefined)[] = [];
let server: http.Server;
let origin = '';

function next(request: http.IncomingMessage, response: http.ServerResponse) {
  askedToCompress.push(request.headers['accept-encoding']);
  const url = request.url ?? '/';
  if (url === '/page' || url === '/page?_rsc=1') {
    // From the cache: headers set one by one, the whole body in end().
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Content-Length', Buffer.byteLength(PAGE));
    response.setHeader('Vary', 'rsc, next-router-state-tree');
    response.end(request.method === 'HEAD' ? null : PAGE);
  } else if (url === '/other-page') {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(`${PAGE}!`) });
    response.end(`${PAGE}!`);
  } else if (url === '/streamed') {
    // A render: no length, pieces flushed as they are ready.
    response.statusCode = 404;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.write(PAGE.slice(0, 3000));
    (response as unknown as { flush?: () => void }).flush?.();
    setTimeout(() => response.end(PAGE.slice(3000)), 20);
  } else if (url === '/streamed-large') {
    // A route handler's stream: many pieces, more than the socket takes at once.
    response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    for (const piece of LARGE) {
      response.write(piece);
      (response as unknown as { flush?: () => void }).flush?.();
    }
    response.end();
  } else if (url === '/small') {
    response.setHeader('Content-Type', 'application/json');
    response.setHeader('Content-Length', 2);
    response.end('{}');
  } else if (url === '/image') {
    const png = Buffer.alloc(4096, 7);
    response.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': png.length });
    response.end(png);
  } else if (url === '/not-modified') {
    response.statusCode = 304;
    response.end();
  }
}

beforeAll(async () => {
  server = http.createServer(compressOnce(next, { bodies }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

type Answer = { status: number; headers: http.IncomingHttpHeaders; raw: Buffer; text: string };

function get(path: string, headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br, zstd' }, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .request(`${origin}${path}`, { method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const raw = Buffer.concat(chunks);
          const text = response.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw).toString('utf8') : raw.toString('utf8');
          resolve({ status: response.statusCode ?? 0, headers: response.headers, raw, text });
        });
      })
      .on('error', reject)
      .end();
  });
}

describe('acceptsGzip', () => {
  it('reads Accept-Encoding as browsers and crawlers send it', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8, *;q=0.1')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('*, gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('br')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe('a page from the cache', () => {
  it('is compressed once and sent compressed to every reader, with its length and Vary', async () => {
    askedToCompress = [];
    const before = { hits: bodies.hits, misses: bodies.misses };
    const first = await get('/page');
    const second = await get('/page');
    for (const answer of [first, second]) {
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBe('gzip');
      expect(Number(answer.headers['content-length'])).toBe(answer.raw.length);
      expect(answer.headers.vary).toBe('rsc, next-router-state-tree, Accept-Encoding');
      expect(answer.text).toBe(PAGE);
    }
    expect(first.raw.length).toBeLessThan(Buffer.byteLength(PAGE) / 5);
    expect(bodies.misses - before.misses).toBe(1);
    expect(bodies.hits - before.hits).toBe(1);
    // Next was never asked to compress.
    expect(askedToCompress).toEqual([undefined, undefined]);
  });

  it('given with writeHead, is compressed as well', async () => {
    const answer = await get('/other-page');
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.text).toBe(`${PAGE}!`);
  });

  it('is sent as it is to a client that does not ask for gzip, and to HEAD', async () => {
    askedToCompress = [];
    const plain = await get('/page', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(PAGE);
    const refused = await get('/page', { 'accept-encoding': 'gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    const head = await get('/page', { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.raw.length).toBe(0);
    // Requests this layer leaves alone reach Next as they came.
    expect(askedToCompress).toEqual([undefined, 'gzip;q=0', 'gzip']);
  });
});

describe('other answers', () => {
  it('a streamed render is compressed as it streams, status kept', async () => {
    const answer = await get('/streamed');
    expect(answer.status).toBe(404);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers['transfer-encoding']).toBe('chunked');
    expect(answer.text).toBe(PAGE);
  });

  it('a long stream is compressed whole and ends', async () => {
    const answer = await get('/streamed-large');
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.raw.length).toBeGreaterThan(64 * 1024);
    expect(answer.text).toBe(LARGE.join(''));
  });

  it('small bodies, images and 304s pass untouched', async () => {
    const small = await get('/small');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.text).toBe('{}');
    const image = await get('/image');
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.raw.length).toBe(4096);
    const notModified = await get('/not-modified');
    expect(notModified.status).toBe(304);
    expect(notModified.headers['content-encoding']).toBeUndefined();
  });
});

describe('CompressedBodies', () => {
  it('keeps at most its size, dropping the least recently used first', () => {
    const memo = new CompressedBodies(2_000);
    const body = (seed: number) => Buffer.from(Array.from({ length: 3000 }, (_, index) => String.fromCharCode(97 + ((index * seed) % 26))).join(''));
    memo.gzip(body(1));
    memo.gzip(body(3));
    memo.gzip(body(1));
    memo.gzip(body(5));
    expect(memo.bytes).toBeLessThanOrEqual(2_000);
    expect(zlib.gunzipSync(memo.gzip(body(3))).equals(body(3))).toBe(true);
  });

  it('holds each body it keeps in a block of that body’s size, not in the 16 KB chunk zlib wrote it into', () => {
    const memo = new CompressedBodies();
    const page = Buffer.from('<p>Regional utveckling i Stockholmsregionen.</p>'.repeat(300));
    const kept = memo.gzip(page);
    expect(kept.length).toBeLessThan(4096);
    expect(kept.buffer.byteLength).toBe(kept.length);
    expect(zlib.gunzipSync(kept).equals(page)).toBe(true);
  });
});

describe('ownBytes', () => {
  it('copies a view of a larger block into a block of its own, and leaves a whole block as it is', () => {
    const block = Buffer.alloc(16384, 7);
    const view = block.subarray(100, 3100);
    const own = ownBytes(view);
    expect(own.equals(view)).toBe(true);
    expect(own.buffer.byteLength).toBe(3000);
    expect(own.buffer).not.toBe(block.buffer);
    const whole = Buffer.allocUnsafeSlow(500);
    expect(ownBytes(whole)).toBe(whole);
  });
});

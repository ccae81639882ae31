import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Answers, askable, cacheChanged, cacheRead, cacheWritten, keepable, keepWarm, readPrerenderedPaths, rememberAnswers, sitemapPaths } from './answer-memo.mjs';
import { compressOnce } from './compress-once.mjs';

// A stand-in for Next behind server.mjs's two layers: each path answers the way Next answers one
// kind of request. Every answer carries a counter, so a test sees whether Next answered or memory.
const PAGE = `<!doctype html><html lang="sv"><body>${'<p>Regional utveckling i Stockholmsregionen.</p>'.repeat(200)}</body></html>`;
const YEAR = 's-maxage=31536000';
let nextAnswers = 0;
let server: http.Server;
let origin = '';
const answers = new Answers(1024 * 1024);

function fromCache(response: http.ServerResponse, body: string, headers: Record<string, string | string[]> = {}) {
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('Vary', 'rsc, next-router-state-tree, next-router-prefetch');
  response.setHeader('x-nextjs-cache', 'HIT');
  response.setHeader('Cache-Control', YEAR);
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.setHeader('Content-Length', Buffer.byteLength(body));
  response.end(body);
}

function next(request: http.IncomingMessage, response: http.ServerResponse) {
  nextAnswers += 1;
  const url = request.url ?? '/';
  // As Next's cache handler does: the entry a page is answered from (lib/serving/cache-handler/local.mjs).
  cacheRead(`/sv${url}`);
  const body = `${PAGE}<!-- svar ${nextAnswers} -->`;
  if (url === '/skrivs-om') {
    // The cache is revalidated while this answer is under way.
    cacheChanged();
    fromCache(response, body);
  } else if (url === '/skrivs-om-sjalv') {
    // The page's own entry is written while this answer is under way.
    cacheWritten('/sv/skrivs-om-sjalv');
    fromCache(response, body);
  } else if (url === '/sitemap.xml') {
    sitemap(response, '<sitemapindex><sitemap><loc>https://example.se/sitemaps/sidor.xml</loc></sitemap></sitemapindex>');
  } else if (url === '/sitemaps/sidor.xml') {
    sitemap(response, '<urlset><url><loc>https://example.se/artiklar/varm</loc><xhtml:link rel="alternate" hreflang="en" href="https://example.se/en/articles/warm"/></url></urlset>');
  } else if (url.startsWith('/artiklar/') || url.startsWith('/en/articles/')) fromCache(response, body, { 'X-Frame-Options': 'DENY', 'x-nextjs-prerender': ['1', '1'] });
  else if (url === '/renderad') fromCache(response, body, { 'x-nextjs-cache': 'MISS' });
  else if (url === '/inaktuell') fromCache(response, body, { 'x-nextjs-cache': 'STALE' });
  else if (url === '/en-minut') fromCache(response, body, { 'Cache-Control': 's-maxage=60, stale-while-revalidate=31535940' });
  else if (url === '/kaka') fromCache(response, body, { 'Set-Cookie': 'a=b' });
  else if (url === '/saknas') {
    response.statusCode = 404;
    fromCache(response, body);
  } else if (url === '/strom') {
    // A render streamed as it is made: no length.
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('x-nextjs-cache', 'HIT');
    response.setHeader('Cache-Control', YEAR);
    response.write(body.slice(0, 100));
    response.end(body.slice(100));
  }
}

function sitemap(response: http.ServerResponse, xml: string) {
  response.setHeader('Content-Type', 'application/xml');
  response.end(xml);
}

async function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  const response = await fetch(`${origin}${path}`, { headers, method });
  // Fetch asks for gzip and decompresses by itself.
  const body = await response.text();
  return { status: response.status, headers: response.headers, body, answeredBy: /svar (\d+)/.exec(body)?.[1] };
}

/** A request that asks for exactly what it is given, and gets the bytes as sent. */
function rawGet(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const request = http.request(`${origin}${path}`, { headers, method }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end();
  });
}

/** A kept answer is stored once its reader has it: wait a turn of the event loop. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeAll(async () => {
  server = http.createServer(rememberAnswers(compressOnce(next), { answers }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => cacheChanged());

describe('answers kept in memory', () => {
  it('answers a page from the cache again without Next, the same bytes and headers, for gzip and plain readers', async () => {
    const first = await rawGet('/artiklar/en', { 'Accept-Encoding': 'gzip' });
    await settled();
    const again = await rawGet('/artiklar/en', { 'Accept-Encoding': 'gzip' });
    const plain = await rawGet('/artiklar/en');
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body.equals(first.body)).toBe(true);
    expect(again.headers['content-encoding']).toBe('gzip');
    expect(Number(again.headers['content-length'])).toBe(first.body.length);
    for (const name of ['x-nextjs-cache', 'cache-control', 'content-type', 'x-frame-options', 'vary', 'x-nextjs-prerender']) expect(again.headers[name]).toBe(first.headers[name]);
    expect(again.headers.vary).toMatch(/Accept-Encoding/);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(zlib.gunzipSync(first.body).toString());
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
    // Next answered once: the three bodies carry the same counter.
    expect(/svar (\d+)/.exec(plain.body.toString())?.[1]).toBe(/svar (\d+)/.exec(zlib.gunzipSync(again.body).toString())?.[1]);
  });

  it('keeps an answer first sent uncompressed, and answers HEAD with the headers alone', async () => {
    const first = await get('/artiklar/tva');
    await settled();
    const gzipped = await rawGet('/artiklar/tva', { 'Accept-Encoding': 'gzip, br' });
    const head = await rawGet('/artiklar/tva', {}, 'HEAD');
    expect(zlib.gunzipSync(gzipped.body).toString()).toBe(first.body);
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBe(Buffer.byteLength(first.body));
    // Compressed here, and held in a block of its own size: not in zlib's 16 KB chunk.
    const kept = answers.get('/artiklar/tva');
    expect(kept?.gzip.length).toBe(gzipped.body.length);
    expect(kept?.gzip.buffer.byteLength).toBe(gzipped.body.length);
  });

  it('forgets every answer when the incremental cache changes', async () => {
    const first = await get('/artiklar/tre');
    await settled();
    expect((await get('/artiklar/tre')).answeredBy).toBe(first.answeredBy);
    cacheChanged();
    const after = await get('/artiklar/tre');
    expect(after.answeredBy).not.toBe(first.answeredBy);
  });

  it('forgets an answer when the cache entry it was made from is written, and only that one', async () => {
    const one = await get('/artiklar/sju');
    const other = await get('/artiklar/atta');
    await settled();
    cacheWritten('/sv/artiklar/sju');
    expect((await get('/artiklar/sju')).answeredBy).not.toBe(one.answeredBy);
    expect((await get('/artiklar/atta')).answeredBy).toBe(other.answeredBy);
  });

  it('does not keep an answer whose page changed while it was being answered', async () => {
    const answersBefore = answers.kept;
    const first = await get('/skrivs-om');
    await settled();
    expect(answers.kept).toBe(answersBefore);
    expect((await get('/skrivs-om')).answeredBy).not.toBe(first.answeredBy);
    const own = await get('/skrivs-om-sjalv');
    await settled();
    expect(answers.kept).toBe(answersBefore);
    expect((await get('/skrivs-om-sjalv')).answeredBy).not.toBe(own.answeredBy);
  });

  it.each([
    ['a render (MISS)', '/renderad'],
    ['a stale answer', '/inaktuell'],
    ['a page with a shorter lifetime', '/en-minut'],
    ['an answer that sets a cookie', '/kaka'],
    ['a 404', '/saknas'],
    ['a streamed body', '/strom'],
  ])('never keeps %s', async (_kind, path) => {
    const first = await get(path);
    await settled();
    expect((await get(path)).answeredBy).not.toBe(first.answeredBy);
  });

  it.each([
    ['an RSC request', { RSC: '1' }],
    ['a prefetch', { 'Next-Router-Prefetch': '1' }],
    ['a router state', { 'Next-Router-State-Tree': '%5B%5D' }],
    ['a server action', { 'Next-Action': 'abc' }],
    ['a range', { Range: 'bytes=0-10' }],
    ['draft mode', { Cookie: 'x=1; __prerender_bypass=abc' }],
  ])('sends %s on to Next even for a kept page', async (_kind, headers) => {
    const kept = await get('/artiklar/fem');
    await settled();
    expect((await get('/artiklar/fem')).answeredBy).toBe(kept.answeredBy);
    expect((await get('/artiklar/fem', headers)).answeredBy).not.toBe(kept.answeredBy);
  });

  it('sends an address with a query on to Next', async () => {
    const kept = await get('/artiklar/sex');
    await settled();
    expect((await get('/artiklar/sex?_rsc=1')).answeredBy).not.toBe(kept.answeredBy);
  });
});

describe('the warm-up', () => {
  it("reads every page of the sitemap once, so that its first reader is answered from memory", async () => {
    const before = nextAnswers;
    const lines: string[] = [];
    const warm = keepWarm({ origin, answers, log: (line) => lines.push(line) });
    await expect.poll(() => lines.length, { timeout: 5000 }).toBe(1);
    warm.stop();
    // The index, its one file, and the two pages it lists.
    expect(nextAnswers - before).toBe(4);
    expect(lines[0]).toMatch(/^answers: read 2 pages once, \d+ kept in memory/);
    const answeredAfter = nextAnswers;
    expect((await get('/artiklar/varm')).status).toBe(200);
    expect((await get('/en/articles/warm')).status).toBe(200);
    expect(nextAnswers).toBe(answeredAfter);
  });

  it('reads only the listed pages the build prerendered when it has their list, and says how many it left', async () => {
    cacheChanged();
    const before = nextAnswers;
    const lines: string[] = [];
    const warm = keepWarm({ origin, answers, prerendered: new Set(['/artiklar/varm']), log: (line) => lines.push(line) });
    await expect.poll(() => lines.length, { timeout: 5000 }).toBe(1);
    warm.stop();
    // The index, its one file, and the one page of the two that the build prerendered.
    expect(nextAnswers - before).toBe(3);
    expect(lines[0]).toMatch(/^answers: read 1 pages once \(1 listed pages the build did not prerender are left to their first reader\), \d+ kept in memory/);
    const answeredAfter = nextAnswers;
    expect((await get('/artiklar/varm')).status).toBe(200);
    expect(nextAnswers).toBe(answeredAfter);
    expect((await get('/en/articles/warm')).status).toBe(200);
    expect(nextAnswers).toBe(answeredAfter + 1);
  });

  it("reads the build's list of prerendered pages, and has none from a missing or broken file", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prerendered-paths-'));
    try {
      const file = path.join(dir, 'prerendered-paths.json');
      expect(readPrerenderedPaths(file)).toBeNull();
      fs.writeFileSync(file, '{"inte": "en lista"}');
      expect(readPrerenderedPaths(file)).toBeNull();
      fs.writeFileSync(file, '["/", "/artiklar/a", "/en/articles/a"]\n');
      expect(readPrerenderedPaths(file)).toEqual(new Set(['/', '/artiklar/a', '/en/articles/a']));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads them again a moment after a revalidation has voided every answer', async () => {
    const lines: string[] = [];
    const warm = keepWarm({ origin, answers, log: (line) => lines.push(line), delayMs: 50 });
    await expect.poll(() => lines.length, { timeout: 5000 }).toBe(1);
    cacheChanged();
    expect(answers.get('/artiklar/varm')).toBeUndefined();
    await expect.poll(() => lines.length, { timeout: 5000 }).toBe(2);
    warm.stop();
    const answered = nextAnswers;
    expect((await get('/artiklar/varm')).status).toBe(200);
    expect(nextAnswers).toBe(answered);
  });

  it('reads the sitemap addresses and their alternates as paths, with their last change', () => {
    const xml = '<urlset><url><loc>https://example.se/artiklar/a</loc><lastmod>2024-05-01T10:00:00.000Z</lastmod><xhtml:link rel="alternate" hreflang="sv" href="https://example.se/artiklar/a"/><xhtml:link rel="alternate" hreflang="en" href="https://example.se/en/articles/a?x=1&amp;y=2"/></url><url><loc>inte en adress</loc></url><url><loc>https://example.se/amnen</loc></url></urlset>';
    const may = Date.parse('2024-05-01T10:00:00.000Z');
    expect(sitemapPaths(xml)).toEqual([
      { path: '/artiklar/a', modified: may },
      { path: '/artiklar/a', modified: may },
      { path: '/en/articles/a', modified: may },
      { path: '/amnen', modified: 0 },
    ]);
  });
});

describe('the rules', () => {
  const request = (method: string, url: string, headers: http.IncomingHttpHeaders = {}) => ({ method, url, headers }) as http.IncomingMessage;

  it('asks memory only for plain reads of an address', () => {
    expect(askable(request('GET', '/artiklar/x', { 'accept-encoding': 'gzip', 'user-agent': 'Googlebot', cookie: 'a=b' }))).toBe(true);
    expect(askable(request('HEAD', '/'))).toBe(true);
    expect(askable(request('POST', '/artiklar/x'))).toBe(false);
    expect(askable(request('GET', '/sok?q=vatgas'))).toBe(false);
    expect(askable(request('GET', '/artiklar/x', { 'next-url': '/en' }))).toBe(false);
    expect(askable(request('GET', '/artiklar/x', { 'x-prerender-revalidate': 'abc' }))).toBe(false);
    expect(askable(request('GET', `/${'a'.repeat(2000)}`))).toBe(false);
  });

  it('keeps only complete 200 answers from the cache that live as long as the deploy', () => {
    const hit = { 'x-nextjs-cache': 'HIT', 'cache-control': YEAR, 'content-length': '10' };
    expect(keepable(200, hit)).toBe(true);
    expect(keepable(200, { ...hit, 'content-encoding': 'gzip' })).toBe(true);
    expect(keepable(200, { ...hit, 'content-encoding': 'br' })).toBe(false);
    expect(keepable(200, { ...hit, 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' })).toBe(false);
    expect(keepable(200, { ...hit, 'cache-control': 's-maxage=315360000' })).toBe(false);
    expect(keepable(200, { ...hit, 'content-length': undefined })).toBe(false);
    expect(keepable(308, hit)).toBe(false);
  });

  it('holds at most its size, forgetting the least recently used first', () => {
    const small = new Answers(3000);
    const entry = (bytes: number) => ({ headers: {}, gzip: Buffer.alloc(bytes), length: bytes, bytes, keys: [] });
    small.set('/a', entry(1000), small.generation);
    small.set('/b', entry(1000), small.generation);
    small.get('/a');
    small.set('/c', entry(1500), small.generation);
    expect(small.get('/b')).toBeUndefined();
    expect(small.get('/a')).toBeDefined();
    expect(small.get('/c')).toBeDefined();
    expect(small.bytes).toBe(2500);
    small.set('/d', entry(4000), small.generation);
    expect(small.get('/d')).toBeUndefined();
  });
});

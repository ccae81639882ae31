// The production shape on this machine: Redis (6390), two instances of the standalone build
// (3001, 3002), the nginx front (8080), all from the repository's config files, on loopback.
// Run by `npm run test:cluster`, which first builds test/cluster/content with an article
// scheduled a few minutes ahead (scripts/cluster/build.mjs --schedule-in).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standaloneDir } from '../../scripts/cluster/build.mjs';
import { CLUSTER } from '../../scripts/cluster/ports.mjs';
import { startFront, startInstance, startRedis, waitForHttp, waitForRedis } from '../../scripts/cluster/processes.mjs';

const DIST = process.env.CLUSTER_DIST_DIR || '.next-cluster-test';
const SECRET = 'kluster-test-hemlighet';
const FRONT = CLUSTER.frontUrl;
const [PORT_A, PORT_B] = CLUSTER.instancePorts;
const ARTICLE = { path: '/artiklar/klustret-delar-sin-cache', title: 'Klustret delar sin cache' };
const fixture = JSON.parse(fs.readFileSync(path.join(DIST, 'cluster-fixture.json'), 'utf8'));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** GET (or another method) without following redirects; the body as text. */
async function request(url, { method = 'GET', headers = {}, body } = {}) {
  const response = await fetch(url, { method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(15_000) });
  return { status: response.status, headers: response.headers, body: await response.text() };
}
const instanceUrl = (port, pathname) => `http://localhost:${port}${pathname}`;
const plain = { 'accept-encoding': 'identity' };

function newRuntimeDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'regionbloggen-cluster-test-'));
}

describe('the front on its own, against stand-in instances', () => {
  /** @type {Record<string, number>} how often each stand-in path was asked for */
  const hits = {};
  const received = [];
  let servers = [];
  let front;
  let runtimeDir;

  beforeAll(async () => {
    const handler = (req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const key = `${url.pathname}${req.headers.rsc ? ' rsc' : ''}`;
      hits[key] = (hits[key] ?? 0) + 1;
      received.push({ method: req.method, path: url.pathname, authorization: req.headers.authorization });
      const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 's-maxage=31536000' };
      if (url.pathname === '/api/revalidate') return res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end('{"revalidated":true}');
      if (url.pathname === '/stand-in/stale') headers['x-nextjs-cache'] = 'STALE';
      if (url.pathname === '/stand-in/cookie') headers['set-cookie'] = 'NEXT_LOCALE=sv; Path=/';
      if (url.pathname === '/stand-in/private') headers['cache-control'] = 'private, no-cache, no-store, max-age=0, must-revalidate';
      if (req.headers.rsc === '1') headers['content-type'] = 'text/x-component';
      res.writeHead(200, headers).end(`${req.headers.rsc === '1' ? 'RSC' : '<!doctype html><p>HTML'} ${key} ${hits[key]} ${'text '.repeat(200)}`);
    };
    servers = await Promise.all(
      CLUSTER.instancePorts.map((port) => new Promise((resolve) => {
        const server = http.createServer(handler);
        server.listen(port, '127.0.0.1', () => resolve(server));
      })),
    );
    runtimeDir = newRuntimeDir();
    front = startFront(runtimeDir, { quiet: true });
    await waitForHttp(`${FRONT}/stand-in/warm-up`);
  });

  afterAll(async () => {
    await front?.stop();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    fs.rmSync(runtimeDir, { recursive: true, force: true });
  });

  it('stores a page its headers allow, and serves it again without asking an instance', async () => {
    const first = await request(`${FRONT}/stand-in/page`, { headers: plain });
    const second = await request(`${FRONT}/stand-in/page`, { headers: plain });
    expect(first.status).toBe(200);
    expect(first.headers.get('x-cache-status')).toBe('MISS');
    expect(second.headers.get('x-cache-status')).toBe('HIT');
    expect(second.body).toBe(first.body);
    expect(hits['/stand-in/page']).toBe(1);
  });

  it('never stores a STALE response, a response setting a cookie, or a private one', async () => {
    for (const pathname of ['/stand-in/stale', '/stand-in/cookie', '/stand-in/private']) {
      await request(`${FRONT}${pathname}`, { headers: plain });
      const again = await request(`${FRONT}${pathname}`, { headers: plain });
      expect(again.status, pathname).toBe(200);
      expect(again.headers.get('x-cache-status'), pathname).toBe('MISS');
      expect(hits[pathname], pathname).toBe(2);
    }
    const cookie = await request(`${FRONT}/stand-in/cookie`, { headers: plain });
    expect(cookie.headers.get('set-cookie')).toBe('NEXT_LOCALE=sv; Path=/');
    // A request with credentials is neither answered from the cache nor stored.
    await request(`${FRONT}/stand-in/page-with-credentials`, { headers: { ...plain, authorization: 'Bearer abc' } });
    const afterCredentials = await request(`${FRONT}/stand-in/page-with-credentials`, { headers: plain });
    expect(afterCredentials.headers.get('x-cache-status')).toBe('MISS');
    expect(hits['/stand-in/page-with-credentials']).toBe(2);
  });

  it('keeps the HTML and the RSC payload of one URL apart', async () => {
    const html = await request(`${FRONT}/stand-in/route`, { headers: plain });
    const rsc = await request(`${FRONT}/stand-in/route`, { headers: { ...plain, RSC: '1' } });
    const rscAgain = await request(`${FRONT}/stand-in/route`, { headers: { ...plain, RSC: '1' } });
    const htmlAgain = await request(`${FRONT}/stand-in/route`, { headers: plain });
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.body).toContain('<p>HTML');
    expect(rsc.headers.get('content-type')).toBe('text/x-component');
    expect(rsc.body.startsWith('RSC ')).toBe(true);
    expect(rscAgain.headers.get('x-cache-status')).toBe('HIT');
    expect(rscAgain.body).toBe(rsc.body);
    expect(htmlAgain.headers.get('x-cache-status')).toBe('HIT');
    expect(htmlAgain.body).toBe(html.body);
    const viaQuery = await request(`${FRONT}/stand-in/route?_rsc=abc12`, { headers: { ...plain, RSC: '1' } });
    expect(viaQuery.headers.get('x-cache-status')).toBe('MISS');
    expect(viaQuery.headers.get('content-type')).toBe('text/x-component');
  });

  it('compresses for a reader who accepts gzip, and not for one who does not', async () => {
    const gzip = await fetch(`${FRONT}/stand-in/compressed`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.status).toBe(200);
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toContain('<p>HTML');
    const identity = await request(`${FRONT}/stand-in/compressed`, { headers: plain });
    expect(identity.headers.get('content-encoding')).toBeNull();
    expect(identity.body).toContain('<p>HTML');
  });

  it('refuses methods other than GET, HEAD and OPTIONS on pages, and forwards POST /api/revalidate', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const refused = await request(`${FRONT}/stand-in/page`, { method, headers: plain, body: method === 'DELETE' ? undefined : 'x' });
      expect(refused.status, method).toBe(405);
      expect(refused.headers.get('allow'), method).toBe('GET, HEAD, OPTIONS');
    }
    const options = await request(`${FRONT}/stand-in/page`, { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    const head = await request(`${FRONT}/stand-in/page`, { method: 'HEAD', headers: plain });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(received.filter((r) => r.method !== 'GET' && r.path === '/stand-in/page')).toEqual([]);

    const revalidate = await request(`${FRONT}/api/revalidate`, { method: 'POST', headers: { authorization: 'Bearer abc' }, body: '{}' });
    expect(revalidate.status).toBe(200);
    expect(JSON.parse(revalidate.body)).toEqual({ revalidated: true });
    expect(received.filter((r) => r.path === '/api/revalidate')).toEqual([{ method: 'POST', path: '/api/revalidate', authorization: 'Bearer abc' }]);
  });

  it('keeps a page at most 20 s, so a revalidation shows through without a purge', async () => {
    await request(`${FRONT}/stand-in/lifetime`, { headers: plain });
    await sleep(21_000);
    // The first request after expiry is answered from the cache while it is refreshed.
    const expired = await request(`${FRONT}/stand-in/lifetime`, { headers: plain });
    expect(['UPDATING', 'EXPIRED', 'STALE']).toContain(expired.headers.get('x-cache-status'));
    await sleep(300);
    const fresh = await request(`${FRONT}/stand-in/lifetime`, { headers: plain });
    expect(fresh.headers.get('x-cache-status')).toBe('HIT');
    expect(fresh.body).toContain('/stand-in/lifetime 2 ');
  }, 40_000);
});

describe('two instances sharing their cache in Redis, behind the front', () => {
  let runtimeDir;
  let redis;
  let front;
  /** @type {Record<number, ReturnType<typeof startInstance>>} */
  const instances = {};
  /** Requests served per load phase, printed at the end. */
  const served = [];

  const runtimeEnv = { REVALIDATE_SECRET: SECRET };
  /** The instances run from a copy of the standalone folder outside the repository, as a deploy would. */
  let releaseDir;
  async function start(port) {
    instances[port] = startInstance(port, { distDir: DIST, releaseDir, runtimeEnv, quiet: true });
    await waitForHttp(instanceUrl(port, '/'));
  }

  beforeAll(async () => {
    runtimeDir = newRuntimeDir();
    releaseDir = path.join(runtimeDir, 'release');
    // Verbatim, as `cp -a` or rsync copies: Turbopack links a hashed package name to its folder.
    fs.cpSync(standaloneDir(DIST), releaseDir, { recursive: true, verbatimSymlinks: true });
    redis = startRedis(runtimeDir, { quiet: true });
    await waitForRedis();
    await Promise.all(CLUSTER.instancePorts.map(start));
    front = startFront(runtimeDir, { quiet: true });
    await waitForHttp(`${FRONT}/`);
  });

  afterAll(async () => {
    await front?.stop();
    await Promise.all(Object.values(instances).map((instance) => instance.stop()));
    await redis?.stop();
    if (runtimeDir) fs.rmSync(runtimeDir, { recursive: true, force: true });
    if (served.length > 0) {
      console.log(['', '| load phase | requests served | failed | 5xx |', '| --- | ---: | ---: | ---: |', ...served.map((p) => `| ${p.name} | ${p.requests} | ${p.failed} | ${p.status5xx} |`)].join('\n'));
    }
  });

  it('serves a page rendered by one instance from the other, out of Redis', async () => {
    const first = await request(instanceUrl(PORT_B, ARTICLE.path), { headers: plain });
    expect(first.status).toBe(200);
    expect(first.body).toContain(`<h1`);
    expect(first.body).toContain(ARTICLE.title);
    const other = await request(instanceUrl(PORT_A, ARTICLE.path), { headers: plain });
    expect(other.status).toBe(200);
    expect(other.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(other.body).toContain(ARTICLE.title);
    // Served from Redis without Next's client runtime (lib/serving/page-scripts.mjs), as on one machine.
    expect(other.body).not.toMatch(/<script[^>]*\ssrc="\/_next\//);
    expect(other.body).not.toContain('self.__next_f');
    expect(other.body).toContain('<script type="speculationrules">');
    // Both keep their keys under this build's id.
    const buildId = fs.readFileSync(path.join(DIST, 'BUILD_ID'), 'utf8').trim();
    for (const port of CLUSTER.instancePorts) expect(instances[port].output()).toContain(`keys regionbloggen:${buildId}:*`);
  });

  it('serves every page type from the copied folder alone', async () => {
    const pages = [
      ['/', 200, 'text/html', ARTICLE.title],
      ['/artiklar', 200, 'text/html', 'Fronten tål belastning'],
      [ARTICLE.path, 200, 'text/html', '<time dateTime="2019-05-14">14 maj 2019</time>'],
      ['/amnen', 200, 'text/html', 'Drift'],
      ['/amnen/drift', 200, 'text/html', ARTICLE.title],
      ['/skribenter', 200, 'text/html', 'Eva Ek'],
      ['/skribenter/eva-ek', 200, 'text/html', 'Eva Ek'],
      ['/arkiv', 200, 'text/html', 'href="/arkiv/2019"'],
      ['/arkiv/2019', 200, 'text/html', 'maj 2019'],
      ['/skribenter/eva-ek', 200, 'text/html', ARTICLE.title],
      ['/sok', 200, 'text/html', '<h1'],
      ['/tillganglighet', 200, 'text/html', '<h1'],
      ['/en', 200, 'text/html', 'lang="en"'],
      ['/en/articles', 200, 'text/html', ARTICLE.title],
      [`/en/articles/klustret-delar-sin-cache`, 200, 'text/html', 'lang="sv"'],
      ['/feed.xml', 200, 'xml', `<title>${ARTICLE.title}</title>`],
      ['/atom.xml', 200, 'xml', ARTICLE.title],
      ['/en/feed.xml', 200, 'xml', '<rss'],
      ['/sitemap.xml', 200, 'xml', `${FRONT}/sitemaps/artiklar-2019.xml`],
      ['/sitemaps/artiklar-2019.xml', 200, 'xml', `${FRONT}${ARTICLE.path}`],
      ['/robots.txt', 200, 'text/plain', 'Sitemap:'],
      ['/artiklar/finns-inte', 404, 'text/html', 'Sidan hittades inte'],
    ];
    for (const [pathname, status, type, text] of pages) {
      const response = await request(instanceUrl(PORT_A, pathname), { headers: plain });
      expect(response.status, pathname).toBe(status);
      expect(response.headers.get('content-type'), pathname).toContain(type);
      expect(response.body, pathname).toContain(text);
    }
    // What the pages load: the stylesheet, the search page's script (the one page that keeps
    // Next's runtime), the search index, a content image through next/image, the share image.
    const html = (await request(instanceUrl(PORT_A, ARTICLE.path), { headers: plain })).body;
    const stylesheet = /<link rel="stylesheet" href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
    expect(stylesheet).toBeDefined();
    const search = (await request(instanceUrl(PORT_A, '/sok'), { headers: plain })).body;
    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(search)?.[1];
    expect(script).toBeDefined();
    const assets = [
      [stylesheet, 'text/css'],
      [script, 'javascript'],
      ['/pagefind/sv/pagefind.js', 'javascript'],
      [`/_next/image?url=${encodeURIComponent('/media/skribenter/eva-ek.png')}&w=64&q=75`, 'image/'],
      ['/og/sv/klustret-delar-sin-cache.png', 'image/png'],
    ];
    for (const [pathname, type] of assets) {
      const response = await fetch(instanceUrl(PORT_A, pathname), { headers: { accept: 'image/webp,*/*' } });
      expect(response.status, pathname).toBe(200);
      expect(response.headers.get('content-type'), pathname).toContain(type);
      expect((await response.arrayBuffer()).byteLength, pathname).toBeGreaterThan(0);
    }
  });

  it('revalidated through 3001, the page is fresh on 3002 within 1 s', async () => {
    const before = await request(instanceUrl(PORT_B, ARTICLE.path), { headers: plain });
    expect(before.headers.get('x-nextjs-cache')).toBe('HIT');

    const revalidate = await request(instanceUrl(PORT_A, '/api/revalidate'), {
      method: 'POST',
      headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' },
      body: JSON.stringify({ paths: [ARTICLE.path] }),
    });
    expect(revalidate.status).toBe(200);
    expect(JSON.parse(revalidate.body)).toMatchObject({ revalidated: true, paths: [ARTICLE.path] });
    const revalidatedAt = Date.now();

    // 3002 renders anew (its Redis entry is gone) instead of serving what it had...
    const after = await request(instanceUrl(PORT_B, ARTICLE.path), { headers: plain });
    const elapsed = Date.now() - revalidatedAt;
    expect(after.status).toBe(200);
    expect(after.headers.get('x-nextjs-cache')).toBe('MISS');
    expect(after.body).toContain(ARTICLE.title);
    expect(elapsed).toBeLessThan(1_000);
    // ...and that new render is what 3001 serves.
    const shared = await request(instanceUrl(PORT_A, ARTICLE.path), { headers: plain });
    expect(shared.headers.get('x-nextjs-cache')).toBe('HIT');
  });

  it('serves the real pages through the front: cached, compressed, RSC apart, revalidation forwarded', async () => {
    const miss = await request(`${FRONT}${ARTICLE.path}?front=1`, { headers: plain });
    const hit = await request(`${FRONT}${ARTICLE.path}?front=1`, { headers: plain });
    expect(miss.status).toBe(200);
    expect(hit.headers.get('x-cache-status')).toBe('HIT');
    expect(hit.body).toContain(ARTICLE.title);
    expect(hit.headers.get('content-type')).toContain('text/html');

    const gzip = await fetch(`${FRONT}${ARTICLE.path}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toContain(ARTICLE.title);

    // A client-side navigation asks with the RSC header; Next answers with its payload.
    const rsc = await fetch(`${FRONT}${ARTICLE.path}`, { headers: { ...plain, RSC: '1' } });
    expect(rsc.status).toBe(200);
    expect(rsc.headers.get('content-type')).toContain('text/x-component');
    expect(await rsc.text()).not.toContain('<!DOCTYPE html>');

    const refused = await request(`${FRONT}${ARTICLE.path}`, { method: 'POST', body: 'x' });
    expect(refused.status).toBe(405);
    const unauthorized = await request(`${FRONT}/api/revalidate`, { method: 'POST', headers: { authorization: 'Bearer fel' } });
    expect(unauthorized.status).toBe(401);
    // One article only: the listings are left for the scheduled article's test.
    const revalidated = await request(`${FRONT}/api/revalidate`, { method: 'POST', headers: { authorization: `Bearer ${SECRET}` }, body: JSON.stringify({ paths: [ARTICLE.path] }) });
    expect(revalidated.status).toBe(200);
    expect(JSON.parse(revalidated.body)).toMatchObject({ revalidated: true, scope: 'paths', paths: [ARTICLE.path] });
  });

  // Before the faults: the instances' scheduler must be running when the article's time comes.
  it('shows a scheduled article through the front and on both instances within 60 s of its time', async () => {
    const { scheduledAt, scheduled } = fixture;
    const at = Date.parse(scheduledAt);
    const articlePath = `/artiklar/${scheduled.slug}`;
    if (Date.now() < at) {
      const early = await request(`${FRONT}${articlePath}`, { headers: plain });
      expect(early.status).toBe(404);
      const listing = await request(`${FRONT}/artiklar`, { headers: plain });
      expect(listing.body).not.toContain(scheduled.title);
    }
    if (Date.now() > at) console.log(`the tests reached the scheduled article ${Math.round((Date.now() - at) / 1000)} s after its time: build with a longer CLUSTER_LEAD_SECONDS`);
    const deadline = at + 60_000;
    const where = [
      ['front, article', `${FRONT}${articlePath}`],
      ['front, listing', `${FRONT}/artiklar`],
      [`instance ${PORT_A}`, instanceUrl(PORT_A, articlePath)],
      [`instance ${PORT_B}`, instanceUrl(PORT_B, articlePath)],
    ];
    const seenAt = {};
    const last = {};
    while (Object.keys(seenAt).length < where.length && Date.now() < deadline) {
      for (const [name, url] of where) {
        if (seenAt[name] !== undefined) continue;
        const response = await request(url, { headers: plain });
        last[name] = `${response.status} front ${response.headers.get('x-cache-status')} next ${response.headers.get('x-nextjs-cache')}`;
        if (response.status === 200 && response.body.includes(scheduled.title)) seenAt[name] = Math.round((Date.now() - at) / 1000);
      }
      await sleep(1_000);
    }
    console.log(`scheduled article ${scheduledAt}: seen (seconds after its time) ${JSON.stringify(seenAt)}`);
    expect(Object.keys(seenAt).sort(), `still missing at ${scheduledAt} + 60 s: ${JSON.stringify(last)}`).toEqual(where.map(([name]) => name).sort());
  }, 400_000);

  /**
   * True once, within `seconds`, a page revalidated through instance `via` is rendered anew by
   * `other` and that render is what `via` then serves: both read and write the same Redis.
   */
  async function sharesWithin(seconds, via, other, page) {
    for (let attempt = 0; attempt < seconds; attempt += 1) {
      await request(instanceUrl(via, '/api/revalidate'), { method: 'POST', headers: { authorization: `Bearer ${SECRET}` }, body: JSON.stringify({ paths: [page] }) });
      const rendered = await request(instanceUrl(other, page), { headers: plain });
      const served = await request(instanceUrl(via, page), { headers: plain });
      if (rendered.status === 200 && rendered.headers.get('x-nextjs-cache') === 'MISS' && served.headers.get('x-nextjs-cache') === 'HIT') return true;
      await sleep(1_000);
    }
    return false;
  }

  /**
   * Bounded load through the front (8 connections, at most 150 req/s) on pages it caches and on
   * addresses it has never seen (a new query string each time), so the instances and Redis
   * take part too.
   */
  function load(seconds) {
    let n = 0;
    return autocannon({
      url: FRONT,
      connections: 8,
      overallRate: 150,
      duration: seconds,
      timeout: 10,
      headers: plain,
      requests: [
        { method: 'GET', path: ARTICLE.path },
        { method: 'GET', path: '/artiklar' },
        { method: 'GET', path: '/feed.xml' },
        { method: 'GET', setupRequest: (req) => ({ ...req, path: `${ARTICLE.path}?load=${n++}` }) },
      ],
    });
  }

  async function phase(name, seconds, action) {
    const running = load(seconds);
    await sleep(1_000);
    await action();
    const result = await running;
    const summary = { name, requests: result.requests.total, failed: result.errors + result.timeouts, status5xx: result['5xx'], non2xx: result.non2xx };
    served.push(summary);
    expect(summary, name).toMatchObject({ failed: 0, status5xx: 0, non2xx: 0 });
    // At least 10 req/s got through: the load did run (the machine may be busy).
    expect(summary.requests, name).toBeGreaterThan(seconds * 10);
  }

  it('under load: an instance killed, then restarted; Redis stopped, then started; no request fails', async () => {
    await phase(`kill instance ${PORT_A}`, 6, async () => {
      await instances[PORT_A].stop('SIGKILL');
      await sleep(3_000);
    });
    await phase(`restart instance ${PORT_A}`, 8, async () => {
      await start(PORT_A);
      await sleep(2_000);
    });
    const restarted = await request(instanceUrl(PORT_A, ARTICLE.path), { headers: plain });
    expect(restarted.status).toBe(200);
    expect(restarted.headers.get('x-nextjs-cache')).toBe('HIT');

    await phase('stop Redis', 8, async () => {
      await redis.stop();
      await sleep(4_000);
    });
    // Without Redis each instance serves its own render, rendered once and then kept in memory.
    const alone = await request(instanceUrl(PORT_B, ARTICLE.path), { headers: plain });
    expect(alone.status).toBe(200);
    expect(alone.body).toContain(ARTICLE.title);
    const aloneAgain = await request(instanceUrl(PORT_B, ARTICLE.path), { headers: plain });
    expect(aloneAgain.headers.get('x-nextjs-cache')).toBe('HIT');

    await phase('start Redis', 10, async () => {
      redis = startRedis(runtimeDir, { quiet: true });
      await waitForRedis();
      await sleep(4_000);
    });
    // Both rejoin (within about 7 s of Redis answering): revalidated through one, a page is
    // rendered anew by the other, and that render is what the first then serves.
    expect(await sharesWithin(20, PORT_A, PORT_B, '/artiklar/fronten-tal-belastning')).toBe(true);
    // Each instance said once that Redis went away and once that it came back.
    for (const port of CLUSTER.instancePorts) {
      const said = instances[port].output().split('\n').filter((line) => line.startsWith('Redis cache at '));
      expect(said.filter((line) => / is unreachable /.test(line)), `instance ${port}: ${said.join(' | ')}`).toHaveLength(1);
      expect(said.filter((line) => / is back: /.test(line)), `instance ${port}: ${said.join(' | ')}`).toHaveLength(1);
    }
  }, 90_000);

  it('under load: both instances restarted one after the other; no request fails', async () => {
    await phase('rolling restart', 20, async () => {
      for (const port of CLUSTER.instancePorts) {
        await instances[port].stop('SIGTERM');
        await start(port);
        await sleep(1_000);
      }
    });
  }, 60_000);

  it('an instance started while Redis is down serves its own renders, and joins when Redis comes', async () => {
    await redis.stop();
    await instances[PORT_B].stop();
    await start(PORT_B);
    const alone = await request(instanceUrl(PORT_B, ARTICLE.path), { headers: plain });
    expect(alone.status).toBe(200);
    expect(alone.body).toContain(ARTICLE.title);
    // It says so once Redis has not answered for 5 s.
    await sleep(6_000);
    expect(instances[PORT_B].output()).toMatch(/Redis cache at \S+ is unreachable \(/);

    redis = startRedis(runtimeDir, { quiet: true });
    await waitForRedis();
    expect(await sharesWithin(20, PORT_B, PORT_A, '/skribenter/eva-ek')).toBe(true);
  }, 60_000);

  it('serves the pages it holds when every instance is down', async () => {
    const warm = await request(`${FRONT}${ARTICLE.path}`, { headers: plain });
    expect(warm.status).toBe(200);
    await Promise.all(CLUSTER.instancePorts.map((port) => instances[port].stop()));
    try {
      const stale = await request(`${FRONT}${ARTICLE.path}`, { headers: plain });
      expect(stale.status).toBe(200);
      expect(stale.body).toContain(ARTICLE.title);
      expect(['HIT', 'STALE', 'UPDATING']).toContain(stale.headers.get('x-cache-status'));
      // A page the front never held has nothing to fall back on.
      const unknown = await request(`${FRONT}${ARTICLE.path}?never-seen=1`, { headers: plain });
      expect(unknown.status).toBe(502);
    } finally {
      await Promise.all(CLUSTER.instancePorts.map(start));
    }
  });

});

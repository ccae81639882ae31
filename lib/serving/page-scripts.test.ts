import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_FOUND_REQUEST_HEADER } from './not-found-page.mjs';
import { KEEP_SCRIPTS_ATTRIBUTE, keepScripts, rendersWithoutRuntime, servedEntry, withoutRuntime } from './page-scripts.mjs';

// The tags as Next 16 and React 19 write them into a prerendered page (seen in `next build` output).
const head = [
  '<meta charSet="utf-8"/>',
  '<link rel="preload" href="/_next/static/media/serif.woff2" as="font" crossorigin="" type="font/woff2"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/25vfs617ladhu.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/2_xf99yxhp4od.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/modul.js"/>',
  '<script src="/_next/static/chunks/turbopack-077hmtqrhcoji.js" async=""></script>',
  '<script src="/_next/static/chunks/30tb0sahih0p1.js" async=""></script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  '<title>En artikel – Regionbloggen</title>',
  '<link rel="canonical" href="https://example.se/artiklar/en-artikel"/>',
].join('');
const body = [
  '<a href="#main" class="skip-link">Till innehållet</a>',
  '<main id="main"><article><h1>En artikel</h1><p>Text om &lt;script&gt; och self.__next_f.</p></article></main>',
  '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle"}</script>',
  '<script type="speculationrules">{"prefetch":[{"where":{"href_matches":"/*"},"eagerness":"moderate"}]}</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/2_xf99yxhp4od.js"]});</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[39756,[],\\"default\\"]\\n3:\\"\\u003c/script\\u003e i en text\\"\\n"])</script>',
  '<script>self.__next_f.push([1,"4:[\\"$\\",\\"h1\\",null,{\\"children\\":\\"En artikel\\"}]\\n"])</script>',
  '<script>document.documentElement.dataset.egen = "1"</script>',
].join('');
const page = `<!DOCTYPE html><html lang="sv"><head>${head}</head><body>${body}</body></html>`;

describe('a page served without Next’s runtime', () => {
  const served = withoutRuntime(page);

  it('has none of the runtime’s script files, preloads, bootstrap or inline RSC payload', () => {
    expect(served).not.toMatch(/<script[^>]*\ssrc=/);
    expect(served).not.toContain('as="script"');
    expect(served).not.toContain('modulepreload');
    expect(served).not.toContain('TURBOPACK');
    expect(served).not.toContain('<script>self.__next_f');
    expect(served).not.toContain('<script>(self.__next_f');
    expect(served).not.toContain('$Sreact.fragment');
  });

  it('keeps everything else as it was: head, content, structured data, speculation rules and other scripts', () => {
    const kept = [
      '<!DOCTYPE html><html lang="sv"><head><meta charSet="utf-8"/>',
      '<link rel="preload" href="/_next/static/media/serif.woff2" as="font" crossorigin="" type="font/woff2"/>',
      '<link rel="stylesheet" href="/_next/static/chunks/25vfs617ladhu.css" data-precedence="next"/>',
      '<title>En artikel – Regionbloggen</title><link rel="canonical" href="https://example.se/artiklar/en-artikel"/></head>',
      '<body><a href="#main" class="skip-link">Till innehållet</a>',
      '<main id="main"><article><h1>En artikel</h1><p>Text om &lt;script&gt; och self.__next_f.</p></article></main>',
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle"}</script>',
      '<script type="speculationrules">{"prefetch":[{"where":{"href_matches":"/*"},"eagerness":"moderate"}]}</script>',
      '<script>document.documentElement.dataset.egen = "1"</script>',
      '</body></html>',
    ].join('');
    expect(served).toBe(kept);
  });

  it('is the same when served again', () => {
    expect(withoutRuntime(served)).toBe(served);
  });

  it('leaves a page that keeps the runtime as Next made it', () => {
    expect(KEEP_SCRIPTS_ATTRIBUTE).toBe('data-page-scripts="keep"');
    expect(Object.keys(keepScripts)).toEqual(['data-page-scripts']);
    const search = page.replace('<main id="main">', `<main id="main"><div ${KEEP_SCRIPTS_ATTRIBUTE}></div>`);
    expect(withoutRuntime(search)).toBe(search);
  });

  it('is kept only by the attribute itself, not by a text that quotes it', () => {
    const quoted = page.replace('<p>Text', '<p>data-page-scripts=&quot;keep&quot; Text');
    expect(withoutRuntime(quoted)).not.toContain('30tb0sahih0p1.js');
  });
});

describe('a cache entry as the handlers serve it', () => {
  it('is an app page with its HTML served without the runtime, everything else as stored', () => {
    const entry = { lastModified: 1, value: { kind: 'APP_PAGE', html: page, rscData: Buffer.from('rsc'), status: 200, headers: { 'x-next-cache-tags': 'a' } } };
    const served = servedEntry(entry);
    expect(served.value.html).toBe(withoutRuntime(page));
    expect(served.value.rscData).toBe(entry.value.rscData);
    expect(served.value.headers).toBe(entry.value.headers);
    expect(served.lastModified).toBe(1);
    // What is stored is not changed.
    expect(entry.value.html).toBe(page);
  });

  it('is returned as it is when it is no app page, or has nothing to take away', () => {
    const route = { value: { kind: 'APP_ROUTE', body: Buffer.from(page), status: 200, headers: {} } };
    expect(servedEntry(route)).toBe(route);
    const fetched = { value: { kind: 'FETCH', data: { body: page } } };
    expect(servedEntry(fetched)).toBe(fetched);
    // A 404 or a redirect, and Next's error shell, whose page the runtime draws.
    const missing = { value: { kind: 'APP_PAGE', html: page, status: 404 } };
    expect(servedEntry(missing)).toBe(missing);
    const shell = { value: { kind: 'APP_PAGE', html: page.replace('<html lang="sv">', '<html id="__next_error__">'), status: 200 } };
    expect(servedEntry(shell)).toBe(shell);
    const plain = { value: { kind: 'APP_PAGE', html: '<h1>Ren</h1>' } };
    expect(servedEntry(plain)).toBe(plain);
    expect(servedEntry(null)).toBe(null);
  });
});

describe('a page rendered for its request, as server.mjs sends it', () => {
  // A stand-in for Next: each path answers as Next answers one kind of request.
  let server: import('node:http').Server;
  let origin = '';
  const rendered = (response: import('node:http').ServerResponse, cache: string, status = 200) => {
    response.statusCode = status;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('x-nextjs-cache', cache);
  };

  beforeAll(async () => {
    const http = await import('node:http');
    const next = (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => {
      const url = request.url ?? '/';
      if (url === '/renderad') {
        // Rendered now: headers set one by one, the page in two pieces.
        rendered(response, 'MISS');
        response.setHeader('Content-Length', Buffer.byteLength(page));
        response.write(page.slice(0, 500));
        response.end(page.slice(500));
      } else if (url === '/skrivhuvud') {
        // The same, its headers given to writeHead.
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'x-nextjs-cache': 'MISS', 'Content-Length': String(Buffer.byteLength(page)) });
        response.end(page);
      } else if (url === '/fran-cachen') {
        rendered(response, 'HIT');
        response.end(page);
      } else if (url === '/saknas') {
        rendered(response, 'MISS', 404);
        response.end(page);
      } else if (url === '/sok') {
        rendered(response, 'MISS');
        response.end(page.replace('<main id="main">', `<main id="main"><div ${KEEP_SCRIPTS_ATTRIBUTE}></div>`));
      } else {
        response.setHeader('Content-Type', 'application/json');
        response.setHeader('x-nextjs-cache', 'MISS');
        response.end(JSON.stringify({ page }));
      }
    };
    server = http.createServer(rendersWithoutRuntime(next));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('comes without the runtime, with the length of what is sent, however Next wrote it', async () => {
    for (const path of ['/renderad', '/skrivhuvud']) {
      const response = await fetch(`${origin}${path}`);
      const body = await response.text();
      expect(body, path).toBe(withoutRuntime(page));
      expect(response.headers.get('content-length'), path).toBe(String(Buffer.byteLength(body)));
      expect(response.headers.get('x-nextjs-cache'), path).toBe('MISS');
    }
  });

  it('leaves every other answer as Next sent it: from the cache, a 404, a page keeping the runtime, not HTML, HEAD', async () => {
    expect(await (await fetch(`${origin}/fran-cachen`)).text()).toBe(page);
    const missing = await fetch(`${origin}/saknas`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe(page);
    expect(await (await fetch(`${origin}/sok`)).text()).toContain('30tb0sahih0p1.js');
    expect(JSON.parse(await (await fetch(`${origin}/data`)).text())).toEqual({ page });
    const head = await fetch(`${origin}/renderad`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(page)));
  });
});

describe('a 404, as server.mjs sends it', () => {
  // Next's error shell for an address a prerendered route does not have.
  const shell = '<!DOCTYPE html><html id="__next_error__"><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><div hidden=""><!--$--><!--/$--></div><script>self.__next_f.push([1,"x"])</script></body></html>';
  let server: import('node:http').Server;
  let origin = '';
  const asked: string[] = [];
  let pageComes = true;

  beforeAll(async () => {
    const http = await import('node:http');
    const next = (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => {
      const url = (request.url ?? '/').split('?')[0];
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      if (url === '/sidan-saknas' || url === '/en/sidan-saknas') {
        response.setHeader('x-nextjs-cache', 'HIT');
        response.end(page);
        return;
      }
      response.statusCode = 404;
      response.end(url === '/hel-sida' ? page : shell);
    };
    const notFoundPage = async (url: string) => {
      asked.push(url);
      if (!pageComes) throw new Error('no page');
      return page.replaceAll('En artikel', url.startsWith('/en/') ? 'Page not found' : 'Sidan hittades inte');
    };
    server = http.createServer(rendersWithoutRuntime(next, { notFoundPage }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('has the not-found page in the address’s language for a body, without the runtime, instead of the empty shell', async () => {
    for (const [path, title] of [['/artiklar/finns-inte', 'Sidan hittades inte'], ['/en/articles/does-not-exist', 'Page not found']]) {
      const response = await fetch(`${origin}${path}`);
      const body = await response.text();
      expect(response.status, path).toBe(404);
      expect(body, path).toContain(`<h1>${title}</h1>`);
      expect(body, path).not.toContain('__next_error__');
      expect(body, path).not.toMatch(/<script[^>]*\ssrc=/);
      expect(response.headers.get('content-length'), path).toBe(String(Buffer.byteLength(body)));
    }
    expect(asked).toEqual(['/artiklar/finns-inte', '/en/articles/does-not-exist']);
  });

  it('sends the shell as Next made it when the page does not come, so that the runtime still draws it', async () => {
    pageComes = false;
    try {
      const response = await fetch(`${origin}/artiklar/ingen-sida`);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe(shell);
    } finally {
      pageComes = true;
    }
  });

  it('sends a 404 that is a whole page without the runtime, and asks for no other page', async () => {
    const before = asked.length;
    const response = await fetch(`${origin}/hel-sida`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(withoutRuntime(page));
    expect(asked.length).toBe(before);
  });

  it('answers the not-found page asked for by its own address with 404, and server.mjs’s own request with the page', async () => {
    for (const path of ['/sidan-saknas', '/en/sidan-saknas', '/sidan-saknas?x=1']) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe(withoutRuntime(page));
    }
    expect((await fetch(`${origin}/sidan-saknas`, { method: 'HEAD' })).status).toBe(404);
    const own = await fetch(`${origin}/sidan-saknas`, { headers: { [NOT_FOUND_REQUEST_HEADER]: '1' } });
    expect(own.status).toBe(200);
  });
});

import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './pages';

const REQUIRED_HEADERS: Record<string, RegExp> = {
  'content-security-policy': /default-src 'self'.*object-src 'none'.*base-uri 'self'.*form-action 'self'.*frame-ancestors 'none'/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
  'x-frame-options': /^DENY$/,
  'cross-origin-opener-policy': /^same-origin$/,
};

test('every kind of response carries the security headers and no X-Powered-By', async ({ request }) => {
  const html = await (await request.get('/artiklar/nya-satsningar-pa-smart-industri')).text();
  const asset = /\/_next\/static\/[^"]+\.(?:js|css)/.exec(html)?.[0];
  const font = /\/_next\/static\/media\/[^"]+\.woff2/.exec(html)?.[0];
  expect(asset).toBeTruthy();
  const paths = ['/', '/en/articles', '/artiklar/nya-satsningar-pa-smart-industri', '/artiklar/finns-inte', '/feed.xml', '/atom.xml', '/sitemap.xml', '/robots.txt', asset!, font!, '/og/sv/nya-satsningar-pa-smart-industri.png', '/media/skribenter/johan-genneby.jpg'];
  for (const path of paths) {
    const response = await request.get(path);
    expect([200, 404], path).toContain(response.status());
    const headers = response.headers();
    for (const [name, pattern] of Object.entries(REQUIRED_HEADERS)) expect(headers[name], `${name} on ${path}`).toMatch(pattern);
    expect(headers['x-powered-by'], path).toBeUndefined();
    // No remote origin anywhere in the policy.
    expect(headers['content-security-policy'], path).not.toMatch(/https?:/);
  }
});

test('an x-middleware-subrequest header changes nothing', async ({ request }) => {
  for (const value of ['middleware', 'proxy:proxy:proxy:proxy:proxy', 'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware', 'x']) {
    const headers = { 'x-middleware-subrequest': value };
    // Routing still holds: Swedish paths are rewritten, English paths translated, bad locales 404.
    const english = await request.get('/en/articles', { headers });
    expect(english.status(), value).toBe(200);
    expect(await english.text()).toContain('All articles');
    expect((await request.get('/de/artiklar', { headers })).status(), value).toBe(404);
    expect((await request.post('/', { headers })).status(), value).toBe(405);
  }
});

test('/_next/image refuses outside URLs with a 4xx and optimizes our own images', async ({ request }) => {
  for (const url of ['https://example.com/a.png', '//example.com/a.png', 'http://127.0.0.1:22/', 'file:///etc/passwd']) {
    const response = await request.get(`/_next/image?url=${encodeURIComponent(url)}&w=640&q=75`);
    expect(response.status(), url).toBeGreaterThanOrEqual(400);
    expect(response.status(), url).toBeLessThan(500);
  }
  const own = await request.get(`/_next/image?url=${encodeURIComponent('/media/skribenter/johan-genneby.jpg')}&w=64&q=75`);
  expect(own.status()).toBe(200);
  expect(own.headers()['content-type']).toMatch(/^image\//);
});

test('a server-action POST is refused at once with a 4xx, and other methods with 405', async ({ request }) => {
  const action = await request.post('/', { headers: { 'Next-Action': '7f00000000000000000000000000000000000000', 'Content-Type': 'text/plain' }, data: '[]', timeout: 5_000 });
  expect(action.status()).toBeGreaterThanOrEqual(400);
  expect(action.status()).toBeLessThan(500);
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
    const response = await request.fetch('/artiklar', { method, timeout: 5_000 });
    expect(response.status(), method).toBe(405);
    expect(response.headers()['allow']).toBe('GET, HEAD');
  }
});

test('traversal and odd slugs give a 404 page or a redirect to the canonical address, never a 5xx', async ({ request }) => {
  const notFound = [
    '/artiklar/..%2f..%2fetc%2fpasswd',
    '/artiklar/..%252f..%252fetc%252fpasswd',
    '/artiklar/%2e%2e/%2e%2e/etc/passwd',
    '/artiklar/abc%00def',
    '/artiklar/%00',
    `/artiklar/${'a'.repeat(5000)}`,
    `/en/articles/${'b'.repeat(5000)}`,
    '/artiklar/%ff%fe',
    '/amnen/%C0%AF',
    '/de/artiklar/x',
    '/xx',
  ];
  for (const path of notFound) {
    const response = await request.get(path, { maxRedirects: 0, timeout: 10_000 });
    expect(response.status(), path.slice(0, 80)).toBe(404);
    expect(await response.text(), path.slice(0, 80)).toMatch(/Sidan hittades inte|Page not found/);
  }
  const upper = await request.get('/artiklar/Nya-Satsningar-Pa-Smart-Industri', { maxRedirects: 0 });
  expect(upper.status()).toBe(308);
  expect(upper.headers()['location']).toMatch(/\/artiklar\/nya-satsningar-pa-smart-industri$/);
  const encoded = await request.get('/artiklar/nya-satsningar-p%C3%A5-smart-industri', { maxRedirects: 0 });
  expect(encoded.status()).toBe(308);
  expect(encoded.headers()['location']).toMatch(/\/artiklar\/nya-satsningar-pa-smart-industri$/);
  expect((await request.get('/artiklar/nya-satsningar-p%C3%A5-smart-industri')).status()).toBe(200);
});

for (const pageType of PAGE_TYPES) {
  test(`${pageType.name}: no CSP violation and no console error in either language`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !/status of 404/.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    for (const path of [pageType.sv, pageType.en]) {
      await page.goto(path, { waitUntil: 'networkidle' });
    }
    expect(problems).toEqual([]);
  });
}

test('an address with an absurdly long segment gets the 404 page without touching the page cache', async ({ request }) => {
  // Next names its cache files after the segments: one past 255 bytes could not be written.
  for (const path of [`/artiklar/${'x'.repeat(250)}`, `/en/topics/${'y'.repeat(220)}/page/2`, `/skribenter/${'z'.repeat(200)}`]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path.slice(0, 40)).toBe(404);
    expect(response.headers()['cache-control'], path.slice(0, 40)).toBe('no-store');
    expect(await response.text()).toMatch(/Sidan hittades inte|Page not found/);
  }
});

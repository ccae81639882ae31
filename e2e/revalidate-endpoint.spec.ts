import { expect, test } from '@playwright/test';

// playwright.config.ts starts the server with this secret.
const SECRET = 'e2e-hemlighet';
const ENDPOINT = '/api/revalidate';

test('refuses a call without the secret or with a wrong one: 401', async ({ request }) => {
  const missing = await request.post(ENDPOINT);
  expect(missing.status()).toBe(401);
  expect(missing.headers()['www-authenticate']).toContain('Bearer');
  const wrong = await request.post(ENDPOINT, { headers: { Authorization: `Bearer ${SECRET}x` } });
  expect(wrong.status()).toBe(401);
  expect((await wrong.json()).error).toMatch(/token/i);
});

test('answers other methods with 405', async ({ request }) => {
  const get = await request.get(ENDPOINT);
  expect(get.status()).toBe(405);
  expect(get.headers()['allow']).toBe('POST');
  expect((await request.put(ENDPOINT, { headers: { Authorization: `Bearer ${SECRET}` } })).status()).toBe(405);
  expect((await request.delete(ENDPOINT)).status()).toBe(405);
});

test('answers a malformed body with 400 and a reason', async ({ request }) => {
  const headers = { Authorization: `Bearer ${SECRET}`, 'Content-Type': 'application/json' };
  for (const data of ['{not json', '{"paths":"/artiklar"}', '{"paths":["/finns/inte"]}', '[1,2]']) {
    const response = await request.post(ENDPOINT, { headers, data });
    expect(response.status(), data).toBe(400);
    expect(typeof (await response.json()).error).toBe('string');
  }
});

test('revalidates every listing, or the paths named, with the right secret', async ({ request }) => {
  const all = await request.post(ENDPOINT, { headers: { Authorization: `Bearer ${SECRET}` } });
  expect(all.status()).toBe(200);
  const body = await all.json();
  expect(body.revalidated).toBe(true);
  expect(body.routes).toContain('/[locale]/artiklar');

  const some = await request.post(ENDPOINT, { headers: { Authorization: `Bearer ${SECRET}` }, data: { paths: ['/artiklar', '/en/articles'] } });
  expect(some.status()).toBe(200);
  expect((await some.json()).paths).toEqual(['/artiklar', '/en/articles']);
  expect((await request.get('/artiklar')).status()).toBe(200);
});

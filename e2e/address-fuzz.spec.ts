import { expect, test, type APIRequestContext } from '@playwright/test';
import { localePath, pathnames, type Route } from '../lib/routing/paths';
import { locales } from '../lib/site';

// The address space of every route in both languages, with what people and robots put into
// URLs: escapes (also of `%` itself), dots, slashes and backslashes, control characters,
// unicode, absurd lengths and numbers. Whatever the address, the answer is a page, a 404 page in
// the reader's language or a redirect, promptly, and never a 5xx.
const SLUG_VARIANTS = [
  '100%25', 'a%25b', '%25', '%2525', '%25zz', '%', 'a%', '%e', '%2e', '%2e%2e', 'a.b', '.hidden', 'a%2Fb', 'a%5Cb', '%5C..%5C',
  '%00', 'a%00b', '%ff', '%fe%ff', '%C0%AF', '%E2%80%AE', '%EF%BB%BF', '%C3%A5', '%C3%85', 'N%C3%A4ringsliv', '%F0%9F%98%80',
  'x'.repeat(300), 'y'.repeat(2000), '-', '--a--', '_', '%20', 'a%20b', '+', ';', '%3B', '%3F', '%23', '~', "'", '%22',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'CON', 'index', 'sida', 'page', '0', '-1', '1e3', '99999999999999999999', 'NaN',
  '%09', '%0A', '%0D%0A', 'a%0Db', '%7B%7D', '%5B0%5D', '__proto__', 'constructor',
];
const PAGE_VARIANTS = ['0', '01', '-1', '1.5', 'abc', '999999', '1e2', '%31', '%32', '2%00', ' 2', '2%20', '9'.repeat(400)];

/** A seeded generator, so that a failure names an address that fails again. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const TRICKY = ['a', 'Z', '0', '-', '.', '_', '~', '%', '%2F', '%25', '%C3%A4', '%E2%80%93', '%00', '%7F', '%80', '\u00e5', '\u00c5', '!', '$', '&', "'", '(', ')', '*', ',', ';', '=', '@', ':'];
function randomSegments(count: number): string[] {
  const next = random(20_261_201);
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(next() * 12);
    return Array.from({ length }, () => TRICKY[Math.floor(next() * TRICKY.length)]!).join('');
  });
}

function addresses(): string[] {
  const result = new Set<string>();
  const segments = [...SLUG_VARIANTS, ...randomSegments(60)];
  for (const locale of locales) {
    for (const route of Object.keys(pathnames) as Route[]) {
      const names = [...route.matchAll(/\[(\w+)\]/g)].map((match) => match[1]!);
      // The page's own address with a sample value, then each parameter in turn taking each variant.
      const sample = (name: string) => (name === 'page' ? '2' : 'industri');
      const build = (values: Record<string, string>) =>
        // Build from a marker, then put the raw (already escaped) variant in its place.
        Object.entries(values).reduce(
          (path, [name, value]) => path.replace(`__${name}__`, value),
          localePath(locale, route as never, { params: Object.fromEntries(names.map((name) => [name, `__${name}__`])) } as never),
        );
      if (names.length === 0) {
        for (const variant of segments.slice(0, 12)) result.add(`${localePath(locale, route as never)}/${variant}`.replace(/^\/\//, '/'));
        continue;
      }
      for (const name of names) {
        for (const variant of name === 'page' ? PAGE_VARIANTS : segments) {
          result.add(build(Object.fromEntries(names.map((other) => [other, other === name ? variant : sample(other)]))));
        }
      }
    }
  }
  return [...result];
}

async function check(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0, timeout: 15_000 });
  const status = response.status();
  expect(status, path.slice(0, 120)).toBeLessThan(500);
  expect([200, 301, 307, 308, 404], path.slice(0, 120)).toContain(status);
  if (status === 404) expect(await response.text(), path.slice(0, 120)).toMatch(/Sidan hittades inte|Page not found/);
  if (status >= 300 && status < 400) expect(response.headers()['location'], path.slice(0, 120)).toMatch(/^(\/|https?:\/\/)/);
}

test('every route answers odd addresses with a page, a 404 page or a redirect, never a 5xx', async ({ request }) => {
  test.setTimeout(240_000);
  const all = addresses();
  expect(all.length).toBeGreaterThan(1_000);
  // A few at a time, as a crawler would.
  for (let start = 0; start < all.length; start += 8) {
    await Promise.all(all.slice(start, start + 8).map((path) => check(request, path)));
  }
});

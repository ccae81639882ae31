// Throughput and latency of a server under load, with autocannon's programmatic API.
// Loopback only: the benchmark never sends traffic off this machine.

/**
 * @typedef {{ name: string; path: string; connections: number; seconds: number; gzip: boolean; paths: number; requestsPerSecond: number; latencyP50Ms: number; latencyP99Ms: number; requests: number; errors: number; timeouts: number; non2xx: number; cache: Record<string, number> | null }} LoadResult
 */

/** autocannon, or null with the reason it cannot be loaded (it is a devDependency the repo may lack). */
export async function loadAutocannon() {
  try {
    const module = await import('autocannon');
    return { autocannon: module.default, missing: null };
  } catch (error) {
    return { autocannon: null, missing: `autocannon is not installed (${error instanceof Error ? error.message.split('\n')[0] : error}); run npm install --save-dev autocannon@9` };
  }
}

/** What browsers send; the server then compresses every page it answers. */
const BROWSER_ENCODING = 'gzip, deflate, br, zstd';

/**
 * Loads one URL, or `paths` in turn (a crawl: each request takes the next address, round robin
 * over all connections), with `connections` concurrent connections for `seconds`, after a
 * warm-up of `warmupSeconds` whose figures are thrown away. With `countCache`, the measured run
 * also counts the `x-nextjs-cache` header of every response: anything but HIT is a render.
 * @param {{ autocannon: Function; origin: string; name: string; path: string; paths?: string[]; gzip?: boolean; countCache?: boolean; connections?: number; seconds?: number; warmupSeconds?: number }} options
 * @returns {Promise<LoadResult>}
 */
export async function loadTest({ autocannon, origin, name, path, paths, gzip = false, countCache = false, connections = 50, seconds = 10, warmupSeconds = 2 }) {
  const url = new URL(path, origin);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) throw new Error(`refusing to load ${url.href}: only loopback addresses`);
  const headers = { 'accept-language': 'sv-SE,sv;q=0.9', ...(gzip ? { 'accept-encoding': BROWSER_ENCODING } : {}) };
  /** @type {Record<string, number>} */
  const cache = {};
  let next = 0;
  /** Each request takes the next address of the crawl. */
  const setupRequest = (request) => {
    request.path = paths[next++ % paths.length];
    return request;
  };
  const onResponse = (_status, _body, _context, responseHeaders) => {
    const value = String(responseHeaders?.['x-nextjs-cache'] ?? 'none');
    cache[value] = (cache[value] ?? 0) + 1;
  };
  const requests = (count) => (paths || count ? [{ ...(paths ? { setupRequest } : {}), ...(count ? { onResponse } : {}) }] : undefined);
  const options = { url: url.href, connections, timeout: 10, headers };
  if (warmupSeconds > 0) await autocannon({ ...options, duration: warmupSeconds, requests: requests(false) });
  next = 0;
  const result = await autocannon({ ...options, duration: seconds, requests: requests(countCache) });
  return {
    name,
    path,
    connections,
    seconds,
    gzip,
    paths: paths?.length ?? 1,
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    cache: countCache ? cache : null,
  };
}

// Throughput and latency of `next start` under load, with autocannon's programmatic API.
// Loopback only: the benchmark never sends traffic off this machine.

/** @typedef {{ name: string; path: string; connections: number; seconds: number; requestsPerSecond: number; latencyP50Ms: number; latencyP99Ms: number; requests: number; errors: number; timeouts: number; non2xx: number }} LoadResult */

/** autocannon, or null with the reason it cannot be loaded (it is a devDependency the repo may lack). */
export async function loadAutocannon() {
  try {
    const module = await import('autocannon');
    return { autocannon: module.default, missing: null };
  } catch (error) {
    return { autocannon: null, missing: `autocannon is not installed (${error instanceof Error ? error.message.split('\n')[0] : error}); run npm install --save-dev autocannon@9` };
  }
}

/**
 * Loads one URL with `connections` concurrent connections for `seconds`, after a warm-up of
 * `warmupSeconds` whose figures are thrown away (the first requests fill Next's caches).
 * @param {{ autocannon: Function; origin: string; name: string; path: string; connections?: number; seconds?: number; warmupSeconds?: number }} options
 * @returns {Promise<LoadResult>}
 */
export async function loadTest({ autocannon, origin, name, path, connections = 50, seconds = 10, warmupSeconds = 2 }) {
  const url = new URL(path, origin);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) throw new Error(`refusing to load ${url.href}: only loopback addresses`);
  const options = { url: url.href, connections, timeout: 10, headers: { 'accept-language': 'sv-SE,sv;q=0.9' } };
  if (warmupSeconds > 0) await autocannon({ ...options, duration: warmupSeconds });
  const result = await autocannon({ ...options, duration: seconds });
  return {
    name,
    path,
    connections,
    seconds,
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

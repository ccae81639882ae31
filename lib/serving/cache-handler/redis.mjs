// Next's incremental cache in Redis, shared by every instance of one deployment (next.config.ts
// sets it as `cacheHandler` when REDIS_URL is set). The caching is @trieb.work/nextjs-turbo-redis-
// cache's RedisStringsHandler; this wrapper adds, through its public options only, what the
// library does not do by itself:
// - Keys are namespaced per deployment: `${KEY_PREFIX || 'regionbloggen'}:${BUILD_ID}:`, so two
//   builds sharing one Redis (a rolling deploy) never read each other's pages.
// - Redis being unreachable is not an error for the reader. The library logs every failed call
//   and, when Redis is down at start-up, rejects its first connect unhandled. So a probe
//   connection of our own watches Redis: while it is down, the instance keeps its own renders in
//   memory (LocalPages) instead of calling the library, one line is logged when Redis goes and
//   one when it is back, and the library is first created once Redis answers. (The library's own
//   connections still log each reconnection attempt, at most every 5 s: it has no option to
//   silence them.)
// Plain JS: Next loads the handler outside the bundler, in the build and in the server. In a
// folder of its own: the standalone output copies every file beside it (the tracer cannot tell
// which folder readBuildId reads, so it takes the whole folder).
import fs from 'node:fs';
import path from 'node:path';
import { RedisStringsHandler } from '@trieb.work/nextjs-turbo-redis-cache';
import { createClient } from 'redis';
import { servedEntry } from '../page-scripts.mjs';

const BUILD_PHASE = 'phase-production-build';
// The library's connections reconnect at most every 5 s (it logs each failed attempt); our probe,
// which logs nothing per attempt, every second. The connect timeout is generous because the
// first request's module loading can hold the event loop for seconds, and a timer that fires
// late counts as a failure.
const libraryReconnect = (retries) => Math.min(250 * 2 ** retries, 5_000);
const probeReconnect = (retries) => Math.min(250 * 2 ** retries, 1_000);
// After our probe sees Redis again, the library's own connections may wait up to 5 s more.
const REJOIN_GRACE_MS = 5_500;

/** The build's id, from the build folder Next gives the handler (<distDir>/server/../BUILD_ID). */
function readBuildId(serverDistDir) {
  try {
    const id = fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
    if (id) return id;
  } catch {
    // reported below
  }
  console.error(`Redis cache: no BUILD_ID beside ${serverDistDir}; keys are not namespaced by build.`);
  return 'no-build-id';
}

// One state per process: Next constructs the handler more than once, and loads this module in
// more than one module graph of the same process (pages and route handlers).
const SHARED = Symbol.for('regionbloggen.redisCache');

function createShared(options) {
  const redisUrl = process.env.REDIS_URL;
  const state = { handler: null, usableFrom: Infinity, down: false, ready: false, local: new LocalPages() };
  // `next build` writes its pages to disk and never reaches Redis.
  if (process.env.NEXT_PHASE === BUILD_PHASE || !redisUrl) return state;
  const keyPrefix = `${process.env.KEY_PREFIX || 'regionbloggen'}:${readBuildId(options?.serverDistDir)}:`;

  const probe = createClient({ url: redisUrl, socket: { connectTimeout: 5_000, reconnectStrategy: probeReconnect }, pingInterval: 1_000 });
  const reportDown = (error) => {
    if (state.down) return;
    state.down = true;
    state.usableFrom = Infinity;
    console.error(`Redis cache at ${redisUrl} is unreachable (${error?.message || error}): serving this instance's own renders until it is back.`);
  };
  probe.on('error', (error) => {
    if (state.ready) return reportDown(error);
    // Not connected yet: the server's first requests can hold the event loop long enough for the
    // first attempt to time out. Said once, only if Redis has not answered within 5 s.
    state.firstError ??= setTimeout(() => state.ready || reportDown(error), 5_000);
  });
  probe.on('ready', () => {
    state.ready = true;
    if (state.down) console.error(`Redis cache at ${redisUrl} is back: sharing the cache again (keys ${keyPrefix}*).`);
    else console.log(`Redis cache at ${redisUrl}, keys ${keyPrefix}*`);
    state.down = false;
    state.local = new LocalPages();
    if (!state.handler) {
      state.handler = new RedisStringsHandler({
        redisUrl,
        database: 0,
        keyPrefix,
        // Pages are read on every request; a revalidation on another instance must show at once.
        inMemoryCachingTime: 0,
        redisGetDeduplication: false,
        socketOptions: { connectTimeout: 5_000, reconnectStrategy: libraryReconnect },
      });
      state.usableFrom = Date.now();
    } else {
      state.usableFrom = Date.now() + REJOIN_GRACE_MS;
    }
  });
  probe.connect().catch(() => {
    // reported by the 'error' listener; the client keeps reconnecting
  });
  return state;
}

function usable() {
  const shared = globalThis[SHARED];
  return shared.handler !== null && !shared.down && Date.now() >= shared.usableFrom ? shared.handler : null;
}

/**
 * While Redis is away, this instance's own renders, so that it renders each page once rather than
 * on every request. Emptied when Redis is back: the shared cache is the truth again.
 */
class LocalPages {
  static LIMIT = 500;
  entries = new Map();

  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key, value, tags) {
    this.entries.delete(key);
    this.entries.set(key, { value, lastModified: Date.now(), tags });
    if (this.entries.size > LocalPages.LIMIT) this.entries.delete(this.entries.keys().next().value);
  }

  revalidate(tags) {
    for (const [key, entry] of this.entries) if (entry.tags.some((tag) => tags.includes(tag))) this.entries.delete(key);
  }
}

/** The tags Next gives a page or route (its path's implicit tag among them), as the library reads them. */
function tagsOf(data, ctx) {
  const fromHeaders = data?.headers?.['x-next-cache-tags'];
  return [...(ctx?.tags ?? []), ...(typeof fromHeaders === 'string' ? fromHeaders.split(',') : [])];
}

export default class RedisCacheHandler {
  constructor(options) {
    globalThis[SHARED] ??= createShared(options);
  }

  // A page is served without Next's client runtime unless it keeps it (lib/serving/page-scripts.mjs);
  // what is stored, in Redis or here, stays as Next made it.
  async get(key, ctx) {
    const handler = usable();
    return servedEntry(handler ? await handler.get(key, ctx) : globalThis[SHARED].local.get(key));
  }

  async set(key, data, ctx) {
    const handler = usable();
    if (handler) return handler.set(key, data, ctx);
    globalThis[SHARED].local.set(key, data, tagsOf(data, ctx));
  }

  async revalidateTag(tags, ...rest) {
    const handler = usable();
    if (handler) return handler.revalidateTag(tags, ...rest);
    globalThis[SHARED].local.revalidate(Array.isArray(tags) ? tags : [tags]);
    if (process.env.REDIS_URL) console.error('Redis cache unreachable: this revalidation reaches this instance only.');
  }

  resetRequestCache() {}
}

// Next's incremental cache in Redis, shared by every instance of one deployment (next.config.mjs
// sets it as `cacheHandler` when REDIS_URL is set). The caching is @trieb.work/nextjs-turbo-redis-
// cache's RedisStringsHandler; this wrapper adds, through its public options only, what the
// library does not do by itself:
// - Keys are namespaced per deployment: `${KEY_PREFIX || 'regionbloggen'}:${BUILD_ID}:`, so two
//   builds sharing one Redis (a rolling deploy) never read each other's pages.
// - Redis being unreachable is not an error for the reader. The library logs every failed call
//   and, when Redis is down at start-up, rejects its first connect unhandled. So a probe
//   connection of our own watches Redis: while it is down, get() misses and set() is skipped (the
//   instance serves its own renders), one line is logged when it goes and one when it is back,
//   and the library is first created once Redis answers.
// Plain JS: Next loads the handler outside the bundler, in the build and in the server.
import fs from 'node:fs';
import path from 'node:path';
import { RedisStringsHandler } from '@trieb.work/nextjs-turbo-redis-cache';
import { createClient } from 'redis';

const BUILD_PHASE = 'phase-production-build';
// Reconnect at most every 5 s: the library logs each failed attempt of its own connections.
const reconnectStrategy = (retries) => Math.min(250 * 2 ** retries, 5_000);
// After our probe sees Redis again, the library's own connections need a moment to reconnect.
const REJOIN_GRACE_MS = 1_500;

function readBuildId(serverDistDir) {
  const candidates = [serverDistDir && path.join(serverDistDir, '..', 'BUILD_ID'), path.join(process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID')];
  for (const file of candidates.filter(Boolean)) {
    try {
      const id = fs.readFileSync(file, 'utf8').trim();
      if (id) return id;
    } catch {
      // try the next place
    }
  }
  return 'no-build-id';
}

// One state per process: Next constructs the handler more than once, and loads this module in
// more than one module graph of the same process (pages and route handlers).
const SHARED = Symbol.for('regionbloggen.redisCache');

function createShared(options) {
  const redisUrl = process.env.REDIS_URL;
  const keyPrefix = `${process.env.KEY_PREFIX || 'regionbloggen'}:${readBuildId(options?.serverDistDir)}:`;
  const state = { handler: null, usableFrom: Infinity, down: false, keyPrefix };
  // `next build` writes its pages to disk and never reaches Redis.
  if (process.env.NEXT_PHASE === BUILD_PHASE || !redisUrl) return state;

  const probe = createClient({ url: redisUrl, socket: { connectTimeout: 1_000, reconnectStrategy }, pingInterval: 1_000 });
  probe.on('error', () => {
    if (state.down) return;
    state.down = true;
    state.usableFrom = Infinity;
    console.error(`Redis cache at ${redisUrl} is unreachable: serving this instance's own renders until it is back.`);
  });
  probe.on('ready', () => {
    if (state.down) console.error(`Redis cache at ${redisUrl} is back: sharing the cache again (keys ${keyPrefix}*).`);
    else console.log(`Redis cache at ${redisUrl}, keys ${keyPrefix}*`);
    state.down = false;
    if (!state.handler) {
      state.handler = new RedisStringsHandler({
        redisUrl,
        database: 0,
        keyPrefix,
        // Pages are read on every request; a revalidation on another instance must show at once.
        inMemoryCachingTime: 0,
        redisGetDeduplication: false,
        socketOptions: { connectTimeout: 1_000, reconnectStrategy },
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

export default class RedisCacheHandler {
  constructor(options) {
    globalThis[SHARED] ??= createShared(options);
  }

  async get(...args) {
    return (await usable()?.get(...args)) ?? null;
  }

  async set(...args) {
    await usable()?.set(...args);
  }

  async revalidateTag(...args) {
    const handler = usable();
    if (handler) await handler.revalidateTag(...args);
    else if (process.env.REDIS_URL) console.error('Redis cache unreachable: this revalidation reaches no other instance.');
  }

  resetRequestCache() {}
}

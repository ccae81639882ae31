// Next's incremental cache on one machine (next.config.ts sets it as `cacheHandler` when REDIS_URL
// is not set): Next's own file-system cache, everything it does unchanged, except how it reads
// its files.
//
// Each page Next answers is read from the build folder (next.config.ts keeps none in Next's own
// memory: server.mjs keeps the answers, lib/serving/answer-memo.mjs): the HTML, its metadata, the RSC
// payload and five segment payloads, eight files. Next reads them with fs.promises, which costs
// far more than the reading: for 1,000 articles' files, 1.6 ms of CPU a page against 0.27 ms for
// the same reads done synchronously (measured by hand, bench/README.md). In `npm run bench` the
// crawl of 1,000 articles went from 0.08× / 0.17× (plain / gzip) of a bare Next page in the same
// run (11:00, before) to 0.21× / 0.28× (14:26, with this, the fewer routing rules and
// lib/serving/compress-once.mjs; the three were not benched apart), before answers were kept in memory.
// Here the reads are synchronous; the files are small and in the page cache, and the event loop
// waits a fraction of what the promise round trips took. Writes (a page rendered again) stay as
// Next does them.
//
// The class is Next's own (next/dist/server/lib/incremental-cache/file-system-cache.js); it takes
// the file functions from its context, which is how Next gives them to every cache handler.
// lib/serving/cache-handler/local.test.ts fails if an upgrade moves it or changes what it reads with.
// Plain JS: Next loads the handler outside the bundler, in the build and in the server.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { cacheChanged, cacheRead, cacheWritten } from '../answer-memo.mjs';
import { servedEntry, storedValue } from '../page-scripts.mjs';

const require = createRequire(import.meta.url);
const { default: FileSystemCache } = require('next/dist/server/lib/incremental-cache/file-system-cache');

/** The two reading functions of Next's CacheFs, answered synchronously (errors still reject). */
export function synchronousReads(cacheFs) {
  return {
    ...cacheFs,
    readFile: async (file, encoding) => fs.readFileSync(file, encoding),
    stat: async (file) => fs.statSync(file),
  };
}

export default class LocalCacheHandler extends FileSystemCache {
  constructor(context) {
    super(context.fs ? { ...context, fs: synchronousReads(context.fs) } : context);
  }

  // What is read, written and revalidated is reported to the answers server.mjs keeps in memory
  // (lib/serving/answer-memo.mjs): an answer is void once the entry it was made from is written, and every
  // answer once a tag or path is revalidated. A page is served without Next's client runtime
  // unless it keeps it (lib/serving/page-scripts.mjs): a page rendered again is written without it,
  // as the build's own pages are after the build (lib/serving/built-pages.mjs), so that a read
  // has nothing to take away; a page written by Next as it is (a bare `next build`) is served
  // without it all the same.
  async get(key, ...rest) {
    cacheRead(key);
    return servedEntry(await super.get(key, ...rest));
  }

  async set(key, data, ...rest) {
    try {
      return await super.set(key, storedValue(data), ...rest);
    } finally {
      cacheWritten(key);
    }
  }

  async revalidateTag(...args) {
    try {
      return await super.revalidateTag(...args);
    } finally {
      cacheChanged();
    }
  }
}

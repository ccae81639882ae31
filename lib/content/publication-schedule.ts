import 'server-only';
import { contentTakenAt } from './content-data';
import { momentsBetween, nextMomentAfter, pagesChangedAt } from './publication';
import { processToken } from './revalidate-request';

// The publication schedule: runs inside every production server process (instrumentation.ts).
// Pages are rendered once per deploy; when a scheduled article's time comes, this asks the
// server's own /api/revalidate to mark the pages that show it, so the next reader of each gets
// it rendered afresh: the article's address goes from 404 to 200, and it enters the listings,
// feeds, sitemap and other articles' related posts, within seconds of its time. When the server
// starts, it first catches up with every article published since its build read the content.

/** Paths per call: the endpoint accepts at most 200. */
const BATCH = 200;
/** setTimeout cannot wait longer than about 24.8 days; wake once a day and look again. */
const MAX_WAIT_MS = 24 * 60 * 60 * 1000;
/** After the moment, so that a page rendered now certainly counts the article as published. */
const MARGIN_MS = 250;
const RETRY_MS = 5_000;

type Log = Pick<Console, 'info' | 'error'>;

async function post(body: object): Promise<void> {
  const port = process.env.PORT ?? '3000';
  let lastError: unknown;
  // The server listens on every address unless told otherwise; try IPv4, then IPv6 loopback.
  for (const host of ['127.0.0.1', '[::1]']) {
    try {
      const response = await fetch(`http://${host}:${port}/api/revalidate`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${processToken()}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      if (response.ok) return;
      throw new Error(`/api/revalidate answered ${response.status}: ${await response.text()}`);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/** Marks every listing, feed and the sitemap, and the pages that change at these moments. */
export async function revalidateMoments(moments: number[]): Promise<number> {
  const paths = [...new Set(moments.flatMap(pagesChangedAt))];
  await post({});
  for (let start = 0; start < paths.length; start += BATCH) await post({ paths: paths.slice(start, start + BATCH) });
  return paths.length;
}

let started = false;

export function startPublicationSchedule(log: Log = console): void {
  if (started) return;
  started = true;
  let since = contentTakenAt() ?? Date.now();
  let timer: NodeJS.Timeout | undefined;

  const wait = (ms: number) => {
    timer = setTimeout(tick, Math.max(0, Math.min(ms, MAX_WAIT_MS)));
    // Never keeps the process alive by itself.
    timer.unref();
  };

  async function tick() {
    const now = Date.now();
    const due = momentsBetween(since, now - MARGIN_MS);
    if (due.length > 0) {
      try {
        const pages = await revalidateMoments(due);
        since = due[due.length - 1]!;
        log.info(`publication schedule: ${due.length} publication time(s) passed; revalidated the listings, feeds, sitemap and ${pages} article page(s).`);
      } catch (error) {
        log.error(`publication schedule: revalidation failed, trying again in ${RETRY_MS / 1000} s:`, error);
        wait(RETRY_MS);
        return;
      }
    }
    const next = nextMomentAfter(since);
    wait(next === undefined ? MAX_WAIT_MS : next + MARGIN_MS - Date.now());
  }

  // The first look once the server is listening.
  wait(1_000);
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The schedule inside a server process, against a stand-in for the server's own
// /api/revalidate: what it asks for, when, and with which token.
const content = vi.hoisted(() => ({ current: { articles: [] as unknown[], authors: [] as unknown[] }, takenAt: 0 }));
vi.mock('./content-data', () => ({ contentData: () => content.current, contentTakenAt: () => content.takenAt }));

const { processToken } = await import('./revalidate-request');
const { startPublicationSchedule } = await import('./publication-schedule');

function article(slug: string, time: number) {
  return { _id: slug, title: slug, date: new Date(time).toISOString(), author: 'anna-andersson', tags: ['Energi'], draft: false, locale: 'sv', urlSlug: slug };
}

type Call = { at: number; authorization: string | undefined; body: { paths?: string[] } };
const calls: Call[] = [];
let server: http.Server;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => {
      calls.push({ at: Date.now(), authorization: request.headers.authorization, body: JSON.parse(text) as Call['body'] });
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"revalidated":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.PORT = String((server.address() as AddressInfo).port);
});

afterAll(() => {
  server.close();
});

describe('the publication schedule', () => {
  it('catches up with articles published since the build, then revalidates each new one at its time', async () => {
    // Times counted from the test's own start, not the module's load, which a busy machine may
    // take seconds over.
    const start = Date.now();
    const dueAt = start + 2_000;
    content.takenAt = start - 60_000;
    content.current = {
      articles: [article('publicerad-fore-bygget', start - 120_000), article('publicerad-efter-bygget', start - 30_000), article('publiceras-snart', dueAt)],
      authors: [],
    };
    startPublicationSchedule({ info: () => {}, error: () => {} });

    await vi.waitFor(() => expect(calls.length).toBe(4), { timeout: 10_000, interval: 100 });
    for (const call of calls) expect(call.authorization).toBe(`Bearer ${processToken()}`);
    const [listings, caughtUp, listingsAgain, due] = calls as [Call, Call, Call, Call];
    // An empty body: every listing, the feeds and the sitemap.
    expect(listings.body).toEqual({});
    expect(caughtUp.body.paths).toContain('/artiklar/publicerad-efter-bygget');
    expect(caughtUp.body.paths).not.toContain('/artiklar/publiceras-snart');
    expect(listingsAgain.body).toEqual({});
    expect(due.body.paths).toEqual(expect.arrayContaining(['/artiklar/publiceras-snart', '/en/articles/publiceras-snart']));
    // Not before its time (and, by the wait above, within seconds after it).
    expect(listingsAgain.at).toBeGreaterThanOrEqual(dueAt);
  }, 20_000);
});

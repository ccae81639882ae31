// The production server (`npm start`): Next's own request handler, behind the one guard that
// must see every request and that Next has no setting for. Next answers a POST, PUT or DELETE
// to a prerendered page with the page (200); this answers 405 before any routing. It is plain
// Node: a proxy.ts on every request halved what the server answers (a bare page, 2,146 → 1,203
// req/s, measured by hand, bench/README.md); this and `next start` served the same article at 414
// and 451 req/s (by hand, 5 s runs, same machine). Guards that need the site's rules (capitals and å in an
// address, undecodable or absurd paths, server-action calls) live in proxy.ts, which runs only
// for such requests.
//
//   node server.mjs [-p PORT] [-H HOSTNAME]     (PORT and HOSTNAME from the environment otherwise)
import http from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';
import path from 'node:path';
import { prerenderedPathsFile } from './lib/build/build-dir.mjs';
import { Answers, keepWarm, readPrerenderedPaths, rememberAnswers } from './lib/serving/answer-memo.mjs';
import { compressOnce } from './lib/serving/compress-once.mjs';
import { fetchNotFoundPage, keptPerLanguage } from './lib/serving/not-found-page.mjs';
import { rendersWithoutRuntime } from './lib/serving/page-scripts.mjs';

const READ_METHODS = new Set(['GET', 'HEAD']);
/** Paths that take other methods: the revalidation endpoint answers them itself. */
const API_PREFIX = '/api/';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
  allowPositionals: false,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
// Not $HOSTNAME: shells set it to the machine's name. Unset, the server listens on every address.
const hostname = values.hostname ?? process.env.LISTEN_HOSTNAME;

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`server.mjs: "${values.port ?? process.env.PORT}" is not a port number.`);
  process.exit(2);
}

const app = next({ dev: false, dir: import.meta.dirname, port, hostname: hostname ?? 'localhost' });
// Compression is done here, once per page rather than once per reader (lib/serving/compress-once.mjs),
// of pages without the runtime, as the cache serves them: a page rendered for its request, and a
// 404, whose empty shell gets the not-found page for a body (lib/serving/page-scripts.mjs).
const notFoundPage = keptPerLanguage((url) => fetchNotFoundPage(ownOrigin(server.address()), url));
const compressed = compressOnce(rendersWithoutRuntime(app.getRequestHandler(), { notFoundPage }));
// A page Next answers from its cache is answered from memory afterwards, until the cache changes
// (lib/serving/answer-memo.mjs). Not with a shared cache: other instances' revalidations do not reach here.
const answers = process.env.REDIS_URL ? null : new Answers();
const handle = answers ? rememberAnswers(compressed, { answers }) : compressed;
await app.prepare();

/** Where this server reaches itself: the address it listens on, or loopback when that is every address. */
function ownOrigin({ address, port: listening }) {
  const host = address === '::' || address === '0.0.0.0' ? '127.0.0.1' : address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${listening}`;
}

const server = http.createServer((request, response) => {
  if (!READ_METHODS.has(request.method ?? '') && !(request.url ?? '').startsWith(API_PREFIX)) {
    // The request body, if any, is not read: the connection closes after the answer.
    response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'close' });
    response.end('Method not allowed.');
    return;
  }
  handle(request, response);
});
// As `next start`: keep idle connections a little longer than the usual proxy in front does.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  process.env.PORT = String(port);
  console.log(`▲ Regionbloggen on http://${hostname ?? 'localhost'}:${port}`);
  // The server reads its own pages once, so that their first readers are answered from memory:
  // the pages its build prerendered, not pages that would be rendered for it.
  if (answers && process.env.ANSWER_WARM_UP !== '0') {
    const prerendered = readPrerenderedPaths(path.join(import.meta.dirname, prerenderedPathsFile));
    keepWarm({ origin: ownOrigin(server.address()), answers, prerendered });
  }
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // Finish the requests under way, accept no new ones; then stop.
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}

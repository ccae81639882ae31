// `npm run load-check`: hammers the production build on loopback (an article, a listing, a feed and
// the sitemap) at 50 concurrent connections for a bounded time each, then the listing again while
// it is being regenerated (ISR, forced through /api/revalidate), and fails on any error or non-2xx.
// Run `npm run build` first. Options: --seconds N (default 20), --connections N (default 50).
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { killAllGroups } from './bench/processes.mjs';
import { loadAutocannon, loadTest } from './bench/serve-load.mjs';
import { startServer } from './bench/server.mjs';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '20' }, connections: { type: 'string', default: '50' }, port: { type: 'string', default: '3300' } } });
const seconds = Number(values.seconds);
const connections = Number(values.connections);

const { autocannon, missing } = await loadAutocannon();
if (!autocannon) {
  console.error(missing);
  process.exit(2);
}

// The server inherits this, so the check may force regenerations through the endpoint.
const secret = randomBytes(16).toString('hex');
process.env.REVALIDATE_SECRET = secret;

const targets = [
  { name: 'article', path: '/artiklar/nya-satsningar-pa-smart-industri' },
  { name: 'listing', path: '/artiklar' },
  { name: 'feed', path: '/feed.xml' },
  { name: 'sitemap', path: '/sitemap.xml' },
];

let server;
const results = [];
try {
  server = await startServer({ workspace: process.cwd(), port: Number(values.port) });
  for (const target of targets) {
    console.log(`[load-check] ${target.path}: ${connections} connections for ${seconds} s…`);
    results.push(await loadTest({ autocannon, origin: server.origin, ...target, connections, seconds }));
  }

  console.log(`[load-check] /artiklar while it regenerates: revalidating every second for ${seconds} s…`);
  let revalidations = 0;
  let refused = 0;
  const forcing = setInterval(async () => {
    const response = await fetch(`${server.origin}/api/revalidate`, { method: 'POST', headers: { Authorization: `Bearer ${secret}` } }).catch(() => null);
    if (response?.ok) revalidations += 1;
    else refused += 1;
  }, 1000);
  const during = await loadTest({ autocannon, origin: server.origin, name: 'listing during ISR', path: '/artiklar', connections, seconds, warmupSeconds: 0 });
  clearInterval(forcing);
  results.push({ ...during, name: `listing during ISR (${revalidations} regenerations forced${refused ? `, ${refused} refused` : ''})` });
} finally {
  await server?.stop();
  killAllGroups();
}

const rows = results.map((r) => `| ${r.name} | ${r.path} | ${Math.round(r.requestsPerSecond)} | ${r.latencyP50Ms} | ${r.latencyP99Ms} | ${r.requests} | ${r.errors + r.timeouts} | ${r.non2xx} |`);
console.log(['', `| target | path | req/s | p50 ms | p99 ms | requests | errors | non-2xx |`, '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |', ...rows].join('\n'));
const failed = results.filter((r) => r.errors + r.timeouts + r.non2xx > 0);
if (failed.length > 0) {
  console.error(`\n[load-check] FAILED: ${failed.map((r) => r.name).join(', ')} had errors or non-2xx responses.`);
  process.exit(1);
}
console.log('\n[load-check] passed: zero errors and zero non-2xx responses.');

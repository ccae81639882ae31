// `npm run bench:front`: the caching front (deploy/nginx.conf, in front of two instances sharing
// Redis) serving a cached article, against nginx serving the same HTML bytes as a static file,
// in the same run, alternating, plain and gzip. Budget (bench/budgets.json,
// frontVsStaticFileRatio): the front at least half the static file's rate, for each encoding.
// Uses an existing cluster build (.next-cluster-test from `npm run test:cluster`, else
// .next-cluster from `npm run cluster`; --dist <dir> to choose); brief by default: 5 s per run,
// 50 connections, loopback only, ports 6390, 3001, 3002, 8080 and 3300 (the static file).
// Exit 0 within budget, 1 over budget, 2 when the benchmark could not run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isBuilt } from '../cluster/build.mjs';
import { CLUSTER } from '../cluster/ports.mjs';
import { BINARIES, startFront, startInstance, startRedis, waitForHttp, waitForRedis } from '../cluster/processes.mjs';
import { loadAutocannon } from './serve-load.mjs';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: { dist: { type: 'string' }, seconds: { type: 'string', default: '5' }, connections: { type: 'string', default: '50' }, rounds: { type: 'string', default: '2' } },
});
const seconds = Math.min(Math.max(Number(values.seconds), 1), 30);
const connections = Math.min(Math.max(Number(values.connections), 1), 200);
const rounds = Math.min(Math.max(Number(values.rounds), 1), 5);
const STATIC_PORT = 3300;
const ARTICLE_CANDIDATES = ['/artiklar/klustret-delar-sin-cache', '/artiklar/nya-satsningar-pa-smart-industri'];
const budget = JSON.parse(fs.readFileSync(path.join(repoRoot, 'bench', 'budgets.json'), 'utf8')).frontVsStaticFileRatio;

const distDir = values.dist ?? ['.next-cluster-test', '.next-cluster'].find((dir) => isBuilt(dir));
if (!distDir || !isBuilt(distDir)) {
  console.error('[bench:front] no cluster build: run `npm run test:cluster` or `node scripts/cluster/build.mjs` first.');
  process.exit(2);
}

/** nginx serving one file: the same binary and worker settings as the front, no proxy. */
function staticConfig(root) {
  return `worker_processes auto;
pid nginx.pid;
error_log error.log warn;
events { worker_connections 2048; }
http {
  access_log off;
  client_body_temp_path tmp/body; proxy_temp_path tmp/proxy; fastcgi_temp_path tmp/fastcgi; uwsgi_temp_path tmp/uwsgi; scgi_temp_path tmp/scgi;
  sendfile on; tcp_nopush on; keepalive_requests 10000;
  gzip on; gzip_min_length 256;  # nginx's default level (1), as in the issue's reference figures
  types { text/html html; }
  server { listen 127.0.0.1:${STATIC_PORT}; root ${root}; }
}
`;
}

/** Requests per second for one URL: wrk when installed (the reference figures), else autocannon. */
async function measure(url, gzip) {
  if (BINARIES.wrk()) {
    const args = ['-t1', `-c${connections}`, `-d${seconds}s`, ...(gzip ? ['-H', 'Accept-Encoding: gzip'] : []), url];
    const out = spawnSync('wrk', args, { encoding: 'utf8' }).stdout;
    const rate = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN);
    const failures = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0) + Number(/Socket errors:.*?(\d+)/.exec(out)?.[1] ?? 0);
    return { rate, failures, tool: 'wrk -t1' };
  }
  const { autocannon } = await loadAutocannon();
  const result = await autocannon({ url, connections, duration: seconds, headers: gzip ? { 'accept-encoding': 'gzip' } : {} });
  return { rate: result.requests.average, failures: result.errors + result.timeouts + result.non2xx, tool: 'autocannon' };
}

const runtimeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'regionbloggen-bench-front-'));
const processes = [];
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    for (const child of processes.reverse()) await child.stop();
    const staticConf = path.join(runtimeDir, 'static', 'nginx.conf');
    if (fs.existsSync(staticConf)) spawnSync(BINARIES.nginx(), ['-p', `${runtimeDir}/static/`, '-c', staticConf, '-e', 'error.log', '-s', 'stop'], { stdio: 'ignore' });
    fs.rmSync(runtimeDir, { recursive: true, force: true });
    process.exit(130);
  });
}
let exitCode = 2;
try {
  processes.push(startRedis(runtimeDir, { quiet: true }));
  await waitForRedis();
  for (const port of CLUSTER.instancePorts) processes.push(startInstance(port, { distDir, quiet: true }));
  await Promise.all(CLUSTER.instancePorts.map((port) => waitForHttp(`http://localhost:${port}/`)));
  processes.push(startFront(runtimeDir, { quiet: true }));
  await waitForHttp(`${CLUSTER.frontUrl}/`);

  let article = null;
  for (const candidate of ARTICLE_CANDIDATES) {
    const response = await fetch(`${CLUSTER.frontUrl}${candidate}`, { headers: { 'accept-encoding': 'identity' } });
    if (response.ok) {
      article = { path: candidate, html: await response.text() };
      break;
    }
  }
  if (!article) throw new Error(`none of ${ARTICLE_CANDIDATES.join(', ')} is in ${distDir}`);
  // Both encodings are in the front's cache before measuring.
  await fetch(`${CLUSTER.frontUrl}${article.path}`, { headers: { 'accept-encoding': 'gzip' } });

  const staticDir = path.join(runtimeDir, 'static');
  fs.mkdirSync(path.join(staticDir, 'www'), { recursive: true });
  fs.mkdirSync(path.join(staticDir, 'tmp'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'www', 'article.html'), article.html);
  fs.writeFileSync(path.join(staticDir, 'nginx.conf'), staticConfig(path.join(staticDir, 'www')));
  if (process.getuid?.() === 0) {
    fs.chmodSync(runtimeDir, 0o755);
    for (const dir of [staticDir, path.join(staticDir, 'www')]) fs.chmodSync(dir, 0o755);
    fs.chownSync(path.join(staticDir, 'tmp'), 65534, 65534);
  }
  // nginx goes to the background itself; its output goes to error.log, so nothing keeps our pipes open.
  const staticNginx = spawnSync(BINARIES.nginx(), ['-p', `${staticDir}/`, '-c', path.join(staticDir, 'nginx.conf'), '-e', 'error.log'], { stdio: 'ignore' });
  if (staticNginx.status !== 0) throw new Error(`the static nginx did not start: ${fs.readFileSync(path.join(staticDir, 'error.log'), 'utf8')}`);
  try {
    await waitForHttp(`http://127.0.0.1:${STATIC_PORT}/article.html`);
    const sizes = { html: Buffer.byteLength(article.html) };
    console.log(`[bench:front] ${article.path} (${sizes.html} bytes) from ${distDir}; ${rounds} rounds of ${seconds} s, ${connections} connections; load average ${os.loadavg().map((v) => v.toFixed(2)).join(' ')}`);
    const rows = [];
    for (const gzip of [false, true]) {
      const rates = { static: [], front: [] };
      let tool = '';
      let failures = 0;
      for (let round = 0; round < rounds; round += 1) {
        for (const [name, url] of [['static', `http://127.0.0.1:${STATIC_PORT}/article.html`], ['front', `http://127.0.0.1:${CLUSTER.frontPort}${article.path}`]]) {
          const result = await measure(url, gzip);
          rates[name].push(result.rate);
          failures += result.failures;
          tool = result.tool;
        }
      }
      const mean = (list) => list.reduce((a, b) => a + b, 0) / list.length;
      const ratio = mean(rates.front) / mean(rates.static);
      rows.push({ encoding: gzip ? 'gzip' : 'plain', static: mean(rates.static), front: mean(rates.front), ratio, failures, tool, within: ratio >= budget && failures === 0 });
    }
    console.log(['', `| encoding | nginx static file req/s | front, cached article req/s | ratio | budget | failures |`, '| --- | ---: | ---: | ---: | --- | ---: |',
      ...rows.map((r) => `| ${r.encoding} | ${Math.round(r.static).toLocaleString('en')} | ${Math.round(r.front).toLocaleString('en')} | ${r.ratio.toFixed(2)}× | ≥ ${budget}× ${r.within ? '✅' : '❌'} | ${r.failures} |`),
      '', `(${rows[0]?.tool}; load average at the end ${os.loadavg().map((v) => v.toFixed(2)).join(' ')})`].join('\n'));
    exitCode = rows.every((r) => r.within) ? 0 : 1;
  } finally {
    spawnSync(BINARIES.nginx(), ['-p', `${staticDir}/`, '-c', path.join(staticDir, 'nginx.conf'), '-e', 'error.log', '-s', 'stop'], { stdio: 'ignore' });
  }
} catch (error) {
  console.error(`[bench:front] ${error instanceof Error ? error.message : error}`);
  exitCode = 2;
} finally {
  for (const child of processes.reverse()) await child.stop();
  fs.rmSync(runtimeDir, { recursive: true, force: true });
}
process.exit(exitCode);

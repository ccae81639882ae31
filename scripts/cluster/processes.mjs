// Starts and stops the cluster's processes (Redis, the instances, the nginx front) from the
// repository's own config files: used by `npm run cluster` and by the cluster tests.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLUSTER } from './ports.mjs';
import { standaloneDir } from './build.mjs';

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const CONFIG = { redis: path.join(repo, 'deploy', 'redis.conf'), nginx: path.join(repo, 'deploy', 'nginx.conf') };

export function findBinary(name, candidates) {
  for (const file of candidates) if (fs.existsSync(file)) return file;
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  return found || null;
}

export const BINARIES = {
  redis: () => findBinary('redis-server', ['/usr/bin/redis-server']),
  nginx: () => findBinary('nginx', ['/usr/sbin/nginx']),
  wrk: () => findBinary('wrk', ['/usr/bin/wrk']),
};

/** A child process whose output goes to our console, each line prefixed with its name. */
function launch(name, command, args, { env = process.env, cwd, quiet = false } = {}) {
  const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const lines = [];
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.on('data', (chunk) => {
      const text = rest + chunk;
      const parts = text.split('\n');
      rest = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (!quiet) console.log(`[${name}] ${line}`);
      }
    });
  }
  return {
    name,
    child,
    exited,
    /** Everything the process printed so far. */
    output: () => lines.join('\n'),
    async stop(signal = 'SIGTERM', timeoutMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}

/** Resolves once `url` answers (any status below 500), or rejects after `timeoutMs`. */
export async function waitForHttp(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
      lastError = `status ${response.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s (${lastError}).`);
}

export async function waitForRedis(port = CLUSTER.redisPort, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const pong = spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim();
    if (pong === 'PONG') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Redis on port ${port} did not answer within ${timeoutMs / 1000} s.`);
}

export function startRedis(runtimeDir, options = {}) {
  const binary = BINARIES.redis();
  if (!binary) throw new Error('redis-server is missing: apt-get install -y redis-server');
  const dir = path.join(runtimeDir, 'redis');
  fs.mkdirSync(dir, { recursive: true });
  return launch('redis', binary, [CONFIG.redis, '--dir', dir], options);
}

/** An instance: `node server.js` in the standalone folder of `distDir`, or in a copy of it (`releaseDir`). */
export function startInstance(port, { distDir, releaseDir = standaloneDir(distDir), runtimeEnv = {}, quiet = false }) {
  const dir = releaseDir;
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(port),
    // `localhost`, not 127.0.0.1: bound to the address, Next's locale rewrite redirects to itself forever
    HOSTNAME: 'localhost',
    // lib/build/build-dir.mjs finds the content snapshot and the search index by it
    NEXT_DIST_DIR: distDir,
    REDIS_URL: CLUSTER.redisUrl,
    ...runtimeEnv,
  };
  return launch(`instance ${port}`, process.execPath, ['server.js'], { env, cwd: dir, quiet });
}

const NOBODY = 65534;

export function startFront(runtimeDir, options = {}) {
  const binary = BINARIES.nginx();
  if (!binary) throw new Error('nginx is missing: apt-get install -y nginx');
  const prefix = path.join(runtimeDir, 'nginx');
  for (const dir of ['tmp', 'cache']) fs.mkdirSync(path.join(prefix, dir), { recursive: true });
  // Started as root, nginx's workers run as `nobody`: they must reach and write their folders.
  if (process.getuid?.() === 0) {
    for (let dir = prefix; dir !== path.dirname(runtimeDir); dir = path.dirname(dir)) fs.chmodSync(dir, 0o755);
    for (const dir of ['tmp', 'cache']) fs.chownSync(path.join(prefix, dir), NOBODY, NOBODY);
  }
  return launch('front', binary, ['-p', `${prefix}/`, '-c', CONFIG.nginx, '-e', 'stderr', '-g', 'daemon off;'], options);
}

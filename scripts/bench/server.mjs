// The site's server (server.mjs, as `npm start` runs it) or a bare `next start` (the floor) for a
// built workspace, on loopback only, in its own process group so stopping it also stops whatever
// it started.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { spawnGroup, stopGroup } from './processes.mjs';

export const HOST = '127.0.0.1';
// `next start -H 127.0.0.1` turned locale rewrites into 307s to the same path (an endless loop:
// vercel/next.js#94342, #94745); `-H localhost` binds the same loopback address and works.
const LISTEN_HOSTNAME = 'localhost';

class ServerError extends Error {}

/** A TCP port nothing listens on right now (on loopback). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** True when nothing listens on `port`. */
async function isFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, HOST, () => server.close(() => resolve(true)));
  });
}

/**
 * Starts the server in `workspace` and waits until it answers `/`: `site` is server.mjs, `next`
 * is a plain `next start`.
 * With `readyLine`, it then waits until the server's log has a line matching it (server.mjs
 * logs `answers: read N pages once, …` when its warm-up is done): a deploy puts an instance in
 * service once it is ready, and so does the benchmark. Resolves `ready` to that line.
 * @param {{ workspace: string; port: number; kind?: 'site' | 'next'; timeoutMs?: number; readyLine?: RegExp; readyTimeoutMs?: number }} options
 * @returns {Promise<{ origin: string; port: number; pid: number; stop: () => Promise<void>; ready: { line: string; seconds: number } | null }>}
 */
/** Waits until `file` has a line matching `pattern`; the line and the seconds waited. */
async function waitForLine(file, pattern, timeoutMs, isGone) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const line = text.split('\n').find((candidate) => pattern.test(candidate));
    if (line) return { line: line.trim(), seconds: (Date.now() - started) / 1000 };
    if (isGone()) throw new Error(`the server exited before it was ready; see ${file}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server did not log ${pattern} within ${timeoutMs / 1000} s; see ${file}`);
}

export async function startServer({ workspace, port, kind = 'site', timeoutMs = 60_000, readyLine, readyTimeoutMs = 15 * 60_000 }) {
  // The build printed http://localhost:<port> into the pages; another port only changes those URLs.
  const listenPort = (await isFree(port)) ? port : await freePort();
  const { NODE_ENV: _ignored, ...inherited } = process.env;
  const args = ['-p', String(listenPort), '-H', LISTEN_HOSTNAME];
  const [command, commandArgs] = kind === 'site' ? [process.execPath, ['server.mjs', ...args]] : [path.join(workspace, 'node_modules', '.bin', 'next'), ['start', ...args]];
  const { pid, exited } = spawnGroup(command, commandArgs, {
    cwd: workspace,
    env: { ...inherited, NEXT_DIST_DIR: '.next', NEXT_TELEMETRY_DISABLED: '1' },
    logFile: path.join(workspace, 'bench-server.log'),
  });
  const origin = `http://${HOST}:${listenPort}`;
  const stop = () => stopGroup(pid, exited);
  let gone = false;
  exited.then(() => {
    gone = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the server exited before it answered; see ${path.join(workspace, 'bench-server.log')}`);
    try {
      const response = await fetch(`${origin}/`, { redirect: 'manual', signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.ok) {
        const ready = readyLine ? await waitForLine(path.join(workspace, 'bench-server.log'), readyLine, readyTimeoutMs, () => gone) : null;
        return { origin, port: listenPort, pid, stop, ready };
      }
      throw new ServerError(`the server answers ${origin}/ with ${response.status}${response.headers.get('location') ? ` → ${response.headers.get('location')}` : ''}, not 200`);
    } catch (error) {
      if (error instanceof ServerError) {
        await stop();
        throw error;
      }
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`the server did not answer ${origin}/ within ${timeoutMs / 1000} s`);
}

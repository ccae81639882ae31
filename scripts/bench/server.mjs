// The site's server (server.mjs, as `npm start` runs it) or a bare `next start` (the floor) for a
// built workspace, on loopback only, in its own process group so stopping it also stops whatever
// it started.
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
 * @param {{ workspace: string; port: number; kind?: 'site' | 'next'; timeoutMs?: number }} options
 * @returns {Promise<{ origin: string; port: number; pid: number; stop: () => Promise<void> }>}
 */
export async function startServer({ workspace, port, kind = 'site', timeoutMs = 60_000 }) {
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
      if (response.ok) return { origin, port: listenPort, pid, stop };
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

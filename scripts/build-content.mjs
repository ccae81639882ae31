// The build's first step: the editors' content check and Contentlayer, side by side (each keeps
// one of the machine's two cores busy), then the media sync. The check's report is what an editor
// needs when something is wrong, so it decides: when it fails, Contentlayer is stopped and only
// the check's report is printed. Contentlayer's output follows once the check has passed. Then
// the media sync and the fonts (scripts/subset-fonts.mjs).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { formatDuration } from '../lib/build/build-progress.mjs';
import { HEAP_PRELOAD } from './build-steps.mjs';

/**
 * Runs a command; resolves with its exit code and everything it printed, in order. Lines that
 * start with `live` (progress) are printed at once even when the rest waits.
 */
function run(command, args, { env = process.env, echo = false, live = null } = {}) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  for (const stream of [child.stdout, child.stderr]) {
    let partial = '';
    stream.on('data', (chunk) => {
      if (echo) return void (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      if (!live) return void output.push(chunk);
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith(live)) process.stdout.write(`${line}\n`);
        else output.push(Buffer.from(`${line}\n`));
      }
    });
    stream.on('end', () => {
      if (partial) output.push(Buffer.from(partial));
    });
  }
  const exited = new Promise((resolve) => {
    child.on('error', (error) => {
      output.push(Buffer.from(`${command}: ${error.message}\n`));
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
  return { child, exited: exited.then((code) => ({ code, output: Buffer.concat(output).toString() })) };
}

// `node --import tsx` rather than the tsx CLI, which would start a second Node process.
// --no-write: a build never writes into the source tree; the editor's own check:content keeps
// content/adresser.json (CONTENT.md).
// Both with the build's heap setting (scripts/build-heap.mjs).
const check = run(process.execPath, [...HEAP_PRELOAD, '--import', 'tsx', path.join('scripts', 'check-content.ts'), '--no-write'], { echo: true });
// Production mode, as the build reads it (drafts and React's production build). Contentlayer
// works on as many documents at once as os.cpus() reports and has no setting for it
// (@contentlayer2/source-files, fetchData/fetchAllDocuments.js), so on two cores two are in flight.
// Its build command without the CLI's execution tracing: scripts/contentlayer-build.mjs says why.
// Its progress (contentlayer.config.ts, CONTENT_PROGRESS) is printed as it comes.
const contentlayerStarted = Date.now();
const contentlayer = run(process.execPath, [...HEAP_PRELOAD, path.join('scripts', 'contentlayer-build.mjs')], {
  live: 'content: ',
  env: { ...process.env, NODE_ENV: 'production', CONTENT_PROGRESS: '1' },
});

const checked = await check.exited;
if (checked.code !== 0) {
  contentlayer.child.kill('SIGTERM');
  await contentlayer.exited;
  process.exit(checked.code);
}
const generated = await contentlayer.exited;
process.stdout.write(generated.output);
if (generated.code !== 0) process.exit(generated.code);
console.log(`content: Contentlayer done in ${formatDuration(Date.now() - contentlayerStarted)}`);

const media = run(process.execPath, [path.join('scripts', 'sync-media.mjs')], { echo: true });
const fonts = run(process.execPath, [path.join('scripts', 'subset-fonts.mjs')], { echo: true });
const [mediaDone, fontsDone] = await Promise.all([media.exited, fonts.exited]);
process.exit(mediaDone.code || fontsDone.code);

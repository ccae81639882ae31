// The build's first step: the editors' content check and Contentlayer, side by side (each keeps
// one of the machine's two cores busy), then the media sync. The check's report is what an editor
// needs when something is wrong, so it decides: when it fails, Contentlayer is stopped and only
// the check's report is printed. Contentlayer's output follows once the check has passed. Then
// the media sync and the fonts (scripts/subset-fonts.mjs).
import { spawn } from 'node:child_process';
import path from 'node:path';

/** Runs a command; resolves with its exit code and everything it printed, in order. */
function run(command, args, { env = process.env, echo = false } = {}) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      if (echo) (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      else output.push(chunk);
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
const check = run(process.execPath, ['--import', 'tsx', path.join('scripts', 'check-content.ts'), '--no-write'], { echo: true });
// Contentlayer renders the feeds' HTML with React: the production build of React is faster.
// scripts/contentlayer-concurrency.cjs lets it work on more documents at once.
const contentlayer = run(process.execPath, ['--require', path.resolve('scripts', 'contentlayer-concurrency.cjs'), path.join('node_modules', 'contentlayer2', 'bin', 'cli.cjs'), 'build'], {
  env: { ...process.env, NODE_ENV: 'production' },
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

const media = run(process.execPath, [path.join('scripts', 'sync-media.mjs')], { echo: true });
const fonts = run(process.execPath, [path.join('scripts', 'subset-fonts.mjs')], { echo: true });
const [mediaDone, fontsDone] = await Promise.all([media.exited, fonts.exited]);
process.exit(mediaDone.code || fontsDone.code);

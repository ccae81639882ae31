// `npm run dev`: Contentlayer watches content/ and regenerates its output on every save, and
// `next dev` picks that up, so an edited article shows on reload within a second or two.
// (Next 16 builds with Turbopack, which skips withContentlayer's webpack hook, hence two processes.)
import { spawn, spawnSync } from 'node:child_process';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const first = spawnSync('npm', ['run', 'content'], { stdio: 'inherit', env });
if (first.status !== 0) process.exit(first.status ?? 1);

const children = [
  spawn('npx', ['contentlayer2', 'dev'], { stdio: 'inherit', env }),
  spawn('npx', ['next', 'dev', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } }),
];

function stop(code) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

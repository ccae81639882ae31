// `npm run dev`: Contentlayer watches content/ and regenerates its output on every save, and
// `next dev` picks that up, so an edited article shows on reload within a second or two.
// (Next 16 builds with Turbopack, which skips withContentlayer's webpack hook, hence two processes.)
// concurrently runs both: when either stops, the other is stopped too and `npm run dev` fails,
// so a preview never goes on half alive (a dead Contentlayer would show stale articles).
import { spawnSync } from 'node:child_process';
import { concurrently } from 'concurrently';

const env = { NEXT_TELEMETRY_DISABLED: '1' };
const first = spawnSync('npm', ['run', 'content'], { stdio: 'inherit', env: { ...process.env, ...env } });
if (first.status !== 0) process.exit(first.status ?? 1);

const { result } = concurrently(
  [
    { name: 'contentlayer', command: 'npx contentlayer2 dev', env },
    // {@}: the arguments given to `npm run dev -- …`, quoted by concurrently.
    { name: 'next', command: 'npx next dev {@}', env },
  ],
  { killOthersOn: ['failure', 'success'], additionalArguments: process.argv.slice(2), prefix: 'name' },
);

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (interrupted = true));

result.then(
  () => process.exit(0),
  (events) => {
    // Ctrl-C stops both children on purpose; anything else is a child that died.
    if (interrupted) process.exit(130);
    const died = events.find((event) => event.exitCode !== 0 && !event.killed) ?? events[0];
    console.error(`npm run dev: ${died?.command.name ?? 'a process'} stopped (exit ${died?.exitCode ?? 'unknown'}), so the other was stopped too.`);
    process.exit(1);
  },
);

// `npm run build`: the whole build, step by step, each timed. The test fixture
// (scripts/build-fixture.mjs), the cluster (scripts/cluster/build.mjs) and the benchmark run this
// same chain through `npm run build`, with CONTENT_DIR and NEXT_DIST_DIR of their own.
//
// Why there are six steps, and not one `next build`. Figures: 1,000 generated articles, from
// bench/reports/latest.md (time, peak memory of the step's processes) and bench/README.md:
//   content   63.5 s, 680 MB: the editors' check beside Contentlayer, then images and fonts. Next
//             cannot run Contentlayer itself, and the check must stop a broken article, with its
//             Swedish report, before anything is built. (Measured while Contentlayer was patched
//             to six documents in flight; unpatched it took 4–12 s more at 1,000 articles.) Since
//             the body compiler of lib/build/mdx-compile.ts and scripts/contentlayer-build.mjs,
//             by hand beside the code before them on the same shared machine: 62.2 → 45.3 s,
//             645 → 581 MB at 1,000 articles; 419 → 225 s, 1,115 → 989 MB at 3,000.
//   compile   22.1 s, 1,013 MB: `next build --experimental-build-mode=compile`. Turbopack's memory
//             (about 800 MB) is given back before pages are prerendered: one `next build` peaks
//             at 1.6 GB, over the 1.2 GB budget.
//   snapshot  0.5 + 1.1 s, 145 MB: the content this build serves, copied into the build folder,
//             and the feeds' HTML beside it. It can only come after `compile`, which empties the
//             build folder, and must come before `generate`, which prerenders from it.
//   generate  46.7 s, 657 MB: `next build --experimental-build-mode=generate`, every page prerendered.
//   pages     every prerendered page stored without Next's client runtime, once, instead of at
//             every read (lib/serving/built-pages.mjs says why and what it saved), and the list
//             of their addresses that the server's warm-up reads (scripts/build-pages.mjs).
//   search    10.2 s, 573 MB: the Pagefind index, read from the prerendered article pages.
// This script stays alive while its steps run, about 42 MB of its own: the build's peak at
// 1,000 articles is then about 1,055 MB, within the 1.2 GB budget (bench/budgets.json).
import { spawn } from 'node:child_process';
import { formatDuration } from '../lib/build/build-progress.mjs';
import { STEPS } from './build-steps.mjs';

/** Runs one step with this Node; resolves with its exit code. */
function run(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`build: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const started = Date.now();
const times = [];
for (const step of STEPS) {
  console.log(`\nbuild: ${step.name} (${step.why})`);
  const stepStarted = Date.now();
  const code = await run(step.command);
  const took = formatDuration(Date.now() - stepStarted);
  times.push(`${step.name} ${took}`);
  if (code === 0) console.log(`build: ${step.name} done in ${took}`);
  if (code !== 0) {
    console.error(`build: the ${step.name} step failed (exit code ${code}); nothing after it was built.`);
    process.exit(code);
  }
}
console.log(`\nbuild: done in ${formatDuration(Date.now() - started)} (${times.join(', ')})`);

// Contentlayer's `build` command, run through the package's own API (contentlayer2/core) rather
// than its CLI: the same steps as the CLI's BuildCommand (read the config, check the tsconfig
// alias unless the config turns that off, generate .contentlayer, say how many documents), with
// its errors and exit code, but without the execution tracing the CLI switches on for the
// whole run (`import '@contentlayer2/utils/effect/Tracing/Enable'` in @contentlayer2/cli): a
// debugging aid for Contentlayer's own stack traces that costs about a sixth of its CPU time
// (1,000 articles: 40.5 and 43.7 s of user CPU with the CLI, 33.2 and 35.6 s without).
// scripts/build-content.mjs runs this; `node scripts/contentlayer-build.mjs`, with the CLI's
// environment (NODE_ENV=production, CONTENT_DIR).
import os from 'node:os';
import { syncBuiltinESMExports } from 'node:module';
import { fileURLToPath } from 'node:url';
import { generateDotpkg, getConfig, logGenerateInfo, runMain, validateTsconfig } from 'contentlayer2/core';

// Bodies are compiled in a worker thread beside Contentlayer's own (lib/build/mdx-compile.ts).
process.env.CONTENT_COMPILE_WORKER = fileURLToPath(new URL('../lib/build/mdx-compile-worker.mjs', import.meta.url));

// How many documents Contentlayer works on at once: as many as os.cpus() lists, read when it
// starts (@contentlayer2/source-files, fetchData/fetchAllDocuments.js), with no setting of its
// own. Two on this machine's two cores left its thread and the compiler's each idle a third of
// the time (a CPU profile at 3,000 articles), each waiting for the other. So in this process
// only, os.cpus() lists at least CONTENT_IN_FLIGHT entries (4 unless set; the compiler's pool
// is sized by os.availableParallelism(), which stays true). 3,000 articles, Contentlayer alone on
// a quiet machine: 105.7 s with 2 in flight, 87.7 s with 4, 91.5 s with 8; peak 648, 720, 726 MB.
const inFlight = Number(process.env.CONTENT_IN_FLIGHT ?? 4);
const cpus = os.cpus();
if (Number.isInteger(inFlight) && inFlight > cpus.length) {
  os.cpus = () => Array.from({ length: inFlight }, (_, index) => cpus[index % cpus.length]);
  syncBuiltinESMExports();
}

// runMain prints a failure as the CLI does and exits with code 1.
const run = runMain({ tracingServiceName: 'contentlayer-build', verbose: process.env.CL_DEBUG !== undefined });

const config = await run(getConfig({}));
if (!config.source.options.disableImportAliasWarning) await run(validateTsconfig);
const info = await run(generateDotpkg({ config, verbose: false }));
await run(logGenerateInfo(info));

// Contentlayer's `build` command, run through the package's own API (contentlayer2/core) rather
// than its CLI: the same steps as the CLI's BuildCommand (read the config, check the tsconfig
// alias unless the config turns that off, generate .contentlayer, say how many documents), with
// its errors and exit code, but without the execution tracing the CLI switches on for the
// whole run (`import '@contentlayer2/utils/effect/Tracing/Enable'` in @contentlayer2/cli): a
// debugging aid for Contentlayer's own stack traces that costs about a sixth of its CPU time
// (1,000 articles: 40.5 and 43.7 s of user CPU with the CLI, 33.2 and 35.6 s without).
// scripts/build-content.mjs runs this; `node scripts/contentlayer-build.mjs`, with the CLI's
// environment (NODE_ENV=production, CONTENT_DIR).
import { fileURLToPath } from 'node:url';
import { generateDotpkg, getConfig, logGenerateInfo, runMain, validateTsconfig } from 'contentlayer2/core';

// Bodies are compiled in a worker thread beside Contentlayer's own (lib/build/mdx-compile.ts).
process.env.CONTENT_COMPILE_WORKER = fileURLToPath(new URL('../lib/build/mdx-compile-worker.mjs', import.meta.url));

// runMain prints a failure as the CLI does and exits with code 1.
const run = runMain({ tracingServiceName: 'contentlayer-build', verbose: process.env.CL_DEBUG !== undefined });

const config = await run(getConfig({}));
if (!config.source.options.disableImportAliasWarning) await run(validateTsconfig);
const info = await run(generateDotpkg({ config, verbose: false }));
await run(logGenerateInfo(info));

// The build's `pages` step, after prerendering (scripts/build-steps.mjs): every prerendered page
// stored without Next's client runtime (lib/serving/built-pages.mjs), and the list of those pages
// by the addresses readers use, for server.mjs's warm-up (lib/serving/answer-memo.mjs, keepWarm).
// Run as the build runs it, `node --import tsx scripts/build-pages.mjs`: the addresses come from
// the routing table in lib/routing/paths.ts.
import fs from 'node:fs';
import path from 'node:path';
import { distDir, prerenderedPathsFile } from '../lib/build/build-dir.mjs';
import { createProgress } from '../lib/build/build-progress.mjs';
import { publicPathOf } from '../lib/routing/paths.ts';
import { stripBuiltPages } from '../lib/serving/built-pages.mjs';

const appDir = path.join(distDir, 'server', 'app');
if (!fs.existsSync(appDir)) {
  console.error(`pages: ${appDir}/ holds no built pages. Run \`npm run build\` first${distDir === '.next' ? '' : ` with NEXT_DIST_DIR=${distDir}`}.`);
  process.exit(1);
}
const started = performance.now();
const { pages, stripped, bytesBefore, bytesAfter, served } = stripBuiltPages(appDir, {
  progress: (total) => createProgress({ label: 'pages', unit: 'pages read', total, write: (line) => console.log(line) }),
});
const mb = (bytes) => (bytes / 1048576).toFixed(1);
console.log(`pages: ${stripped} of ${pages} pages stored without the client runtime, ${mb(bytesBefore)} -> ${mb(bytesAfter)} MB, in ${((performance.now() - started) / 1000).toFixed(1)} s`);

// Next's own pages (the error shells) have no address of their own: they are left out.
const addresses = served.flatMap((internal) => publicPathOf(internal) ?? []).sort();
fs.writeFileSync(prerenderedPathsFile, `${JSON.stringify(addresses)}\n`);
console.log(`pages: ${addresses.length} addresses of prerendered pages listed in ${prerenderedPathsFile}`);

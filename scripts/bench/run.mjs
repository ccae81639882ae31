// `npm run bench`: builds the site against synthetic corpora of N articles in isolated workspaces,
// weighs its pages, loads its server, and judges the figures against bench/budgets.json.
// Exit 0 within budget, 1 over budget, 2 when the benchmark itself could not run.
// Usage and the meaning of every figure: bench/README.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateCorpus, slugify, writeCorpus } from './corpus.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { measureBuild } from './measure-build.mjs';
import { weighPages } from './page-weight.mjs';
import { weighPhoneViews } from './phone.mjs';
import { isLinuxProc, killAllGroups, treeRss, waitForQuiet } from './processes.mjs';
import { largestByKind, measureSearch, weighListings } from './scale.mjs';
import { evaluate, readBudgets, toMarkdown, writeReports } from './report.mjs';
import { loadAutocannon, loadTest } from './serve-load.mjs';
import { freePort, startServer } from './server.mjs';
import { createFloorWorkspace, createWorkspace } from './workspace.mjs';
import { localePath } from '../../lib/routing/paths.ts';
import { spawnSync } from 'node:child_process';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const benchDir = path.join(repoRoot, 'bench');

const USAGE = `Usage: npm run bench -- [options]
  --sizes 100,1000,3000   corpus sizes to build (default 100,1000)
  --serve-seconds 10      length of each measured load run (default 10)
  --skip-serve            build only: no page weight, no load, no Lighthouse
  --skip-lighthouse       no Lighthouse (by default 12.2.3 runs 5 times a page, medians judged)
  --node-modules MODE     how workspaces get node_modules: hardlink (default) or symlink
  --seed N                corpus seed (default ${DEFAULT_SEED})
  --search-word WORD      the common word searched for in Chromium (default industri)
  --keep                  keep the temporary corpora and workspaces`;

class UsageError extends Error {}

function options(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '100,1000' },
      'serve-seconds': { type: 'string', default: '10' },
      'skip-serve': { type: 'boolean', default: false },
      'skip-lighthouse': { type: 'boolean', default: false },
      'node-modules': { type: 'string', default: 'hardlink' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      'search-word': { type: 'string', default: 'industri' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const sizes = [...new Set(values.sizes.split(',').map((size) => Number(size.trim())))].sort((a, b) => a - b);
  if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new UsageError(`--sizes takes positive whole numbers, e.g. 100,1000 (got "${values.sizes}")`);
  const serveSeconds = Number(values['serve-seconds']);
  if (!Number.isFinite(serveSeconds) || serveSeconds < 1 || serveSeconds > 300) throw new UsageError('--serve-seconds takes a number of seconds from 1 to 300');
  const modules = /** @type {import('./workspace.mjs').ModulesMode} */ (values['node-modules']);
  if (modules !== 'hardlink' && modules !== 'symlink') throw new UsageError('--node-modules is hardlink or symlink');
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new UsageError('--seed takes a whole number');
  return { sizes, searchWord: values['search-word'], serveSeconds, skipServe: values['skip-serve'], lighthouse: !values['skip-lighthouse'] && !values['skip-serve'], modules, seed, keep: values.keep, help: values.help };
}

const load = () => os.loadavg().map((value) => value.toFixed(2)).join(' ');

/** Temporary folders to remove however the run ends (unless --keep). */
const temporary = new Set();
let keepTemporary = false;
function cleanUp() {
  killAllGroups();
  if (keepTemporary) {
    for (const dir of temporary) console.log(`[bench] kept ${dir}`);
    return;
  }
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
  temporary.clear();
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n[bench] ${signal}: stopping builds and servers, removing temporary folders`);
    cleanUp();
    process.exit(130);
  });
}

/** Requests every path once, eight at a time; answers how many did not answer 200. */
async function readEvery(origin, paths) {
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++];
      const response = await fetch(`${origin}${path}`, { headers: { 'Accept-Encoding': 'gzip' } });
      await response.arrayBuffer();
      if (response.status !== 200) failed += 1;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return failed;
}

/** The article to weigh and load: the median by length, so neither a stub nor the longest. */
function representativeArticle(corpus) {
  return [...corpus].sort((a, b) => a.words - b.words || a.slug.localeCompare(b.slug))[Math.floor(corpus.length / 2)];
}

/** The topic with the most articles: its page is a full listing. */
function busiestTopic(corpus) {
  const counts = new Map();
  for (const article of corpus) for (const tag of article.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

async function main() {
  const opts = options(process.argv.slice(2));
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  keepTemporary = opts.keep;
  if (!isLinuxProc) throw new Error('the benchmark reads memory from /proc and needs Linux');
  const budgets = readBudgets(path.join(benchDir, 'budgets.json'));
  // Fail before a long build rather than after it.
  const { autocannon, missing } = opts.skipServe ? { autocannon: null, missing: null } : await loadAutocannon();
  if (missing) throw new Error(missing);

  const cpus = os.cpus().length;
  /** @type {import('./report.mjs').Results} */
  const results = {
    startedAt: new Date().toISOString(),
    machine: { cpus, memory: `${Math.round(os.totalmem() / 1024 ** 3)} GB`, node: process.versions.node, loadStart: load(), loadEnd: '' },
    options: { sizes: opts.sizes, serveSeconds: opts.serveSeconds, skipServe: opts.skipServe, lighthouse: opts.lighthouse, nodeModules: opts.modules, seed: opts.seed },
    corpus: [],
    builds: [],
    pageWeight: null,
    phone: null,
    serving: null,
    lighthouse: null,
    scale: opts.skipServe ? null : [],
    notes: [],
  };
  console.log(`[bench] sizes ${opts.sizes.join(', ')}; load average ${results.machine.loadStart} on ${results.machine.cpus} CPUs`);
  if (os.loadavg()[0] > cpus) results.notes.push(`The machine was busy at the start (load average ${results.machine.loadStart} on ${cpus} CPUs): times are inflated.`);

  const largest = opts.sizes.at(-1);
  /** The floor: a bare Next page, built once and served beside the site for every size. */
  let floor = null;
  if (!opts.skipServe) {
    const workspace = createFloorWorkspace({ repoRoot });
    temporary.add(workspace.dir);
    console.log('[bench] building the floor (a bare Next page)');
    const built = spawnSync(path.join(workspace.dir, 'node_modules', '.bin', 'next'), ['build'], { cwd: workspace.dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: '' }, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`the floor did not build:\n${built.stdout}\n${built.stderr}`);
    floor = await startServer({ workspace: workspace.dir, port: await freePort(), kind: 'next' });
  }
  results.serving = opts.skipServe ? null : [];
  try {
    for (const count of opts.sizes) {
      const generated = performance.now();
      const corpus = generateCorpus({ count, seed: opts.seed });
      const corpusDir = fs.mkdtempSync(path.join(os.tmpdir(), `regionbloggen-corpus-${count}-`));
      temporary.add(corpusDir);
      writeCorpus(corpusDir, corpus, path.join(repoRoot, 'content', 'skribenter'));
      const words = corpus.reduce((sum, article) => sum + article.words, 0);
      results.corpus.push({ count, seed: opts.seed, meanWords: Math.round(words / count), generateSeconds: Math.round(performance.now() - generated) / 1000 });
      console.log(`[bench] corpus of ${count} articles (${Math.round(words / count)} words on average) in ${corpusDir}`);

      const workspace = createWorkspace({ repoRoot, label: String(count), modules: opts.modules });
      temporary.add(workspace.dir);
      // The port is chosen now because the build prints SITE_URL into every page.
      const port = await freePort();
      results.builds.push(await measureBuild({ workspace: workspace.dir, corpusDir, count, siteUrl: `http://localhost:${port}`, label: `${count}` }));
      const builtAt = Date.now();
      if (floor) await serveSize({ workspace, corpus, port, count, builtAt, floor, isLargest: count === largest });
      if (!opts.keep) {
        workspace.remove();
        temporary.delete(workspace.dir);
      }
    }
  } finally {
    await floor?.stop();
  }

  /** Weighs and loads one size's build, side by side with the floor. */
  async function serveSize({ workspace, corpus, port, count, builtAt, floor, isLargest }) {
    console.log(`[bench] serving the ${count}-article build`);
    // Measured once the server's warm-up (lib/serving/answer-memo.mjs) is done, as a deploy would
    // put it in service.
    const server = await startServer({ workspace: workspace.dir, port, readyLine: /^answers: / });
    console.log(`[bench] ${count}: ready after ${server.ready?.seconds.toFixed(0)} s more: ${server.ready?.line}`);
    if (server.ready) results.notes.push(`${count} articles: the server was ready ${server.ready.seconds.toFixed(0)} s after it first answered (${server.ready.line}).`);
    try {
      const article = representativeArticle(corpus);
      const topic = busiestTopic(corpus);
      const pages = [
        { name: 'article', path: localePath('sv', '/artiklar/[slug]', { params: { slug: article.slug } }) },
        { name: 'front page', path: '/' },
        { name: 'topic', path: localePath('sv', '/amnen/[slug]', { params: { slug: slugify(topic) } }) },
      ];
      if (isLargest) {
        console.log('[bench] weighing pages');
        results.pageWeight = await weighPages(server.origin, pages);
        console.log('[bench] a phone views the article and the front page (Chromium, 390×844, load + 6 s)');
        results.phone = await weighPhoneViews(server.origin, pages.slice(0, 2));
      }
      const run = async (label, target, options) => {
        console.log(`[bench] ${count}: ${label}`);
        const result = await loadTest({ autocannon, connections: 50, seconds: opts.serveSeconds, warmupSeconds: 2, ...options, origin: target.origin });
        results.serving.push({ ...result, size: count, target: target === floor ? 'floor' : 'site' });
      };
      // Interleaved, so that the machine's mood weighs on both sides alike.
      for (const gzip of [false, true]) {
        const encoding = gzip ? 'gzip' : 'identity';
        await run(`floor, ${encoding}`, floor, { name: 'floor', path: '/', gzip });
        await run(`one article repeatedly, ${encoding}`, server, { name: 'article', path: pages[0].path, gzip });
      }
      // The crawl reads every article once pages are older than the longest interval a page
      // ever had (60 s): a page that re-rendered on a clock would render here.
      const wait = builtAt + 61_000 - Date.now();
      if (wait > 0) {
        console.log(`[bench] ${count}: waiting ${Math.ceil(wait / 1000)} s until every page is older than 60 s`);
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
      const crawl = corpus.map((entry) => localePath('sv', '/artiklar/[slug]', { params: { slug: entry.slug } }));
      for (const gzip of [false, true]) {
        await run(`crawl of all ${crawl.length} articles, ${gzip ? 'gzip' : 'identity'}`, server, { name: 'crawl', path: crawl[0], paths: crawl, gzip, countCache: true, warmupSeconds: 0 });
      }
      // Every article read once more, each by its own request, so the server has held each
      // (the timed crawl above may not reach every one at 10,000), then its memory is read.
      console.log(`[bench] ${count}: reading all ${crawl.length} articles once, then the server's memory`);
      const failedReads = await readEvery(server.origin, crawl);
      const serverRssBytes = treeRss(server.pid);
      console.log(`[bench] ${count}: weighing the largest page of every listing`);
      const listings = largestByKind(await weighListings(server.origin));
      // Timed in the browser, so measured once the crawl's work has settled (processes.mjs).
      const quiet = async (what) => {
        const { waitedMs, idleShare } = await waitForQuiet();
        results.notes.push(`${count} articles: ${what} began after ${(waitedMs / 1000).toFixed(0)} s of waiting for a quiet machine (${Math.round(idleShare * 100)} % idle in the last second).`);
      };
      await quiet('the search');
      console.log(`[bench] ${count}: searching for “${opts.searchWord}” in Chromium`);
      const search = await measureSearch(server.origin, opts.searchWord);
      results.scale.push({ size: count, serverRssBytes, failedReads, listings, search });
      await run('listing', server, { name: 'listing', path: localePath('sv', '/artiklar'), gzip: true });
      if (isLargest && opts.lighthouse) {
        await quiet('Lighthouse');
        console.log('[bench] running Lighthouse');
        results.lighthouse = await runLighthouse(server.origin, pages.slice(0, 2));
        if ('skipped' in results.lighthouse) {
          console.log(`[bench] Lighthouse skipped: ${results.lighthouse.skipped}`);
          results.notes.push(`Lighthouse skipped: ${results.lighthouse.skipped}.`);
        }
      }
    } finally {
      await server.stop();
    }
  }

  results.machine.loadEnd = load();
  results.finishedAt = new Date().toISOString();
  const rows = evaluate(budgets, results);
  const markdown = toMarkdown(results, rows);
  const files = writeReports(path.join(benchDir, 'reports'), results, rows, markdown);
  console.log(`\n${markdown}`);
  console.log(`[bench] wrote ${path.relative(repoRoot, files.json)}, ${path.relative(repoRoot, files.latestJson)} and ${path.relative(repoRoot, files.latestMd)}`);
  return rows.some((row) => row.status === 'fail') ? 1 : 0;
}

let exitCode = 2;
try {
  exitCode = await main();
} catch (error) {
  if (error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) console.error(`${error.message}\n\n${USAGE}`);
  else console.error(`[bench] error: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 2;
} finally {
  cleanUp();
}
process.exit(exitCode);

// Turns the measurements into a verdict: every figure next to its budget, ✅ or ❌, and budgets a
// run did not measure marked so (never counted as passed). Writes JSON for tools and Markdown for people.
import fs from 'node:fs';
import path from 'node:path';

/**
 * @typedef {'pass' | 'fail' | 'not measured' | ''} Status
 * @typedef {{ section: string; figure: string; value: string; budget: string; status: Status }} Row
 * @typedef {import('./measure-build.mjs').BuildResult} BuildResult
 * @typedef {import('./page-weight.mjs').PageWeight} PageWeight
 * @typedef {import('./serve-load.mjs').LoadResult} LoadResult
 * @typedef {{ startedAt: string; finishedAt?: string; machine: Record<string, unknown>; options: Record<string, unknown>; corpus: Record<string, unknown>[]; builds: BuildResult[]; pageWeight: PageWeight[] | null; phone?: import('./phone.mjs').PhoneView[] | null; serving: (LoadResult & { size: number; target: 'site' | 'floor' })[] | null; lighthouse: { skipped: string } | { version: string; results: { name: string; path: string; scores: Record<string, number> }[] } | null; scale?: { size: number; serverRssBytes: number; failedReads: number; listings: import('./scale.mjs').ListingWeight[]; search: import('./scale.mjs').SearchRun }[] | null; notes: string[] }} Results
 */

const KB = 1024;
const GB = 1024 ** 3;
const number = (value, digits = 0) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kb = (bytes) => `${number(bytes / KB, 1)} KB`;
const mb = (bytes) => `${number(bytes / 1024 ** 2)} MB`;
const files = (count) => `${count} ${count === 1 ? 'file' : 'files'}`;

/** Reads bench/budgets.json, checking that every budget the report judges is a number. */
export function readBudgets(file) {
  const budgets = JSON.parse(fs.readFileSync(file, 'utf8'));
  const required = ['articleJsGzipKB', 'cssGzipKB', 'articleHtmlGzipKB', 'build1000WallSeconds', 'build1000PeakMemoryGB', 'perArticleGrowth3000vs1000', 'articleVsFloor', 'articleP99VsFloor', 'crawlVsFloor', 'crawlRenders', 'serveFailures'];
  for (const key of required) if (typeof budgets[key] !== 'number') throw new Error(`${file}: "${key}" must be a number`);
  return budgets;
}

/**
 * Every figure of a run, with its budget where there is one.
 * @param {Record<string, any>} budgets
 * @param {Results} results
 * @returns {Row[]}
 */
export function evaluate(budgets, results) {
  /** @type {Row[]} */
  const rows = [];
  const info = (section, figure, value) => rows.push({ section, figure, value, budget: '', status: '' });
  const judge = (section, figure, value, budget, pass) => rows.push({ section, figure, value, budget, status: pass ? 'pass' : 'fail' });
  const unmeasured = (section, figure, budget) => rows.push({ section, figure, value: '–', budget, status: 'not measured' });

  // Build
  const wallBudget = `≤ ${budgets.build1000WallSeconds} s`;
  const memoryBudget = `≤ ${budgets.build1000PeakMemoryGB} GB`;
  for (const build of results.builds) {
    const section = `Build, ${number(build.count)} articles`;
    const judged = build.count === 1000;
    if (judged) judge(section, 'wall time', `${number(build.wallSeconds, 1)} s`, wallBudget, build.wallSeconds <= budgets.build1000WallSeconds);
    else info(section, 'wall time', `${number(build.wallSeconds, 1)} s`);
    info(section, 'time per article', `${number(build.secondsPerArticle * 1000, 1)} ms`);
    const memory = `${mb(build.peakRssBytes)}`;
    if (judged) judge(section, 'peak memory (sum of RSS over the process tree)', memory, memoryBudget, build.peakRssBytes <= budgets.build1000PeakMemoryGB * GB);
    else info(section, 'peak memory (sum of RSS over the process tree)', memory);
    const { total, articles, shareImages, other } = build.pages;
    info(section, 'pages prerendered', `${number(total)} (${number(articles)} article pages, ${number(shareImages)} share images, ${number(other)} other)`);
    for (const step of build.steps) info(section, `step \`${step.command}\``, `${number(step.seconds, 1)} s, peak ${mb(step.peakRssBytes)}`);
    for (const [phase, seconds] of Object.entries(build.nextPhases)) info(section, `next build: ${phase}`, `${number(seconds, 1)} s`);
  }
  if (!results.builds.some((build) => build.count === 1000)) {
    unmeasured('Build, 1,000 articles', 'wall time', wallBudget);
    unmeasured('Build, 1,000 articles', 'peak memory (sum of RSS over the process tree)', memoryBudget);
  }
  const at1000 = results.builds.find((build) => build.count === 1000);
  const at3000 = results.builds.find((build) => build.count === 3000);
  const growthBudget = `≤ ${number(budgets.perArticleGrowth3000vs1000 * 100)} % more`;
  if (at1000 && at3000) {
    const growth = at3000.secondsPerArticle / at1000.secondsPerArticle - 1;
    judge('Build scaling', 'time per article, 3,000 vs 1,000', `${growth >= 0 ? '+' : ''}${number(growth * 100, 1)} %`, growthBudget, growth <= budgets.perArticleGrowth3000vs1000);
  } else unmeasured('Build scaling', 'time per article, 3,000 vs 1,000', growthBudget);

  // At 10,000 articles (issue 16): the build scales flat, in wall time and memory.
  const scaleBudgets = budgets.scale ?? {};
  const at10000 = results.builds.find((build) => build.count === 10000);
  const wall10000 = `≤ ${scaleBudgets.build10000WallSeconds} s`;
  const memory10000 = `≤ ${scaleBudgets.build10000PeakMemoryGB} GB`;
  const growth10000 = `≤ ${number((scaleBudgets.perArticleGrowth10000vs1000 ?? 0) * 100)} % more`;
  if (at10000) {
    judge('Build, 10,000 articles', 'wall time', `${number(at10000.wallSeconds, 1)} s`, wall10000, at10000.wallSeconds <= scaleBudgets.build10000WallSeconds);
    judge('Build, 10,000 articles', 'peak memory (sum of RSS over the process tree)', mb(at10000.peakRssBytes), memory10000, at10000.peakRssBytes <= scaleBudgets.build10000PeakMemoryGB * GB);
  } else {
    unmeasured('Build, 10,000 articles', 'wall time', wall10000);
    unmeasured('Build, 10,000 articles', 'peak memory (sum of RSS over the process tree)', memory10000);
  }
  if (at1000 && at10000) {
    const growth = at10000.secondsPerArticle / at1000.secondsPerArticle - 1;
    judge('Build scaling', 'time per article, 10,000 vs 1,000', `${growth >= 0 ? '+' : ''}${number(growth * 100, 1)} %`, growth10000, growth <= scaleBudgets.perArticleGrowth10000vs1000);
  } else unmeasured('Build scaling', 'time per article, 10,000 vs 1,000', growth10000);

  // What must not grow with the archive, at every size served
  const listingBudget = `≤ ${scaleBudgets.listingGzipKB} KB gzip`;
  const rssBudget = `≤ ${scaleBudgets.serverRss10000MB} MB at 10,000`;
  const requestsBudget = `≤ ${scaleBudgets.searchRequests}`;
  const firstResultBudget = `≤ ${scaleBudgets.searchFirstResultMs} ms at 10,000`;
  if (results.scale && results.scale.length > 0) {
    for (const measured of results.scale) {
      const size = number(measured.size);
      for (const page of measured.listings) {
        const section = `Largest page, ${page.kind}, ${size} articles`;
        const value = `${kb(page.gzip)} gzip, ${kb(page.raw)} raw (${page.path}, ${page.status})`;
        // Sitemap files are for crawlers, bounded by their address count (lib/seo/sitemap.ts), not by bytes.
        if (page.kind === 'sitemap file') info(section, 'XML', value);
        else judge(section, page.kind.includes('feed') || page.kind.includes('sitemap') ? 'XML' : 'HTML', value, listingBudget, page.status === 200 && page.gzip <= scaleBudgets.listingGzipKB * KB);
      }
      const section = `Search for “${measured.search.word}” in Chromium, ${size} articles (${measured.search.total})`;
      judge(section, 'requests after the page loaded', `${number(measured.search.requests)} (${measured.search.fragments} fragments)`, requestsBudget, measured.search.requests <= scaleBudgets.searchRequests);
      const firstResult = `${number(measured.search.firstResultMs)} ms`;
      if (measured.size >= 10000) judge(section, 'first result after the last keystroke (debounce included)', firstResult, firstResultBudget, measured.search.firstResultMs <= scaleBudgets.searchFirstResultMs);
      else info(section, 'first result after the last keystroke (debounce included)', firstResult);
      const memorySection = `Server memory, ${size} articles`;
      const rss = `${mb(measured.serverRssBytes)} (${measured.failedReads} reads not 200)`;
      if (measured.size >= 10000) judge(memorySection, 'resident memory after reading every article', rss, rssBudget, measured.serverRssBytes <= scaleBudgets.serverRss10000MB * 1024 ** 2 && measured.failedReads === 0);
      else info(memorySection, 'resident memory after reading every article', rss);
    }
  } else {
    unmeasured('Largest page of every listing', 'HTML', listingBudget);
    unmeasured('Search for a common word', 'requests after the page loaded', requestsBudget);
  }
  if (!results.scale?.some((measured) => measured.size >= 10000)) {
    unmeasured('Search for a common word, 10,000 articles', 'first result after the last keystroke', firstResultBudget);
    unmeasured('Server memory, 10,000 articles', 'resident memory after reading every article', rssBudget);
  }

  // Page weight
  const cssBudget = `≤ ${budgets.cssGzipKB} KB gzip`;
  const jsBudget = `≤ ${budgets.articleJsGzipKB} KB gzip`;
  const htmlBudget = `≤ ${budgets.articleHtmlGzipKB} KB gzip`;
  if (results.pageWeight) {
    for (const page of results.pageWeight) {
      const section = `Page weight, ${page.name} (${page.path})`;
      const html = `${kb(page.html.raw)} raw, ${kb(page.html.gzip)} gzip`;
      const js = `${kb(page.js.raw)} raw, ${kb(page.js.gzip)} gzip (${files(page.js.files)})`;
      const css = `${kb(page.css.raw)} raw, ${kb(page.css.gzip)} gzip (${files(page.css.files)})`;
      if (page.name === 'article') judge(section, 'HTML', html, htmlBudget, page.html.gzip <= budgets.articleHtmlGzipKB * KB);
      else info(section, 'HTML', html);
      if (page.name === 'article') judge(section, 'JavaScript', js, jsBudget, page.js.gzip <= budgets.articleJsGzipKB * KB);
      else info(section, 'JavaScript', js);
      judge(section, 'CSS', css, cssBudget, page.css.gzip <= budgets.cssGzipKB * KB);
      info(section, 'fonts (preloaded woff2)', `${kb(page.fonts.raw)} raw (${files(page.fonts.files)})`);
    }
  } else {
    unmeasured('Page weight, article', 'HTML', htmlBudget);
    unmeasured('Page weight, article', 'JavaScript', jsBudget);
    unmeasured('Page weight, every page', 'CSS', cssBudget);
  }

  // A phone's view: requests and bytes in Chromium at phone width, load + 6 s
  const kBytes = (bytes) => `${number(bytes / 1000, 1)} kB`;
  const phoneBudgets = budgets.phone ?? {};
  if (results.phone) {
    for (const view of results.phone) {
      const section = `Phone view, ${view.name} (${view.path}), 390×844, load + 6 s`;
      const limits = view.name === 'article' ? phoneBudgets.article : phoneBudgets.frontPage;
      const types = Object.entries(view.byType).map(([type, { requests, bytes }]) => `${type} ${requests} / ${kBytes(bytes)}`).join(', ');
      info(section, 'by type (requests / transferred)', types);
      judge(section, 'requests', number(view.requests), `≤ ${limits.requests}`, view.requests <= limits.requests);
      judge(section, 'transferred', kBytes(view.transferBytes), `≤ ${limits.kB} kB`, view.transferBytes <= limits.kB * 1000);
      judge(section, 'prefetch requests', number(view.prefetches), `≤ ${phoneBudgets.prefetches}`, view.prefetches <= phoneBudgets.prefetches);
      judge(section, 'requests still pending', number(view.pending), '0', view.pending === 0);
      if (view.name === 'article') judge(section, 'font data', kBytes(view.fontBytes), `≤ ${phoneBudgets.articleFontKB} kB`, view.fontBytes <= phoneBudgets.articleFontKB * 1000);
    }
  } else {
    unmeasured('Phone view, article', 'requests', `≤ ${phoneBudgets.article?.requests}`);
    unmeasured('Phone view, front page', 'requests', `≤ ${phoneBudgets.frontPage?.requests}`);
  }

  // Serving: every figure side by side with the floor (a bare Next page) of the same run
  const failureBudget = `${budgets.serveFailures}`;
  const ratio = (value) => `${number(value, 2)}×`;
  if (results.serving && results.serving.length > 0) {
    const sizes = [...new Set(results.serving.map((run) => run.size))];
    for (const size of sizes) {
      const runs = results.serving.filter((run) => run.size === size);
      for (const run of runs) {
        const encoding = run.gzip ? 'gzip' : 'identity';
        const what = run.name === 'crawl' ? `crawl of all ${number(run.paths)} articles` : run.name === 'floor' ? 'floor: a bare Next page' : `${run.name} (${run.path})`;
        const section = `Serving, ${number(size)} articles: ${what}, ${encoding}, ${run.connections} connections, ${run.seconds} s`;
        info(section, 'throughput (mean)', `${number(run.requestsPerSecond)} req/s (${number(run.requests)} requests)`);
        info(section, 'latency p50 / p99', `${number(run.latencyP50Ms)} / ${number(run.latencyP99Ms)} ms`);
        if (run.target === 'floor') continue;
        const floor = runs.find((other) => other.target === 'floor' && other.gzip === run.gzip);
        if (floor && run.name === 'article') {
          judge(section, 'throughput vs the floor', ratio(run.requestsPerSecond / floor.requestsPerSecond), `≥ ${budgets.articleVsFloor}×`, run.requestsPerSecond >= budgets.articleVsFloor * floor.requestsPerSecond);
          judge(section, 'latency p99 vs the floor', ratio(run.latencyP99Ms / Math.max(1, floor.latencyP99Ms)), `≤ ${budgets.articleP99VsFloor}×`, run.latencyP99Ms <= budgets.articleP99VsFloor * Math.max(1, floor.latencyP99Ms));
        }
        if (floor && run.name === 'crawl') {
          judge(section, 'throughput vs the floor', ratio(run.requestsPerSecond / floor.requestsPerSecond), `≥ ${budgets.crawlVsFloor}×`, run.requestsPerSecond >= budgets.crawlVsFloor * floor.requestsPerSecond);
          const renders = Object.entries(run.cache ?? {}).filter(([state]) => state !== 'HIT').reduce((sum, [, count]) => sum + count, 0);
          const states = Object.entries(run.cache ?? {}).map(([state, count]) => `${state} ${number(count)}`).join(', ');
          judge(section, 'renders (responses not served from the cache)', `${number(renders)} (${states})`, `${budgets.crawlRenders}`, renders <= budgets.crawlRenders);
        }
        const failures = run.errors + run.timeouts + run.non2xx;
        judge(section, 'errors + timeouts + non-2xx', `${run.errors} + ${run.timeouts} + ${run.non2xx}`, failureBudget, failures <= budgets.serveFailures);
      }
    }
  } else {
    unmeasured('Serving, article', 'throughput vs the floor', `≥ ${budgets.articleVsFloor}×`);
    unmeasured('Serving, article', 'latency p99 vs the floor', `≤ ${budgets.articleP99VsFloor}×`);
    unmeasured('Serving, crawl of every article', 'throughput vs the floor', `≥ ${budgets.crawlVsFloor}×`);
    unmeasured('Serving, crawl of every article', 'renders (responses not served from the cache)', `${budgets.crawlRenders}`);
  }

  // Lighthouse
  const lighthouseBudgets = budgets.lighthouse ?? {};
  if (results.lighthouse && 'results' in results.lighthouse) {
    for (const page of results.lighthouse.results) {
      for (const [category, minimum] of Object.entries(lighthouseBudgets)) {
        const score = page.scores[category];
        const section = `Lighthouse ${results.lighthouse.version}, ${page.name} (${page.path})`;
        if (score === undefined || Number.isNaN(score)) unmeasured(section, category, `≥ ${minimum}`);
        else judge(section, `${category} (median of ${page.runs?.length ?? 1}: ${(page.runs ?? []).map((run) => run.scores[category]).join(', ')})`, String(score), `≥ ${minimum}`, score >= Number(minimum));
      }
      const section = `Lighthouse ${results.lighthouse.version}, ${page.name} (${page.path})`;
      if (Number.isFinite(page.lcpMs)) judge(section, 'largest contentful paint (median)', `${number(page.lcpMs / 1000, 2)} s`, `≤ ${budgets.lighthouseLcpSeconds} s`, page.lcpMs <= budgets.lighthouseLcpSeconds * 1000);
      else unmeasured(section, 'largest contentful paint (median)', `≤ ${budgets.lighthouseLcpSeconds} s`);
    }
  } else {
    for (const [category, minimum] of Object.entries(lighthouseBudgets)) unmeasured('Lighthouse, article and front page', category, `≥ ${minimum}`);
  }
  return rows;
}

const SYMBOL = { pass: '✅', fail: '❌', 'not measured': 'not measured', '': '' };

/** The report as Markdown: a short header, the table, and notes. */
export function toMarkdown(results, rows) {
  const escape = (text) => String(text).replace(/\|/g, '\\|');
  const machine = results.machine;
  const lines = [
    `# Benchmark ${results.startedAt}`,
    '',
    `Sizes: ${results.builds.map((build) => number(build.count)).join(', ') || 'none'}. Machine: ${machine.cpus} CPUs, ${machine.memory}, Node ${machine.node}, load average ${machine.loadStart} at the start and ${machine.loadEnd} at the end.`,
    'Figures are single measurements on a shared machine; the budgets judge them (see bench/README.md).',
    '',
    '| Section | Figure | Measured | Budget | |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${escape(row.section)} | ${escape(row.figure)} | ${escape(row.value)} | ${escape(row.budget)} | ${SYMBOL[row.status]} |`),
  ];
  const failed = rows.filter((row) => row.status === 'fail').length;
  const unmeasured = rows.filter((row) => row.status === 'not measured').length;
  const passed = rows.filter((row) => row.status === 'pass').length;
  lines.push('', `**${failed === 0 ? 'Within budget' : 'Over budget'}**: ${passed} passed, ${failed} failed, ${unmeasured} not measured.`);
  if (results.notes.length > 0) lines.push('', 'Notes:', '', ...results.notes.map((note) => `- ${note}`));
  return `${lines.join('\n')}\n`;
}

/** Writes a file whole or not at all: a reader never sees half a report. */
function writeAtomically(file, text) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

/**
 * bench/reports/<timestamp>.json, and latest.json + latest.md.
 * @returns {{ json: string; latestJson: string; latestMd: string }}
 */
export function writeReports(dir, results, rows, markdown) {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = results.startedAt.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  const json = `${JSON.stringify({ ...results, rows }, null, 2)}\n`;
  const written = { json: path.join(dir, `${stamp}.json`), latestJson: path.join(dir, 'latest.json'), latestMd: path.join(dir, 'latest.md') };
  writeAtomically(written.json, json);
  writeAtomically(written.latestJson, json);
  writeAtomically(written.latestMd, markdown);
  return written;
}

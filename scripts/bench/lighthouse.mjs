// Lighthouse scores (`--lighthouse`), with lighthouse@12.2.3 from the project's devDependencies:
// each page RUNS times (mobile, simulated throttling), and the median of each score and of the
// LCP is judged, since single runs move by several points on a shared machine.
import fs from 'node:fs';
import { createRequire } from 'node:module';

export const EXPECTED_VERSION = '12.2.3';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

export const CHROMIUM = CHROMIUM_PATH;
const CHROME_FLAGS = CHROMIUM_ARGS;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** @typedef {{ name: string; path: string; scores: Record<string, number>; lcpMs: number; runs: { scores: Record<string, number>; lcpMs: number }[] }} LighthouseResult */

export const RUNS = 5;

/** The median of the runs that produced a figure (a run Lighthouse could not finish has none). */
function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor(sorted.length / 2)];
}

/** The installed Lighthouse version, or null. */
function installedVersion() {
  try {
    const require = createRequire(import.meta.url);
    // lighthouse's exports map hides package.json; find it next to the resolved entry point.
    const entry = require.resolve('lighthouse');
    const root = entry.slice(0, entry.lastIndexOf('/node_modules/lighthouse/') + '/node_modules/lighthouse/'.length);
    return JSON.parse(fs.readFileSync(`${root}package.json`, 'utf8')).version;
  } catch {
    return null;
  }
}

/**
 * Runs Lighthouse (its default: a mobile device, simulated throttling) on each page, one at a time.
 * @param {string} origin
 * @param {{ name: string; path: string }[]} pages
 * @returns {Promise<{ skipped: string } | { version: string; results: LighthouseResult[] }>}
 */
export async function runLighthouse(origin, pages) {
  let lighthouse;
  let chromeLauncher;
  try {
    lighthouse = (await import('lighthouse')).default;
    chromeLauncher = await import('chrome-launcher');
  } catch {
    return { skipped: `lighthouse@${EXPECTED_VERSION} could not be loaded (it is a devDependency: run npm ci)` };
  }
  if (!fs.existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM} (apt-get install -y chromium)` };
  const version = installedVersion() ?? 'unknown';
  if (version !== EXPECTED_VERSION) console.warn(`[bench] lighthouse ${version} is installed; the budgets were set with ${EXPECTED_VERSION}`);
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    /** @type {LighthouseResult[]} */
    const results = [];
    for (const page of pages) {
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) {
        const runner = await lighthouse(`${origin}${page.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
        const categories = runner?.lhr?.categories ?? {};
        const scores = Object.fromEntries(CATEGORIES.map((id) => [id, categories[id]?.score == null ? NaN : Math.round(categories[id].score * 100)]));
        runs.push({ scores, lcpMs: runner?.lhr?.audits?.['largest-contentful-paint']?.numericValue ?? NaN });
      }
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, median(runs.map((run) => run.scores[id]))]));
      results.push({ name: page.name, path: page.path, scores, lcpMs: median(runs.map((run) => run.lcpMs)), runs });
    }
    return { version, results };
  } finally {
    await chrome.kill();
  }
}

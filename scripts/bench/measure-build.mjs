// Times one production build of a corpus, step by step, and samples its memory.
// The steps are those `npm run build` runs (scripts/build-steps.mjs), each run on its own so
// each gets its own time.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnGroup, stopGroup, treeRss } from './processes.mjs';

const SAMPLE_MS = 200;
const PROGRESS_MS = 15_000;

/**
 * @typedef {{ name: string; command: string; seconds: number; peakRssBytes: number; exitCode: number }} StepResult
 * @typedef {{ label: string; count: number; wallSeconds: number; secondsPerArticle: number; peakRssBytes: number; steps: StepResult[]; nextPhases: Record<string, number>; pages: PageCount; logFile: string }} BuildResult
 * @typedef {{ total: number; articles: number; shareImages: number; other: number }} PageCount
 */

/** A shell word, quoted when it needs to be. */
const shellWord = (word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`);

/**
 * The build's steps in `workspace`: those of scripts/build-steps.mjs, which `npm run build` runs
 * in order, each run here on its own so each gets its own time and peak.
 */
export async function buildSteps(workspace) {
  const { STEPS } = await import(pathToFileURL(path.join(workspace, 'scripts', 'build-steps.mjs')).href);
  return STEPS.map((step) => ({ name: step.name, command: [process.execPath, ...step.command].map(shellWord).join(' ') }));
}

const seconds = (ms) => Math.round(ms / 100) / 10;
const mb = (bytes) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Runs one command in its own process group, sampling the resident memory of its whole process
 * tree every 200 ms, and printing a line every 15 s so a long build shows it is alive.
 */
async function runStep({ name, command }, { cwd, env, logFile, prefix }) {
  const started = performance.now();
  const { pid, exited } = spawnGroup('sh', ['-c', command], { cwd, env, logFile });
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRss(pid));
  };
  sample();
  const sampler = setInterval(sample, SAMPLE_MS);
  const progress = setInterval(() => {
    console.log(`${prefix} ${name}: ${seconds(performance.now() - started)} s, ${mb(treeRss(pid))} now`);
  }, PROGRESS_MS);
  let exitCode;
  try {
    exitCode = await exited;
  } finally {
    clearInterval(sampler);
    clearInterval(progress);
    await stopGroup(pid, Promise.resolve(0), 0); // nothing may outlive its step
  }
  return { name, command, seconds: (performance.now() - started) / 1000, peakRssBytes: peak, exitCode };
}

/** Next's own phase timings, when its output names them ("Compiled successfully in 21.4s", …). */
export function parseNextPhases(log) {
  /** @type {Record<string, number>} */
  const phases = {};
  const toSeconds = (value, unit) => (unit === 'ms' ? Number(value) / 1000 : unit === 'min' ? Number(value) * 60 : Number(value));
  /** @type {[string, RegExp][]} */
  const patterns = [
    ['compile', /Compiled successfully in ([\d.]+)\s*(ms|s|min)\b/],
    ['typecheck', /Finished TypeScript in ([\d.]+)\s*(ms|s|min)\b/],
    ['collectPageData', /Collecting page data[^\n]*? in ([\d.]+)\s*(ms|s|min)\b/],
    ['staticGeneration', /Generating static pages[^\n]*? in ([\d.]+)\s*(ms|s|min)\b/],
    ['finalize', /Finalizing page optimization[^\n]*? in ([\d.]+)\s*(ms|s|min)\b/],
  ];
  for (const [name, pattern] of patterns) {
    // The last match: progress lines repeat, the final one carries the total.
    const matches = [...log.matchAll(new RegExp(pattern, 'g'))];
    const last = matches.at(-1);
    if (last) phases[name] = Math.round(toSeconds(last[1], last[2]) * 10) / 10;
  }
  return phases;
}

/** Prerendered routes in `<distDir>/prerender-manifest.json`, by kind. */
export function countPages(distDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8'));
  const routes = Object.keys(manifest.routes ?? {});
  const articles = routes.filter((route) => /^\/(sv|en)\/artiklar\/(?!sida\/)[^/]+$/.test(route)).length;
  const shareImages = routes.filter((route) => route.startsWith('/og/')).length;
  return { total: routes.length, articles, shareImages, other: routes.length - articles - shareImages };
}

/**
 * Builds the site in `workspace` against `corpusDir` and measures it.
 * @param {{ workspace: string; corpusDir: string; count: number; siteUrl: string; label: string }} options
 * @returns {Promise<BuildResult>}
 */
export async function measureBuild({ workspace, corpusDir, count, siteUrl, label }) {
  const steps = await buildSteps(workspace);
  const logFile = path.join(workspace, 'bench-build.log');
  // As a clean `npm run build` would: Next sets NODE_ENV itself, and a stray `development`
  // would make lib/content/articles.ts publish drafts.
  const { NODE_ENV: _ignored, ...inherited } = process.env;
  const env = {
    ...inherited,
    PATH: `${path.join(workspace, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    CONTENT_DIR: corpusDir,
    // The workspace is private, so its build goes to the default folder, whatever the caller's shell says.
    NEXT_DIST_DIR: '.next',
    NEXT_TELEMETRY_DISABLED: '1',
    SITE_URL: siteUrl,
  };
  const prefix = `[bench]   ${label}`;
  console.log(`[bench] building ${count} articles… (log: ${logFile})`);
  const started = performance.now();
  /** @type {StepResult[]} */
  const results = [];
  for (const step of steps) {
    const result = await runStep(step, { cwd: workspace, env, logFile, prefix });
    results.push(result);
    console.log(`${prefix} ${step.name}: done in ${seconds(result.seconds * 1000)} s, peak ${mb(result.peakRssBytes)}`);
    if (result.exitCode !== 0) {
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
      throw new Error(`the build step "${step.command}" failed (exit ${result.exitCode}) for ${count} articles. Last lines of ${logFile}:\n${tail}`);
    }
  }
  const wallSeconds = (performance.now() - started) / 1000;
  return {
    label,
    count,
    wallSeconds,
    secondsPerArticle: wallSeconds / count,
    peakRssBytes: Math.max(...results.map((result) => result.peakRssBytes)),
    steps: results,
    nextPhases: parseNextPhases(fs.readFileSync(logFile, 'utf8')),
    pages: countPages(path.join(workspace, '.next')),
    logFile,
  };
}

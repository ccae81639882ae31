// `npm test`: unit tests, a production build, end-to-end tests in Chromium, one summary line.
// Works on a fresh machine: installs Debian's Chromium when it is missing and we are root.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { CHROMIUM_PATH as CHROMIUM } from './chromium.mjs';
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tests-'));
// The build keeps the configured SITE_URL (default http://localhost:3000), so the build the tests
// leave behind is the one `npm start` serves; the tests request absolute URLs by their path.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function run(command, args, extraEnv = {}) {
  console.log(`\n> ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return result.status ?? 1;
}

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`Chromium is missing at ${CHROMIUM}. Install it with: sudo apt-get update && sudo apt-get install -y chromium`);
    process.exit(1);
  }
  console.log('Chromium is missing: installing Debian\'s package.');
  if (run('apt-get', ['update']) !== 0 || run('apt-get', ['install', '-y', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' }) !== 0) {
    console.error('Could not install Chromium. Run: apt-get update && apt-get install -y chromium');
    process.exit(1);
  }
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const counts = { passed: 0, failed: 0 };
let failedStep = false;

// 1. Unit tests (the content gateway's tests read Contentlayer's output of content/), and the
// type check, which the build itself skips.
if (run('npm', ['run', 'content']) !== 0) failedStep = true;
if (run('npx', ['tsc', '--noEmit']) !== 0) failedStep = true;
const vitestReport = path.join(reportDir, 'vitest.json');
const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
const vitest = readJson(vitestReport);
if (vitest) {
  counts.passed += vitest.numPassedTests;
  counts.failed += vitest.numFailedTests;
}
if (unitStatus !== 0) failedStep = true;

// 2. The production build the end-to-end tests run against
ensureChromium();
const skipBuild = process.env.TEST_SKIP_BUILD === '1' && fs.existsSync('.next/BUILD_ID') && fs.existsSync('.next-fixture/fixture.json');
// The fixture build comes last: its scheduled article's clock starts ticking when it is made.
const buildStatus = skipBuild ? 0 : run('npm', ['run', 'build']) || run('node', ['scripts/build-fixture.mjs']);
if (buildStatus !== 0) {
  console.error('\nThe build failed: end-to-end tests cannot run.');
  failedStep = true;
} else {
  // 3. End-to-end tests in Chromium against `next start`
  const playwrightReport = path.join(reportDir, 'playwright.json');
  const e2eStatus = run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport });
  const playwright = readJson(playwrightReport);
  if (playwright?.stats) {
    counts.passed += playwright.stats.expected + playwright.stats.flaky;
    counts.failed += playwright.stats.unexpected;
  }
  if (e2eStatus !== 0) failedStep = true;
}

// 4. The cluster (issue 17): Redis, two standalone instances and the nginx front, under load and
// faults, built from its own fixture content (scripts/cluster/test.mjs).
const clusterReport = path.join(reportDir, 'cluster.json');
const clusterStatus = run('node', ['scripts/cluster/test.mjs', '--json', clusterReport]);
const cluster = readJson(clusterReport);
if (cluster) {
  counts.passed += cluster.numPassedTests;
  counts.failed += cluster.numFailedTests;
}
if (clusterStatus !== 0) failedStep = true;

fs.rmSync(reportDir, { recursive: true, force: true });
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed > 0 || failedStep ? 1 : 0);

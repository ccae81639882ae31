import fs from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// Three builds, three servers (scripts/run-tests.mjs builds them):
// - port + 1: the fixture build (.next-fixture, from test/fixtures/site): every journey spec;
// - port: the build `npm start` serves, from the editors' content/: only the content check;
// - port + 2: content/ plus 25 generated articles (.next-grown): the same content check.
const port = Number(process.env.E2E_PORT ?? 3100);
const fixturePort = port + 1;
const grownPort = port + 2;
const hasGrown = fs.existsSync('.next-grown/BUILD_ID');

// Served in a zone west of UTC, so a time-zone slip shows as a wrong date.
const serverEnv = { TZ: 'America/Los_Angeles', NEXT_TELEMETRY_DISABLED: '1', REVALIDATE_SECRET: 'e2e-hemlighet' };
const CONTENT_CHECK = 'content/**/*.spec.ts';
const SCHEDULED = 'fixture/scheduled-publishing.spec.ts';
// The journeys that count what the listings, feeds and sitemap hold: they run once the scheduled
// article is out, so their numbers (e2e/fixture/site.ts) hold from the first test to the last.
// So does the crawl that expects every page from the cache: a publication during it marks pages.
const COUNTING = ['front-page.spec.ts', 'listings.spec.ts', 'seo.spec.ts', 'render-once.spec.ts'];

const server = (serverPort: number, distDir?: string) => ({
  command: `node server.mjs -p ${serverPort}`,
  url: `http://localhost:${serverPort}/`,
  env: distDir ? { ...serverEnv, NEXT_DIST_DIR: distDir } : serverEnv,
  reuseExistingServer: false,
  timeout: 60_000,
});

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // Two: the scheduled-publishing test mostly waits, and the rest run beside it.
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    locale: 'sv-SE',
    timezoneId: 'America/Los_Angeles',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [
    // First, so its clock starts while the scheduled article is still in the future.
    { name: 'scheduled', testMatch: SCHEDULED, use: { browserName: 'chromium' as const, baseURL: `http://localhost:${fixturePort}` } },
    // The other journeys do not depend on which articles are out: they run beside it.
    { name: 'fixture', testIgnore: [CONTENT_CHECK, SCHEDULED, ...COUNTING], use: { browserName: 'chromium' as const, baseURL: `http://localhost:${fixturePort}` } },
    { name: 'scheduled-out', testMatch: 'fixture/scheduled-out.setup.ts', dependencies: ['scheduled'], use: { baseURL: `http://localhost:${fixturePort}` } },
    { name: 'fixture-counts', testMatch: COUNTING, dependencies: ['scheduled-out'], use: { browserName: 'chromium' as const, baseURL: `http://localhost:${fixturePort}` } },
    { name: 'content', testMatch: CONTENT_CHECK, use: { browserName: 'chromium' as const, baseURL: `http://localhost:${port}` } },
    ...(hasGrown ? [{ name: 'content-grown', testMatch: CONTENT_CHECK, use: { browserName: 'chromium' as const, baseURL: `http://localhost:${grownPort}` } }] : []),
  ],
  webServer: [server(fixturePort, '.next-fixture'), server(port), ...(hasGrown ? [server(grownPort, '.next-grown')] : [])],
});

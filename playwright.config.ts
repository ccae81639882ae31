import fs from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 3100);
const fixturePort = port + 1;
// The fixture build (scripts/build-fixture.mjs) holds a scheduled and a draft article.
const hasFixture = fs.existsSync('.next-fixture/fixture.json');


// Served in a zone west of UTC, so a time-zone slip shows as a wrong date.
const serverEnv = { TZ: 'America/Los_Angeles', NEXT_TELEMETRY_DISABLED: '1', REVALIDATE_SECRET: 'e2e-hemlighet' };

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
    ...(hasFixture ? [{ name: 'fixture', testMatch: 'fixture/**/*.spec.ts', use: { browserName: 'chromium' as const, baseURL: `http://localhost:${fixturePort}` } }] : []),
    { name: 'chromium', testIgnore: 'fixture/**', use: { browserName: 'chromium' as const, baseURL: `http://localhost:${port}` } },
  ],
  webServer: [
    {
      command: `node server.mjs -p ${port}`,
      url: `http://localhost:${port}/`,
      env: serverEnv,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    ...(hasFixture
      ? [
          {
            command: `node server.mjs -p ${fixturePort}`,
            url: `http://localhost:${fixturePort}/`,
            env: { ...serverEnv, NEXT_DIST_DIR: '.next-fixture' },
            reuseExistingServer: false,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});

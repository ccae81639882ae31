// `npm run test:cluster`: installs Debian's nginx and redis-server when they are missing (as
// root), builds test/cluster/content into .next-cluster-test/ with an article scheduled
// CLUSTER_LEAD_SECONDS ahead, then runs test/cluster/ with Vitest. The default, 200 s, holds the
// build (about 70 s on an idle 2-core machine, up to 4 minutes on a busy one) and the tests that
// come before the scheduled article's (about 35 s). `--json <file>` also writes Vitest's
// JSON report there (scripts/run-tests.mjs counts it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { buildCluster } from './build.mjs';
import { BINARIES } from './processes.mjs';

const { values } = parseArgs({ options: { json: { type: 'string' }, 'skip-build': { type: 'boolean' } } });
const DIST = '.next-cluster-test';
const lead = Number(process.env.CLUSTER_LEAD_SECONDS ?? 200);

function ensurePackages() {
  const missing = [];
  if (!BINARIES.nginx()) missing.push('nginx');
  if (!BINARIES.redis()) missing.push('redis-server');
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(`The cluster tests need ${missing.join(' and ')}. Install with: sudo ${command}`);
    process.exit(1);
  }
  console.log(`Installing Debian's ${missing.join(', ')}.`);
  const result = spawnSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) process.exit(1);
}

ensurePackages();
if (!(values['skip-build'] && fs.existsSync(`${DIST}/cluster-fixture.json`))) {
  try {
    buildCluster({ contentDir: 'test/cluster/content', distDir: DIST, scheduleIn: lead });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
const reporters = values.json ? ['--reporter=default', '--reporter=json', `--outputFile.json=${values.json}`] : [];
const result = spawnSync('npx', ['vitest', 'run', '--config', 'test/cluster/vitest.config.mjs', ...reporters], {
  stdio: 'inherit',
  env: { ...process.env, CLUSTER_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: '1' },
});
process.exit(result.status ?? 1);

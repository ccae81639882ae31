// `npm run cluster`: the production shape on one machine, in the foreground. Builds the site
// for several instances when <distDir>/standalone is missing (or with --build), then starts
// Redis (6390), two instances (3001, 3002) and the nginx front (8080) from deploy/. Ctrl-C stops
// everything. Options: --build (build again), --content <dir> (default content/),
// --dist <dir> (default .next-cluster).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildCluster, isBuilt } from './build.mjs';
import { CLUSTER } from './ports.mjs';
import { startFront, startInstance, startRedis, waitForHttp, waitForRedis } from './processes.mjs';

const { values } = parseArgs({ options: { build: { type: 'boolean' }, content: { type: 'string' }, dist: { type: 'string' } } });
const distDir = values.dist ?? '.next-cluster';

if (values.build || !isBuilt(distDir)) {
  try {
    buildCluster({ contentDir: values.content, distDir });
  } catch (error) {
    console.error(`cluster: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}

const runtimeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'regionbloggen-cluster-'));
const processes = [];
let stopping = false;

async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  console.log('\ncluster: stopping');
  // The front first, so no request reaches an instance that is going away; Redis last.
  for (const child of [...processes].reverse()) await child.stop();
  fs.rmSync(runtimeDir, { recursive: true, force: true });
  process.exit(code);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

function watch(child) {
  processes.push(child);
  child.exited.then(({ code, signal }) => {
    if (stopping) return;
    console.error(`cluster: ${child.name} exited (${signal ?? code}); stopping the others`);
    stopAll(1);
  });
  return child;
}

try {
  const runtimeEnv = { REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? 'kluster-hemlighet' };
  watch(startRedis(runtimeDir));
  await waitForRedis();
  for (const port of CLUSTER.instancePorts) watch(startInstance(port, { distDir, runtimeEnv }));
  await Promise.all(CLUSTER.instancePorts.map((port) => waitForHttp(`http://localhost:${port}/`)));
  watch(startFront(runtimeDir));
  await waitForHttp(`${CLUSTER.frontUrl}/`);
  console.log(`\ncluster: ${CLUSTER.frontUrl}/ (front) → instances on ${CLUSTER.instancePorts.join(', ')} → Redis on ${CLUSTER.redisPort}.`);
  console.log(`cluster: revalidate with curl -X POST -H "Authorization: Bearer ${runtimeEnv.REVALIDATE_SECRET}" ${CLUSTER.frontUrl}/api/revalidate`);
  console.log('cluster: Ctrl-C stops everything.');
} catch (error) {
  console.error(`cluster: ${error instanceof Error ? error.message : error}`);
  await stopAll(1);
}

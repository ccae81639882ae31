// Builds the site for several instances and assembles its deployable folder:
//   <distDir>/standalone/            server.js, the traced node_modules and server code (Next's
//                                    `output: 'standalone'`), plus what it does not copy itself:
//   <distDir>/standalone/<distDir>/static         the browser's files
//   <distDir>/standalone/<distDir>/site-content   the content snapshot the pages are rendered from
//   <distDir>/standalone/<distDir>/pagefind       the search index
//   <distDir>/standalone/public                   fonts, icons and content images
// That folder alone, copied to a machine with Node 20, serves every page type
// (`node server.js`, see README "Running in production").
//
// Run directly: node scripts/cluster/build.mjs [--content <dir>] [--dist <dir>] [--schedule-in <seconds>]
// With --schedule-in, a copy of the content gets one more article dated that far ahead (the
// cluster tests watch it appear); its slug and time go to <distDir>/cluster-fixture.json.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { CLUSTER } from './ports.mjs';

export const SCHEDULED = { slug: 'schemalagd-artikel-i-klustret', title: 'Schemalagd artikel i klustret' };

/** The standalone folder of a build, and the files a server started there reads. */
export function standaloneDir(distDir) {
  return path.join(distDir, 'standalone');
}

/** True when <distDir> holds an assembled standalone build. */
export function isBuilt(distDir) {
  const dir = standaloneDir(distDir);
  return ['server.js', path.join(distDir, 'BUILD_ID'), path.join(distDir, 'site-content', 'Article.json'), path.join(distDir, 'static')].every((file) =>
    fs.existsSync(path.join(dir, file)),
  );
}

function scheduledArticle(date) {
  return `---
title: ${SCHEDULED.title}
date: ${date}
author: eva-ek
summary: En artikel med ett datum strax framåt i tiden, som ska synas genom fronten av sig själv.
tags: [Drift]
---
Den här artikeln publiceras av sig själv när tiden är inne, utan ett nytt bygge.
`;
}

export function buildCluster({ contentDir = 'content', distDir = '.next-cluster', scheduleIn = null } = {}) {
  let buildContent = contentDir;
  let fixture = null;
  if (scheduleIn !== null) {
    buildContent = fs.mkdtempSync(path.join(os.tmpdir(), 'regionbloggen-cluster-'));
    fs.cpSync(contentDir, buildContent, { recursive: true });
    const at = new Date(Date.now() + scheduleIn * 1000);
    at.setMilliseconds(0);
    fixture = { scheduledAt: at.toISOString(), scheduled: SCHEDULED };
    fs.writeFileSync(path.join(buildContent, 'artiklar', `${SCHEDULED.slug}.mdx`), scheduledArticle(fixture.scheduledAt));
  }
  console.log(`cluster build: ${contentDir} → ${distDir}/standalone`);
  // The build syncs its content's images into public/media/, which the main build (.next) serves
  // from too: what is there now is put back afterwards.
  const media = path.join('public', 'media');
  const savedMedia = fs.existsSync(media) ? fs.mkdtempSync(path.join(os.tmpdir(), 'regionbloggen-media-')) : null;
  if (savedMedia) fs.cpSync(media, savedMedia, { recursive: true });
  try {
    return buildInto({ buildContent, distDir, fixture });
  } finally {
    if (buildContent !== contentDir) fs.rmSync(buildContent, { recursive: true, force: true });
    if (savedMedia) {
      fs.rmSync(media, { recursive: true, force: true });
      fs.cpSync(savedMedia, media, { recursive: true });
      fs.rmSync(savedMedia, { recursive: true, force: true });
    }
  }
}

function buildInto({ buildContent, distDir, fixture }) {
  const result = spawnSync('npm', ['run', 'build'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: buildContent,
      NEXT_DIST_DIR: distDir,
      BUILD_STANDALONE: '1',
      // Read by next.config.ts at build time: the server keeps its pages in Redis. The build
      // itself never connects.
      REDIS_URL: process.env.REDIS_URL || CLUSTER.redisUrl,
      SITE_URL: process.env.SITE_URL || CLUSTER.frontUrl,
    },
  });
  if (result.status !== 0) throw new Error(`The cluster build failed (npm run build exited with ${result.status}).`);

  const dir = standaloneDir(distDir);
  for (const part of ['static', 'site-content', 'pagefind']) {
    const from = path.join(distDir, part);
    if (!fs.existsSync(from)) continue;
    const to = path.join(dir, distDir, part);
    fs.rmSync(to, { recursive: true, force: true });
    fs.cpSync(from, to, { recursive: true });
  }
  fs.rmSync(path.join(dir, 'public'), { recursive: true, force: true });
  fs.cpSync('public', path.join(dir, 'public'), { recursive: true });
  if (fixture) fs.writeFileSync(path.join(distDir, 'cluster-fixture.json'), `${JSON.stringify(fixture, null, 2)}\n`);
  else fs.rmSync(path.join(distDir, 'cluster-fixture.json'), { force: true });
  if (!isBuilt(distDir)) throw new Error(`${dir} is incomplete after the build.`);
  console.log(`cluster build: ready in ${dir}`);
  return fixture;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { content: { type: 'string' }, dist: { type: 'string' }, 'schedule-in': { type: 'string' } } });
  try {
    buildCluster({ contentDir: values.content, distDir: values.dist, scheduleIn: values['schedule-in'] === undefined ? null : Number(values['schedule-in']) });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

// The editors' content as it will be in a while: a temporary copy of content/ plus 25 generated
// articles (different dates and topics, one scheduled, one draft), checked with check:content and
// built into .next-grown/. The end-to-end project `content-grown` then runs the same content check
// against it as against the build of content/ itself (e2e/content/site.spec.ts): a publication
// that keeps publishing must stay green without anyone touching a test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const GROWN_DIST_DIR = '.next-grown';
export const GENERATED_COUNT = 25;

const PLACES = ['Södertälje', 'Solna', 'Nacka', 'Huddinge', 'Norrtälje', 'Sigtuna', 'Botkyrka', 'Lidingö', 'Järfälla', 'Täby'];
const THEMES = [
  { subject: 'vätgas för tunga transporter', tags: ['Energi', 'Innovation'] },
  { subject: 'cirkulära affärsmodeller', tags: ['Cirkulär ekonomi', 'Tillväxt'] },
  { subject: 'digitala tjänster i vården', tags: ['Digitalisering', 'Life science'] },
  { subject: 'kompetens för industrin', tags: ['Kompetensförsörjning', 'Industri'] },
  { subject: 'export från småföretag', tags: ['Tillväxt', 'Export'] },
];

/** The n:th generated article (1-based): Swedish text, a date two weeks after the one before. */
function generated(n, author, now) {
  const place = PLACES[n % PLACES.length];
  const theme = THEMES[n % THEMES.length];
  const title = `${place} satsar på ${theme.subject} (del ${n})`;
  let date = new Date(Date.UTC(2019, 0, 7) + n * 14 * 86_400_000).toISOString().slice(0, 10);
  let extra = '';
  // One scheduled a year ahead (a future date: not published yet), one draft.
  if (n === GENERATED_COUNT - 1) date = new Date(now + 365 * 86_400_000).toISOString().slice(0, 10);
  if (n === GENERATED_COUNT) extra = '\ndraft: true';
  return {
    // No slug: field, so the address is made from the title, the other way an article gets one.
    file: `genererad-artikel-${n}.mdx`,
    text: `---
title: ${title}
date: ${date}
author: ${author}
tags: [${theme.tags.join(', ')}]${extra}
---
I ${place} växer intresset för ${theme.subject}. Kommunen, företagen och forskarna i regionen har
gått samman för att pröva nya lösningar, och de första resultaten väntas redan i år.

## Vad händer nu?

– Vi vill att fler företag ska kunna delta, säger projektledaren.

Arbetet följs upp under året, och erfarenheterna ska delas med andra kommuner i länet.
`,
  };
}

const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'regionbloggen-grown-'));
try {
  fs.cpSync('content', contentDir, { recursive: true });
  const author = fs
    .readdirSync(path.join(contentDir, 'skribenter'))
    .filter((name) => name.endsWith('.mdx'))
    .sort()[0]
    ?.replace(/\.mdx$/, '');
  if (!author) throw new Error('content/skribenter/ holds no author');
  const now = Date.now();
  for (let n = 1; n <= GENERATED_COUNT; n += 1) {
    const { file, text } = generated(n, author, now);
    fs.writeFileSync(path.join(contentDir, 'artiklar', file), text, { flag: 'wx' });
  }
  console.log(`grown content: content/ plus ${GENERATED_COUNT} generated articles in ${contentDir}`);
  const env = { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: GROWN_DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', MEDIA_SYNC: 'add' };
  const checked = spawnSync('npm', ['run', 'check:content', '--', '--no-write'], { stdio: 'inherit', env });
  if (checked.status !== 0) process.exit(checked.status ?? 1);
  const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env });
  if (built.status !== 0) process.exit(built.status ?? 1);
  console.log(`grown content: built into ${GROWN_DIST_DIR}/`);
} finally {
  fs.rmSync(contentDir, { recursive: true, force: true });
}

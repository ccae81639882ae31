// Builds the site the end-to-end tests run against, into .next-fixture/: the tests' own content
// (test/fixtures/site/, never the editors' content/) copied to a temporary folder, plus three
// articles made here: one scheduled a few minutes ahead (its date is only known now), one draft
// and one using every MDX component. The tests watch the scheduled article appear by itself, on
// the real clock.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIXTURE_DIST_DIR = '.next-fixture';
const leadSeconds = Number(process.env.FIXTURE_LEAD_SECONDS ?? 150);

const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'regionbloggen-fixture-'));
export const FIXTURE_SITE = path.join('test', 'fixtures', 'site');
fs.cpSync(FIXTURE_SITE, contentDir, { recursive: true });

const scheduledAt = new Date(Date.now() + leadSeconds * 1000);
scheduledAt.setMilliseconds(0);
const fixture = {
  scheduledAt: scheduledAt.toISOString(),
  scheduled: { slug: 'schemalagd-testartikel-om-solceller', title: 'Schemalagd testartikel om solceller' },
  draft: { slug: 'utkast-om-batterifabriker', title: 'Utkast om batterifabriker' },
  components: { slug: 'alla-komponenter-i-en-artikel', title: 'Alla komponenter i en artikel' },
};

const article = ({ title, date, draft }) => `---
title: ${title}
date: ${date}
author: johan-genneby
summary: En testartikel som bara finns i testbygget.
tags: [Innovation, Testmiljöer]${draft ? '\ndraft: true' : ''}
---

Den här artikeln finns bara i testernas bygge. Den visar att en artikel med ett datum i framtiden
publiceras av sig själv när tiden är inne, och att ett utkast aldrig publiceras.

Redaktören behöver inte bygga om webbplatsen eller göra något mer: artikeln visas på startsidan,
i listorna, under sina ämnen och i flödena så snart klockan har passerat dess datum.

Samma sak gäller sökmotorernas sitemap: adressen läggs till där när artikeln publiceras, och
inte en minut tidigare.
`;

fs.writeFileSync(path.join(contentDir, 'artiklar', `${fixture.scheduled.slug}.mdx`), article({ title: fixture.scheduled.title, date: fixture.scheduledAt }));
fs.writeFileSync(path.join(contentDir, 'artiklar', `${fixture.draft.slug}.mdx`), article({ title: fixture.draft.title, date: '2018-04-01', draft: true }));

// Every MDX component and markdown extension an editor may use, in one published article.
fs.writeFileSync(
  path.join(contentDir, 'artiklar', `${fixture.components.slug}.mdx`),
  `---
title: ${fixture.components.title}
date: 2018-01-15
author: johan-genneby
summary: En testartikel som visar faktaruta, bild, citat, tabell och fotnot.
tags: [Testmiljöer]
---

Den här artikeln använder allt som en redaktör kan skriva.[^1]

## Faktaruta

<Faktaruta title="Kort om projektet">

- Budget: 25 miljoner kronor
- Tid: 2018–2020

</Faktaruta>

## Bild

<Bild src="./bilder/prisutdelning-smart-industri.jpg" alt="Två personer på en scen tar emot ett pris" caption="Prisutdelningen i februari." />

## Citat

<Citat source="En deltagare på konferensen">Det viktigaste är att komma i gång.</Citat>

## Tabell

| År | Miljoner kronor |
| --- | ---: |
| 2018 | 20 |
| 2019 | 30 |

[^1]: Fotnoter skrivs så här.
`,
);

console.log(`fixture: ${contentDir}, scheduled for ${fixture.scheduledAt} (in ${leadSeconds} s)`);
const result = spawnSync('npm', ['run', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: FIXTURE_DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', MEDIA_SYNC: 'add' },
});
fs.rmSync(contentDir, { recursive: true, force: true });
if (result.status !== 0) process.exit(result.status ?? 1);
fs.writeFileSync(path.join(FIXTURE_DIST_DIR, 'fixture.json'), `${JSON.stringify(fixture, null, 2)}\n`);
console.log(`fixture: built into ${FIXTURE_DIST_DIR}/`);

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyFile } from './check-content';
import { formatProblems, summaryLine } from './report';
import { runCheckCommand } from './run';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = 'test/fixtures/content';

/** Runs the check as `npm run check:content -- --dir <dir>` would, in this process. */
function check(dir: string) {
  return runCheckCommand({ argv: ['--dir', dir, '--no-write'], env: {}, cwd: REPO_ROOT });
}

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A temporary copy of the valid fixture with some files written (or removed, for null). */
function validWith(changes: Record<string, string | null>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-check-'));
  copies.push(dir);
  fs.cpSync(path.join(REPO_ROOT, FIXTURES, 'valid'), dir, { recursive: true });
  for (const [file, text] of Object.entries(changes)) {
    const target = path.join(dir, file);
    if (text === null) fs.rmSync(target);
    else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
    }
  }
  return dir;
}

function article(fields: string, body = 'En kort text.\n'): string {
  return `---\n${fields.trim()}\n---\n${body}`;
}

const BASE_FIELDS = 'title: Ny artikel\ndate: 2018-03-08\nauthor: anna-andersson';

describe('the real content', () => {
  it('passes with a one-line summary', async () => {
    const result = await runCheckCommand({ argv: ['--no-write'], env: {}, cwd: REPO_ROOT });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^Innehållet är i ordning: \d+ artiklar, \d+ översättning(ar)?, \d+ skribent(er)?\.[^\n]*\n$/);
  });
});

describe('a valid fixture', () => {
  it('passes and counts articles, translations and authors', async () => {
    const result = await check(`${FIXTURES}/valid`);
    expect(result).toEqual({ exitCode: 0, stdout: 'Innehållet är i ordning: 2 artiklar, 1 översättning, 1 skribent.\n', stderr: '' });
  });
});

// One fixture per kind of mistake; each line must name the file (and line) and the problem.
const CASES: { fixture: string; lines: string[] }[] = [
  {
    fixture: 'missing-field',
    lines: ['artiklar/utan-rubrik.mdx – fältet "title" saknas.', 'skribenter/anna-andersson.mdx:4 – underfältet "alt" (alt-texten) i "image" saknas.'],
  },
  {
    fixture: 'invalid-date',
    lines: [
      'artiklar/fel-datum.mdx:3 – fältet "date" ska vara ett datum som 2018-03-08 eller 2018-03-08T09:30:00+01:00, men är "2018-02-30": februari 2018 har bara 28 dagar.',
      'artiklar/fel-datum.mdx:5 – fältet "updated" ska vara ett datum som 2018-03-08 eller 2018-03-08T09:30:00+01:00, men är "igår": det är inget datum.',
    ],
  },
  { fixture: 'unknown-field', lines: ['artiklar/okant-falt.mdx:2 – fältet "titel" är okänt. Menade du "title"?'] },
  { fixture: 'unknown-author', lines: ['artiklar/okand-skribent.mdx:4 – skribenten "anna-anderson" finns inte'] },
  {
    fixture: 'duplicate-slug',
    lines: [
      'artiklar/andra.mdx:2 – två artiklar får samma adress /artiklar/samma-rubrik: den här och test/fixtures/content/duplicate-slug/artiklar/forsta.mdx.',
      'artiklar/forsta.mdx:2 – två artiklar får samma adress /artiklar/samma-rubrik: den här och test/fixtures/content/duplicate-slug/artiklar/andra.mdx.',
    ],
  },
  { fixture: 'broken-yaml', lines: ['artiklar/trasig-yaml.mdx:2 – raden går inte att läsa. Innehåller värdet ett kolon följt av mellanslag? Sätt då hela värdet inom citattecken'] },
  { fixture: 'mdx-syntax', lines: ['artiklar/mdx-fel.mdx:8 – taggen <Faktaruta> stängs aldrig. Avsluta med </Faktaruta>'] },
  {
    fixture: 'unknown-component',
    lines: ['artiklar/okand-komponent.mdx:8 – komponenten <Faktarutan> finns inte. Menade du <Faktaruta>?', 'artiklar/okand-komponent.mdx:10 – HTML-taggen <div> kan inte användas i artiklar.'],
  },
  {
    fixture: 'broken-link',
    lines: [
      'artiklar/trasig-lank.mdx:7 – länken "/artiklar/finns-inte" leder till en artikel som inte finns.',
      'artiklar/trasig-lank.mdx:7 – länken "/amnen/innovatoin" leder till ett ämne som inte finns. Menade du "/amnen/innovation"?',
      'artiklar/trasig-lank.mdx:7 – länken "/skribenter/okand" leder till en skribent som inte finns.',
      'artiklar/trasig-lank.mdx:9 – länken i <LasMer href="/en/articles/missing"> leder till en artikel som inte finns.',
    ],
  },
  {
    fixture: 'missing-image',
    lines: [
      'artiklar/bild-saknas.mdx:5 – underfältet "alt" (alt-texten) i "image" saknas.',
      'artiklar/bild-saknas.mdx:6 – bildfilen "./bilder/finns-inte.jpg" finns inte (letade efter test/fixtures/content/missing-image/artiklar/bilder/finns-inte.jpg).',
      'artiklar/bild-saknas.mdx:11 – <Bild> har en tom alt-text.',
      'artiklar/bild-saknas.mdx:11 – i <Bild>: bildfilen "./bilder/saknas.png" finns inte',
    ],
  },
  {
    fixture: 'bad-translation',
    lines: [
      'artiklar/en/english-article.mdx:5 – fältet "translationOf" pekar på "svensk-artikl", men ingen svensk artikel har den adressen. Menade du "svensk-artikel"?',
      'artiklar/en/untranslated.mdx – fältet "translationOf" saknas.',
      'artiklar/svensk-artikel.mdx:5 – fältet "translationOf" hör bara hemma i engelska översättningar i content/artiklar/en/.',
    ],
  },
  {
    fixture: 'script-and-javascript',
    lines: [
      'artiklar/skript.mdx:6 – länken "javascript:alert(1)" kör kod i läsarens webbläsare (javascript:).',
      'artiklar/skript.mdx:8 – <script> är inte tillåtet',
      'artiklar/skript.mdx:10 – länken i <LasMer href="javascript:void(0)"> kör kod i läsarens webbläsare',
    ],
  },
  {
    fixture: 'bad-values',
    lines: [
      'artiklar/anteckningar.txt – filen hör inte hemma här.',
      'artiklar/felaktiga-varden.mdx:5 – fältet "tags" ska vara en lista inom hakparenteser, t.ex. tags: [Smart industri, Tillväxt], men är "Innovation".',
      'artiklar/felaktiga-varden.mdx:6 – fältet "draft" ska vara true (utkast) eller false (publiceras), men är "ja".',
      'artiklar/felaktiga-varden.mdx:7 – fältet "summary" ska vara text, men är talet 2018.',
      'artiklar/felaktiga-varden.mdx:8 – fältet "slug" får bara innehålla små bokstäver a–z, siffror och enkla bindestreck mellan orden, men är "Min Artikel". Skriv till exempel slug: min-artikel',
      'artiklar/tom.mdx:5 – artikeln har ingen text.',
    ],
  },
];

describe('one fixture per mistake', () => {
  it.each(CASES)('$fixture: exits 1 and names each file, line and problem', async ({ fixture, lines }) => {
    const result = await check(`${FIXTURES}/${fixture}`);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    for (const line of lines) expect(result.stderr).toContain(`${FIXTURES}/${fixture}/${line}`);
    const reported = result.stderr.split('\n').filter((line) => line.startsWith(FIXTURES));
    expect(reported).toHaveLength(lines.length);
    expect(result.stderr).toMatch(new RegExp(`\\n${lines.length} problem i \\d+ fil(er)? hittades\\. Inget publiceras förrän`));
  });
});

describe('several problems at once', () => {
  it('reports every problem in every file, grouped by file, with one count', async () => {
    const result = await check(`${FIXTURES}/several-problems`);
    const at = (file: string) => `${FIXTURES}/several-problems/artiklar/${file}`;
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(
      [
        `${at('andra-filen.mdx')}:6 – bildfilen "./bilder/saknas.jpg" finns inte (letade efter ${at('bilder/saknas.jpg')}).`,
        '',
        `${at('manga-fel.mdx')}:2 – fältet "titel" är okänt. Menade du "title"?`,
        `${at('manga-fel.mdx')}:3 – fältet "date" ska vara ett datum som 2018-03-08 eller 2018-03-08T09:30:00+01:00, men är "2018-13-45": månad 13 finns inte.`,
        `${at('manga-fel.mdx')}:4 – skribenten "okand-skribent" finns inte: det finns ingen fil ${FIXTURES}/several-problems/skribenter/okand-skribent.mdx. Skribenter som finns: anna-andersson.`,
        `${at('manga-fel.mdx')}:5 – fältet "draft" ska vara true (utkast) eller false (publiceras), men är "kanske".`,
        `${at('manga-fel.mdx')}:7 – länken "/artiklar/finns-inte" leder till en artikel som inte finns. Ska den leda till en av artiklarna med fel i fälten (se ovan)? Då försvinner det här felet när de är rättade.`,
        `${at('manga-fel.mdx')}:9 – komponenten <Faktarutan> finns inte. Menade du <Faktaruta>? Komponenter som finns: LasMer, Faktaruta, Bild och Citat.`,
        '',
        '7 problem i 2 filer hittades. Inget publiceras förrän de är rättade.',
        '',
      ].join('\n'),
    );
  });
});

describe('dates', () => {
  it.each(['2018-03-08', "'2018-03-08'", '2018-03-08T09:30:00+01:00', '2018-03-08T09:30:00', '2018-03-08T09:30:00Z'])('accepts date: %s', async (date) => {
    const dir = validWith({ 'artiklar/ny.mdx': article(`title: Ny\ndate: ${date}\nupdated: ${date}\nauthor: anna-andersson`) });
    expect((await check(dir)).exitCode).toBe(0);
  });

  it.each([
    ['2018-13-45', 'månad 13 finns inte'],
    ['2018-02-30', 'februari 2018 har bara 28 dagar'],
    ['igår', 'det är inget datum'],
    ['2018-03-08 09:30', 'skriv ett stort T mellan datum och klockslag'],
  ])('rejects date: %s (%s), in date and in updated', async (date, reason) => {
    const dir = validWith({ 'artiklar/ny.mdx': article(`title: Ny\ndate: ${date}\nauthor: anna-andersson\nupdated: ${date}`) });
    const { exitCode, stderr } = await check(dir);
    expect(exitCode).toBe(1);
    expect(stderr).toContain(`${dir}/artiklar/ny.mdx:3 – fältet "date" ska vara ett datum som 2018-03-08 eller 2018-03-08T09:30:00+01:00, men är "${date}": ${reason}`);
    expect(stderr).toContain(`${dir}/artiklar/ny.mdx:5 – fältet "updated" ska vara ett datum`);
  });

  it('rejects an update before the publication', async () => {
    const dir = validWith({ 'artiklar/ny.mdx': article(`${BASE_FIELDS}\nupdated: 2018-03-01`) });
    expect((await check(dir)).stderr).toContain('ny.mdx:5 – fältet "updated" är tidigare än "date".');
  });
});

describe('fields', () => {
  it.each([
    ['tags: [Innovation, ""]', 5, 'ämne nr 2 i "tags" är tomt.'],
    ['tags: [Innovation, 2018]', 5, 'ämne nr 2 i "tags" ska vara text, men är talet 2018.'],
    ['draft: yes', 5, 'fältet "draft" ska vara true (utkast) eller false (publiceras), men är "yes".'],
    ['summary: [En, lista]', 5, 'fältet "summary" ska vara text, men är en lista.'],
    ['summary: ""', 5, 'fältet "summary" är tomt.'],
    ['slug: -egen-adress', 5, 'fältet "slug" får bara innehålla små bokstäver a–z'],
    ['datum: 2018-03-08', 5, 'fältet "datum" är okänt. Menade du "date"?'],
    ['image:\n  src: ./bilder/bild.png\n  alt: En bild\n  text: Bildtext', 8, 'underfältet "text" i "image" är okänt. Menade du "caption"?'],
    ['image:\n  src: ./bilder/bild.png\n  alt: ""', 7, 'underfältet "alt" (alt-texten) i "image" är tomt.'],
    ['image: ./bilder/bild.png', 5, 'fältet "image" ska ha underfälten src, alt, caption på egna rader'],
  ])('%s', async (extra, line, message) => {
    const dir = validWith({ 'artiklar/ny.mdx': article(`${BASE_FIELDS}\n${extra}`) });
    const { exitCode, stderr } = await check(dir);
    expect(exitCode).toBe(1);
    expect(stderr).toContain(`${dir}/artiklar/ny.mdx:${line} – ${message}`);
  });

  it('says a missing date and author are missing, with what to write', async () => {
    const dir = validWith({ 'artiklar/ny.mdx': article('title: Ny') });
    const { stderr } = await check(dir);
    expect(stderr).toContain(`${dir}/artiklar/ny.mdx – fältet "date" saknas. Skriv publiceringsdagen, t.ex. date: 2018-03-08`);
    expect(stderr).toContain(`${dir}/artiklar/ny.mdx – fältet "author" saknas. Skriv skribentens filnamn i content/skribenter/ utan .mdx, t.ex. author: anna-andersson`);
  });

  it('checks an author: name, portrait file', async () => {
    const dir = validWith({ 'skribenter/anna-andersson.mdx': '---\nroll: Skribent\nimage:\n  src: ./saknas.jpg\n  alt: Porträtt\n---\n' });
    const { stderr } = await check(dir);
    const file = `${dir}/skribenter/anna-andersson.mdx`;
    expect(stderr).toContain(`${file} – fältet "name" saknas.`);
    expect(stderr).toContain(`${file}:2 – fältet "roll" är okänt. Menade du "role"?`);
    expect(stderr).toContain(`${file}:4 – bildfilen "./saknas.jpg" finns inte`);
  });

  it('reports a duplicate field and a tab as YAML problems on their line', async () => {
    const duplicate = validWith({ 'artiklar/ny.mdx': article(`${BASE_FIELDS}\ntitle: Igen`) });
    expect((await check(duplicate)).stderr).toContain('ny.mdx:5 – fältet "title" står två gånger.');
    const tab = validWith({ 'artiklar/ny.mdx': article(`${BASE_FIELDS}\nimage:\n\tsrc: ./bilder/bild.png`) });
    expect((await check(tab)).stderr).toContain('ny.mdx:6 – raden är indragen med tabb.');
  });

  it('stops at a control character the build cannot read, quoted or not, naming the field and its line', async () => {
    const quoted = validWith({ 'artiklar/ny.mdx': article(`title: "Ny\u000Bartikel"\ndate: 2018-03-08\nauthor: anna-andersson`) });
    const result = await check(quoted);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).not.toContain('i ordning');
    expect(result.stderr).toContain('ny.mdx:2 – fältet "title" innehåller ett osynligt styrtecken (U+000B), som ofta följer med när text klistras in från ett ordbehandlingsprogram.');
    const plain = validWith({ 'artiklar/ny.mdx': article(`${BASE_FIELDS}\nsummary: En mening\u0007 till.`) });
    expect((await check(plain)).stderr).toContain('ny.mdx:5 – fältet "summary" innehåller ett osynligt styrtecken (U+0007)');
  });

  it('passes a control character written as an escape, which both readers understand', async () => {
    const escaped = validWith({ 'artiklar/ny.mdx': article(`title: "Ny\\tartikel"\ndate: 2018-03-08\nauthor: anna-andersson`) });
    expect((await check(escaped)).exitCode).toBe(0);
  });

  it('requires the frontmatter lines', async () => {
    const dir = validWith({ 'artiklar/ny.mdx': 'title: Ny\n\nText.\n' });
    expect((await check(dir)).stderr).toContain('ny.mdx:1 – filen ska börja med en rad med bara tre bindestreck (---)');
  });
});

describe('the body', () => {
  it.each([
    ['Hej <!-- kommentar --> där.', 6, 'HTML-kommentarer (<!-- … -->) fungerar inte i MDX.'],
    ['Pris {pris kronor.', 6, 'klammerparenteser { } läses som kod i MDX.'],
    ['Pris {pris} kronor.', 6, 'text inom klammerparenteser { } läses som kod'],
    ['Text.\n\n{1 + 1}', 8, 'text inom klammerparenteser { } läses som kod'],
    ['import Foo from "./foo"\n\nText.', 6, 'rader som börjar med import eller export är kod'],
    ['![En bild](./bilder/bild.png)', 6, 'bilder läggs in med <Bild'],
    ['<iframe src="https://example.com"></iframe>', 6, 'HTML-taggen <iframe> kan inte användas i artiklar.'],
    ['<lasmer href="/">Läs</lasmer>', 6, '<lasmer> ska skrivas <LasMer>'],
    ['<LasMer>Läs mer</LasMer>', 6, '<LasMer> saknar egenskapen "href".'],
    ['<LasMer href="/" target="_blank">Läs</LasMer>', 6, '<LasMer> har ingen egenskap "target".'],
    ['<LasMer href={adress}>Läs</LasMer>', 6, 'egenskapen "href" i <LasMer> ska skrivas inom citattecken'],
    ['<Faktaruta title="Fakta"></Faktaruta>', 6, '<Faktaruta> har ingen text mellan <Faktaruta> och </Faktaruta>.'],
    ['<Bild src="./bilder/bild.png" />', 6, '<Bild> saknar egenskapen "alt" (alt-texten'],
    ['<Bild src="./bilder/bild.png" alt="En bild">Text</Bild>', 6, '<Bild> ska inte ha något innehåll mellan taggarna.'],
    ['<Bild src="./bilder/Bild.png" alt="En bild" />', 6, 'i <Bild>: bildfilen "./bilder/Bild.png" finns inte, men "./bilder/bild.png" gör det.'],
    ['<Bild src="https://example.com/a.jpg" alt="En bild" />', 6, 'i <Bild>: bilden "https://example.com/a.jpg" ska anges med en sökväg från den här filen'],
    ['<Citat kalla="Anna">Ett citat.</Citat>', 6, '<Citat> har ingen egenskap "kalla". Egenskaper som finns: source.'],
    ['[Länk](JavaScript:alert(1))', 6, 'länken "JavaScript:alert(1)" kör kod i läsarens webbläsare'],
    ['[Länk][ref]\n\n[ref]: /artiklar/saknas', 8, 'länken "/artiklar/saknas" leder till en artikel som inte finns.'],
    ['[Sida](/amnen/innovation/sida/x)', 6, 'länken "/amnen/innovation/sida/x" leder till en sida som inte finns'],
  ])('%s', async (body, line, message) => {
    const dir = validWith({ 'artiklar/ny.mdx': article(BASE_FIELDS, `${body}\n`) });
    const { exitCode, stderr } = await check(dir);
    expect(exitCode).toBe(1);
    expect(stderr).toContain(`${dir}/artiklar/ny.mdx:${line} – ${message}`);
  });

  it.each([
    '[Andra](/artiklar/andra-artikeln#rubrik)',
    '[Sida 2](/artiklar/sida/2)',
    '[Ämne](/amnen/smart-industri/sida/2)',
    '[Skribent, sida 2](/skribenter/anna-andersson/sida/2)',
    '[Author, page 2](/en/authors/anna-andersson/page/2)',
    '[Topic, page 2](/en/topics/smart-industri/page/2)',
    '[Untranslated, under /en](/en/articles/andra-artikeln)',
    '[Extern](https://www.regeringen.se/)',
    '{/* En kommentar */}\n\nText.',
    '– Första punkten\n– Andra punkten',
  ])('accepts %s', async (body) => {
    const dir = validWith({ 'artiklar/ny.mdx': article(BASE_FIELDS, `${body}\n`) });
    expect((await check(dir)).stderr).toBe('');
  });

  it('allows an author without a biography', async () => {
    const dir = validWith({ 'skribenter/anna-andersson.mdx': '---\nname: Anna Andersson\nimage:\n  src: ./anna-andersson.png\n  alt: Porträtt av Anna Andersson\n---\n' });
    expect((await check(dir)).exitCode).toBe(0);
  });
});

describe('files and translations', () => {
  it.each([
    ['artiklar/gammal.md', 'filen slutar på .md. Artiklar ska sluta på .mdx: döp om den till gammal.mdx.'],
    ['artiklar/bild.png', 'bilder ska ligga i en mapp som heter bilder'],
    ['artiklar/under/ny.mdx', 'artiklar ska ligga direkt i content/artiklar/ (svenska) eller content/artiklar/en/'],
    ['artiklar/bilder/anteckning.txt', 'filen är ingen bild som webbplatsen kan visa.'],
  ])('rejects %s', async (file, message) => {
    const dir = validWith({ [file]: 'x' });
    expect((await check(dir)).stderr).toContain(`${dir}/${file} – ${message}`);
  });

  it('ignores hidden files such as .DS_Store', async () => {
    const dir = validWith({ 'artiklar/.DS_Store': 'x', 'artiklar/bilder/.DS_Store': 'x' });
    expect((await check(dir)).exitCode).toBe(0);
  });

  it('names both translations of one article', async () => {
    const dir = validWith({ 'artiklar/en/second.mdx': article(`${BASE_FIELDS.replace('Ny artikel', 'Second')}\ntranslationOf: forsta-artikeln`) });
    const { stderr } = await check(dir);
    expect(stderr).toContain(`${dir}/artiklar/en/second.mdx:5 – två översättningar anger samma svenska artikel (translationOf: forsta-artikeln): den här och ${dir}/artiklar/en/first-article.mdx.`);
  });

  it('compares slugs within a language, and uses the slug field over the title', async () => {
    const english = validWith({ 'artiklar/en/andra.mdx': article('title: Andra artikeln\ndate: 2018-03-08\nauthor: anna-andersson\ntranslationOf: andra-artikeln') });
    expect((await check(english)).exitCode).toBe(0);
    const ownSlug = validWith({ 'artiklar/ny.mdx': article(`${BASE_FIELDS}\nslug: forsta-artikeln`) });
    expect((await check(ownSlug)).stderr).toContain(`${ownSlug}/artiklar/ny.mdx:5 – två artiklar får samma adress /artiklar/forsta-artikeln: den här och ${ownSlug}/artiklar/forsta-artikeln.mdx.`);
  });

  it('rejects an author file name that cannot be an address', async () => {
    const dir = validWith({ 'skribenter/Anna Berg.mdx': '---\nname: Anna Berg\nimage:\n  src: ./anna-andersson.png\n  alt: Porträtt\n---\n' });
    expect((await check(dir)).stderr).toContain(`${dir}/skribenter/Anna Berg.mdx – filnamnet blir skribentens adress (/skribenter/Anna Berg)`);
  });

  it('says so when the folder does not exist', async () => {
    const result = await check('finns/inte');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('Mappen finns/inte finns inte.');
  });
});

describe('classifyFile', () => {
  it('tells articles, translations, authors and images apart', () => {
    expect(classifyFile('artiklar/x.mdx')).toBe('sv');
    expect(classifyFile('artiklar/en/x.mdx')).toBe('en');
    expect(classifyFile('skribenter/x.mdx')).toBe('author');
    expect(classifyFile('skribenter/x.jpg')).toBe('asset');
    expect(classifyFile('artiklar/bilder/x.JPG')).toBe('asset');
    expect(classifyFile('artiklar/en/bilder/x.webp')).toBe('asset');
    expect(classifyFile('README.md')).toBe('ignored');
  });
});

describe('the report', () => {
  it('says articles, translations and authors in singular and plural, and what waits', () => {
    expect(summaryLine({ articles: 1, translations: 0, authors: 2, drafts: 0, scheduled: 0 })).toBe('Innehållet är i ordning: 1 artikel, 0 översättningar, 2 skribenter.');
    expect(summaryLine({ articles: 11, translations: 2, authors: 1, drafts: 1, scheduled: 2 })).toBe(
      'Innehållet är i ordning: 11 artiklar, 2 översättningar, 1 skribent. Ännu inte publicerade: 1 utkast och 2 schemalagda.',
    );
  });

  it('groups by file and orders by line, whole-file problems first', () => {
    const text = formatProblems(
      [
        { file: 'artiklar/b.mdx', line: 9, message: 'nio' },
        { file: 'artiklar/a.mdx', line: 3, message: 'tre' },
        { file: 'artiklar/b.mdx', line: 2, message: 'två' },
        { file: 'artiklar/b.mdx', message: 'hela filen' },
      ],
      (file) => `content/${file}`,
    );
    expect(text).toBe(
      [
        'content/artiklar/a.mdx:3 – tre',
        '',
        'content/artiklar/b.mdx – hela filen',
        'content/artiklar/b.mdx:2 – två',
        'content/artiklar/b.mdx:9 – nio',
        '',
        '4 problem i 2 filer hittades. Inget publiceras förrän de är rättade.',
      ].join('\n'),
    );
  });
});

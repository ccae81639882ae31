import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFrontmatter, splitFrontmatter } from './frontmatter';
import { runCheckCommand } from './run';
import { newArticleText, runNewCommand, stockholmNow } from './scaffold';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const NOW = new Date('2026-11-25T10:42:37Z');

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function validCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'new-article-'));
  copies.push(dir);
  fs.cpSync(path.join(REPO_ROOT, 'test/fixtures/content/valid'), dir, { recursive: true });
  return dir;
}

function scaffold(dir: string, ...args: string[]) {
  return runNewCommand({ argv: [...args, '--dir', dir], env: {}, cwd: REPO_ROOT, now: NOW });
}

/** The frontmatter of a written file as plain values, by field name. */
function fieldsOf(file: string): Record<string, unknown> {
  const split = splitFrontmatter(fs.readFileSync(file, 'utf8'));
  if (!split.ok) throw new Error(split.problem.message);
  const parsed = parseFrontmatter(split.yaml, split.yamlFirstLine);
  if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
  return Object.fromEntries(parsed.fields.map((field) => [field.key, field.value]));
}

describe('stockholmNow', () => {
  it('writes now in Stockholm time, to the minute, with the offset of the day', () => {
    expect(stockholmNow(NOW)).toBe('2026-11-25T11:42:00+01:00');
    expect(stockholmNow(new Date('2026-06-25T10:42:00Z'))).toBe('2026-06-25T12:42:00+02:00');
    expect(stockholmNow(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01T00:30:00+01:00');
  });
});

describe('npm run new', () => {
  it('writes a draft named from the title, with the fields filled in', () => {
    const dir = validCopy();
    const result = scaffold(dir, 'Nya satsningar på Smart industri');
    const file = path.join(dir, 'artiklar', 'nya-satsningar-pa-smart-industri.mdx');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`Skapade ${file}\n`);
    expect(fieldsOf(file)).toEqual({
      title: 'Nya satsningar på Smart industri',
      slug: 'nya-satsningar-pa-smart-industri',
      date: '2026-11-25T11:42:00+01:00',
      author: 'anna-andersson',
      tags: [],
      draft: true,
    });
  });

  it('writes a file that passes the check, as a draft', async () => {
    const dir = validCopy();
    scaffold(dir, 'Industri 4.0: vad betyder det?', '--author', 'anna-andersson');
    expect(fieldsOf(path.join(dir, 'artiklar', 'industri-4-0-vad-betyder-det.mdx')).title).toBe('Industri 4.0: vad betyder det?');
    const check = await runCheckCommand({ argv: ['--dir', dir], env: {}, cwd: REPO_ROOT });
    expect(check.stderr).toBe('');
    expect(check.stdout).toBe('Innehållet är i ordning: 3 artiklar, 1 översättning, 1 skribent. Ännu inte publicerade: 1 utkast.\n');
  });

  it('never overwrites an existing article', () => {
    const dir = validCopy();
    const file = path.join(dir, 'artiklar', 'forsta-artikeln.mdx');
    const before = fs.readFileSync(file, 'utf8');
    const result = scaffold(dir, 'Första artikeln');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(`Filen ${file} finns redan och skrivs inte över. Välj en annan rubrik, eller öppna den befintliga filen.\n`);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses a title whose address another article already has', () => {
    const dir = validCopy();
    fs.writeFileSync(path.join(dir, 'artiklar', 'gammal.mdx'), '---\ntitle: Gammal rubrik\ndate: 2018-03-08\nauthor: anna-andersson\n---\nText.\n');
    const result = scaffold(dir, 'Gammal rubrik');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`Artikeln ${dir}/artiklar/gammal.mdx har redan adressen /artiklar/gammal-rubrik.`);
    expect(fs.existsSync(path.join(dir, 'artiklar', 'gammal-rubrik.mdx'))).toBe(false);
  });

  it('refuses an empty title and an unknown author', () => {
    const dir = validCopy();
    expect(scaffold(dir, '   ')).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('Ange artikelns rubrik.') });
    expect(scaffold(dir)).toMatchObject({ exitCode: 2 });
    const unknown = scaffold(dir, 'En rubrik', '--author', 'anna-anderson');
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stderr).toContain('Skribenten "anna-anderson" finns inte');
    expect(unknown.stderr).toContain('Menade du "anna-andersson"?');
    expect(fs.existsSync(path.join(dir, 'artiklar', 'en-rubrik.mdx'))).toBe(false);
  });

  it('takes the content folder from CONTENT_DIR, and the title from several words', () => {
    const dir = validCopy();
    const result = runNewCommand({ argv: ['Tre', 'ord', 'här'], env: { CONTENT_DIR: dir }, cwd: REPO_ROOT, now: NOW });
    expect(result.exitCode).toBe(0);
    expect(fieldsOf(path.join(dir, 'artiklar', 'tre-ord-har.mdx')).title).toBe('Tre ord här');
  });

  it('leaves summary out, with a hint in a comment', () => {
    const text = newArticleText({ title: 'Rubrik', slug: 'rubrik', author: 'anna-andersson', date: '2026-11-25T11:42:00+01:00' });
    expect(text).toContain('\n# summary: ');
    expect(text).not.toMatch(/^summary:/m);
  });
});

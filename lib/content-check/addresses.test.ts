import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheckCommand } from './run';

// Addresses are permanent: content/adresser.json against what the articles say, on copies of
// test/fixtures/content/valid (which publishes /artiklar/forsta-artikeln, /artiklar/andra-artikeln
// and /en/articles/first-article, all three in its adresser.json).
const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const VALID = path.join(REPO_ROOT, 'test/fixtures/content/valid');
const NOW = new Date('2026-12-01T10:00:00Z');

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A copy of the valid fixture, each change applied to a file's text (or the file removed, for null). */
function copyWith(changes: Record<string, ((text: string) => string) | string | null> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'addresses-'));
  copies.push(dir);
  fs.cpSync(VALID, dir, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const target = path.join(dir, file);
    if (change === null) fs.rmSync(target);
    else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, typeof change === 'string' ? change : change(fs.readFileSync(target, 'utf8')));
    }
  }
  return dir;
}

function check(dir: string, env: Record<string, string> = {}, write = false) {
  return runCheckCommand({ argv: ['--dir', dir, ...(write ? [] : ['--no-write'])], env, cwd: REPO_ROOT, now: NOW });
}

const ledger = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'adresser.json'), 'utf8')) as { published: Record<string, string>; withdrawn: string[] };
const setSlug = (slug: string, extra = '') => (text: string) => text.replace('title: Första artikeln\n', `title: Första artikeln\nslug: ${slug}\n${extra}`);

describe('a title edit', () => {
  it('keeps the address written in slug:, so the check passes and the list is unchanged', async () => {
    const dir = copyWith({ 'artiklar/andra-artikeln.mdx': (text) => text.replace('title: Andra artikeln', 'title: Den andra artikeln, med ny rubrik') });
    const before = fs.readFileSync(path.join(dir, 'adresser.json'), 'utf8');
    const result = await check(dir, {}, true);
    expect(result.exitCode).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'adresser.json'), 'utf8')).toBe(before);
  });
});

describe('a renamed slug', () => {
  it('without redirectFrom: the check fails, naming the file, the field and the lost address', async () => {
    const dir = copyWith({ 'artiklar/forsta-artikeln.mdx': setSlug('forsta-artikeln-om-innovation') });
    const result = await check(dir);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(
      `${dir}/artiklar/forsta-artikeln.mdx:3 – fältet "slug" är "forsta-artikeln-om-innovation", men artikeln är publicerad på /artiklar/forsta-artikeln. Den adressen skulle försvinna: lägg till redirectFrom: [forsta-artikeln] så leder den gamla adressen hit.`,
    );
  });

  it('a title edit that moves an address made from the title fails too', async () => {
    const dir = copyWith({ 'artiklar/forsta-artikeln.mdx': (text) => text.replace('title: Första artikeln', 'title: Den första artikeln') });
    const result = await check(dir);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`${dir}/artiklar/forsta-artikeln.mdx:2 – rubriken ger nu adressen "den-forsta-artikeln", men artikeln är publicerad på /artiklar/forsta-artikeln.`);
    expect(result.stderr).toContain('eller skriv tillbaka slug: forsta-artikeln');
  });

  it('with redirectFrom: the check passes and records the new address beside the old one', async () => {
    const dir = copyWith({
      'artiklar/forsta-artikeln.mdx': setSlug('forsta-artikeln-om-innovation', 'redirectFrom: [forsta-artikeln]\n'),
      // A translation names its original by the original's current address.
      'artiklar/en/first-article.mdx': (text) => text.replace('translationOf: forsta-artikeln', 'translationOf: forsta-artikeln-om-innovation'),
    });
    const result = await check(dir, {}, true);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('1 ny publicerad adress har förts in (/artiklar/forsta-artikeln-om-innovation)');
    expect(ledger(dir).published).toMatchObject({
      '/artiklar/forsta-artikeln': 'artiklar/forsta-artikeln.mdx',
      '/artiklar/forsta-artikeln-om-innovation': 'artiklar/forsta-artikeln.mdx',
    });
  });

  it('refuses an old address that another article answers at', async () => {
    const dir = copyWith({ 'artiklar/forsta-artikeln.mdx': setSlug('forsta-artikeln-om-innovation', 'redirectFrom: [forsta-artikeln, andra-artikeln]\n') });
    const result = await check(dir);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`${dir}/artiklar/forsta-artikeln.mdx:4 – "redirectFrom" leder /artiklar/andra-artikeln hit, men ${dir}/artiklar/andra-artikeln.mdx har också den adressen.`);
  });
});

describe('an article that disappears', () => {
  it('fails, naming the list, the missing file and its address', async () => {
    const dir = copyWith({ 'artiklar/andra-artikeln.mdx': null, 'artiklar/forsta-artikeln.mdx': (text) => text.replace(/\[den andra artikeln\]\(\/artiklar\/andra-artikeln\)/, 'den andra artikeln') });
    const result = await check(dir);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`${dir}/adresser.json:\\d+ – artikeln ${dir}/artiklar/andra-artikeln.mdx publicerades på /artiklar/andra-artikeln, men filen finns inte längre`));
  });

  it('fails when a published article becomes a draft', async () => {
    const dir = copyWith({ 'artiklar/andra-artikeln.mdx': (text) => text.replace('draft: false', 'draft: true') });
    const result = await check(dir);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`${dir}/artiklar/andra-artikeln.mdx – artikeln är publicerad på /artiklar/andra-artikeln men är nu markerad som utkast`);
  });
});

describe('a withdrawn article', () => {
  const withdraw = (text: string) => {
    const data = JSON.parse(text) as { published: Record<string, string>; withdrawn: string[] };
    delete data.published['/artiklar/andra-artikeln'];
    data.withdrawn.push('/artiklar/andra-artikeln');
    return JSON.stringify(data, null, 2);
  };
  const noLink = (text: string) => text.replace(/\[den andra artikeln\]\(\/artiklar\/andra-artikeln\)/, 'den andra artikeln').replace(/<LasMer[^\n]*<\/LasMer>/, '');

  it('passes once its address is listed under "withdrawn"', async () => {
    const dir = copyWith({ 'artiklar/andra-artikeln.mdx': null, 'artiklar/forsta-artikeln.mdx': noLink, 'artiklar/en/first-article.mdx': noLink, 'adresser.json': withdraw });
    const result = await check(dir);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
  });

  it('cannot have its address taken by another article by mistake', async () => {
    const dir = copyWith({ 'adresser.json': withdraw });
    const result = await check(dir);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`${dir}/artiklar/andra-artikeln.mdx:8 – adressen /artiklar/andra-artikeln är tillbakadragen`);
  });
});

describe('one address, one article', () => {
  it('refuses a translation that claims the English-interface address of another Swedish article, naming both files', async () => {
    const dir = copyWith({
      'artiklar/en/second-article.mdx': '---\ntitle: The second article\nslug: forsta-artikeln\ndate: 2018-03-09\nauthor: anna-andersson\ntranslationOf: andra-artikeln\n---\nThe second article in English.\n',
    });
    const result = await check(dir);
    expect(result.exitCode).toBe(1);
    const message = `två artiklar gör anspråk på adressen /en/articles/forsta-artikeln: ${dir}/artiklar/en/second-article.mdx och ${dir}/artiklar/forsta-artikeln.mdx.`;
    expect(result.stderr).toContain(`${dir}/artiklar/en/second-article.mdx:3 – ${message}`);
    expect(result.stderr).toMatch(new RegExp(`${dir}/artiklar/forsta-artikeln.mdx:2 – ${message.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
  });

  it('makes an English address with "and" for an ampersand, a Swedish one with "och"', async () => {
    const dir = copyWith({
      'artiklar/fou-och-innovation.mdx': '---\ntitle: FoU & innovation\ndate: 2018-03-10\nauthor: anna-andersson\n---\nOm forskning och utveckling.\n',
      'artiklar/en/r-and-d.mdx': '---\ntitle: R&D and innovation\ndate: 2018-03-10\nauthor: anna-andersson\ntranslationOf: fou-och-innovation\n---\nAbout research and development.\n',
    });
    expect((await check(dir, {}, true)).exitCode).toBe(0);
    expect(ledger(dir).published).toMatchObject({ '/artiklar/fou-och-innovation': 'artiklar/fou-och-innovation.mdx', '/en/articles/r-and-d-and-innovation': 'artiklar/en/r-and-d.mdx' });
  });
});

describe('in CI', () => {
  const renamed = () => copyWith({ 'artiklar/forsta-artikeln.mdx': setSlug('nytt-namn') });

  for (const env of [{ CI: 'true' }, { GITHUB_ACTIONS: 'true' }] as Record<string, string>[]) {
    it(`prints each problem as an annotation on its file and line (${Object.keys(env)[0]}=true)`, async () => {
      const dir = renamed();
      const result = await check(dir, env);
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toContain(`::error file=${dir}/artiklar/forsta-artikeln.mdx,line=3::fältet "slug" är "nytt-namn", men artikeln är publicerad på /artiklar/forsta-artikeln.`);
      // The readable report is printed as well.
      expect(result.stderr).toContain(`${dir}/artiklar/forsta-artikeln.mdx:3 – fältet "slug"`);
    });
  }

  it('never writes the list, and warns on it about an address it lacks', async () => {
    const dir = copyWith({ 'artiklar/tredje.mdx': '---\ntitle: Tredje artikeln\nslug: tredje-artikeln\ndate: 2018-03-11\nauthor: anna-andersson\n---\nEn tredje text.\n' });
    const before = fs.readFileSync(path.join(dir, 'adresser.json'), 'utf8');
    const result = await check(dir, { CI: 'true' }, true);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`::warning file=${dir}/adresser.json::Adresslistan saknar /artiklar/tredje-artikeln.`);
    expect(fs.readFileSync(path.join(dir, 'adresser.json'), 'utf8')).toBe(before);
  });

  it('prints no annotation outside CI', async () => {
    const result = await check(renamed());
    expect(result.stdout).not.toContain('::error');
  });
});

describe('links to a renamed article', () => {
  it('may keep its earlier address, which still leads to it', async () => {
    const dir = copyWith({
      'artiklar/forsta-artikeln.mdx': setSlug('forsta-artikeln-om-innovation', 'redirectFrom: [forsta-artikeln]\n'),
      'artiklar/en/first-article.mdx': (text) => text.replace('translationOf: forsta-artikeln', 'translationOf: forsta-artikeln-om-innovation'),
      'artiklar/andra-artikeln.mdx': (text) => `${text}\nSe också [den första artikeln](/artiklar/forsta-artikeln).\n`,
    });
    const result = await check(dir);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
  });
});

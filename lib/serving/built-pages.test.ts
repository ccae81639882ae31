import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stripBuiltPages } from './built-pages.mjs';
import { KEEP_SCRIPTS_ATTRIBUTE } from './page-scripts.mjs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'built-pages-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const RUNTIME = '<link rel="modulepreload" href="/_next/static/chunks/b.js"/><script src="/_next/static/chunks/a.js" async=""></script>';
const PAYLOAD = '<script>self.__next_f.push([1,"rubrik"])</script>';
const page = (body: string, head = '') => `<!DOCTYPE html><html lang="sv"><head>${head}${RUNTIME}</head><body>${body}${PAYLOAD}</body></html>`;

function write(file: string, html: string, status?: number) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, html);
  fs.writeFileSync(file.replace(/\.html$/, '.meta'), JSON.stringify(status === undefined ? { headers: {} } : { status, headers: {} }));
  fs.writeFileSync(file.replace(/\.html$/, '.rsc'), 'rsc-data');
}

describe('the build’s pages stored without the runtime', () => {
  const app = path.join(dir, 'server', 'app');
  const article = path.join(app, 'sv', 'artiklar', 'en-artikel.html');
  const search = path.join(app, 'sv', 'sok.html');
  const notFound = path.join(app, '_not-found.html');
  const shell = path.join(app, 'sv', 'borta.html');
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle"}</script>';
  const age = new Date('2026-01-05T10:00:00Z');

  it('takes the runtime off every 200 page, keeps its modification time, and leaves the rest as Next wrote it', () => {
    write(article, page('<h1>En artikel</h1>', ld));
    fs.utimesSync(article, age, age);
    write(search, page(`<form ${KEEP_SCRIPTS_ATTRIBUTE}><input name="q"/></form>`));
    write(notFound, page('<h1>Sidan finns inte</h1>'), 404);
    write(shell, `<!DOCTYPE html><html id="__next_error__"><head>${RUNTIME}</head><body>${PAYLOAD}</body></html>`);

    const figures = stripBuiltPages(app);
    expect(figures).toMatchObject({ pages: 4, stripped: 1 });
    expect(figures.bytesAfter).toBeLessThan(figures.bytesBefore);
    const stored = fs.readFileSync(article, 'utf8');
    expect(stored).toBe(`<!DOCTYPE html><html lang="sv"><head>${ld}</head><body><h1>En artikel</h1></body></html>`);
    expect(fs.statSync(article).mtime.getTime()).toBe(age.getTime());
    expect(fs.readFileSync(article.replace(/\.html$/, '.rsc'), 'utf8')).toBe('rsc-data');
    // The page that asks for the runtime, the 404 and the error shell keep it.
    expect(fs.readFileSync(search, 'utf8')).toContain(RUNTIME);
    expect(fs.readFileSync(notFound, 'utf8')).toContain(RUNTIME);
    expect(fs.readFileSync(shell, 'utf8')).toContain(PAYLOAD);
    // Nothing is left beside the pages.
    expect(fs.readdirSync(path.dirname(article))).toEqual(['en-artikel.html', 'en-artikel.meta', 'en-artikel.rsc']);
  });

  it('finds nothing to do a second time, and counts every page it reads for the build’s progress', () => {
    const before = fs.readFileSync(article, 'utf8');
    const told: number[] = [];
    let done = 0;
    const progress = (pages: number) => {
      told.push(pages);
      return { tick: () => (done += 1) };
    };
    expect(stripBuiltPages(app, { progress })).toMatchObject({ pages: 4, stripped: 0 });
    expect(told).toEqual([4]);
    expect(done).toBe(4);
    expect(fs.readFileSync(article, 'utf8')).toBe(before);
  });
});

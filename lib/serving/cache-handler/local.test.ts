import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Answers } from '../answer-memo.mjs';
import LocalCacheHandler, { synchronousReads } from './local.mjs';

const require = createRequire(import.meta.url);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-cache-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the local cache handler', () => {
  it("is Next's own file-system cache, which still reads through the file functions it is given", () => {
    const modulePath = require.resolve('next/dist/server/lib/incremental-cache/file-system-cache');
    const { default: FileSystemCache } = require(modulePath) as { default: new (...args: never[]) => unknown };
    expect(Object.getPrototypeOf(LocalCacheHandler)).toBe(FileSystemCache);
    // After an upgrade that reads some other way, this handler would quietly stop helping.
    const source = fs.readFileSync(modulePath, 'utf8');
    expect(source).toContain('this.fs = ctx.fs');
    expect(source).toContain('await this.fs.readFile(');
    expect(source).toContain('await this.fs.stat(');
  });

  it('reads files synchronously with the same results, and still rejects a missing file', async () => {
    const file = path.join(dir, 'sida.html');
    fs.writeFileSync(file, '<h1>Rubrik</h1>');
    const untouched = async () => {
      throw new Error('the promise-based functions were used');
    };
    const reads = synchronousReads({ readFile: untouched, stat: untouched, existsSync: fs.existsSync });
    await expect(reads.readFile(file, 'utf8')).resolves.toBe('<h1>Rubrik</h1>');
    await expect(reads.readFile(file)).resolves.toEqual(Buffer.from('<h1>Rubrik</h1>'));
    expect((await reads.stat(file)).size).toBe(15);
    await expect(reads.readFile(path.join(dir, 'saknas.html'), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
    // What it does not replace comes from Next's own functions.
    expect(reads.existsSync).toBe(fs.existsSync);
  });

  it('serves a prerendered page from the build folder without the promise-based reads', async () => {
    // A page as `next build` leaves it: the HTML, its metadata and its RSC payload.
    const pages = path.join(dir, 'build', 'app', 'sv', 'artiklar');
    fs.mkdirSync(pages, { recursive: true });
    fs.writeFileSync(path.join(pages, 'en-artikel.html'), '<h1>En artikel</h1>');
    fs.writeFileSync(path.join(pages, 'en-artikel.meta'), JSON.stringify({ status: 200, headers: {} }));
    fs.writeFileSync(path.join(pages, 'en-artikel.rsc'), 'rsc-data');
    const refuse = async () => {
      throw new Error('the promise-based functions were used');
    };
    const handler = new LocalCacheHandler({ fs: { readFile: refuse, stat: refuse, existsSync: fs.existsSync }, serverDistDir: path.join(dir, 'build'), flushToDisk: true, dev: false, revalidatedTags: [] }) as unknown as {
      get: (key: string, context: object) => Promise<{ value: { kind: string; html: string; rscData: Buffer; status: number } } | null>;
    };
    const entry = await handler.get('/sv/artiklar/en-artikel', { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false });
    expect(entry?.value.kind).toBe('APP_PAGE');
    expect(entry?.value.html).toBe('<h1>En artikel</h1>');
    expect(String(entry?.value.rscData)).toBe('rsc-data');
    expect(entry?.value.status).toBe(200);
  });

  it("serves a page without Next's runtime, and leaves the file as Next wrote it", async () => {
    const pages = path.join(dir, 'runtime', 'app', 'sv');
    fs.mkdirSync(pages, { recursive: true });
    const written = '<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><h1>Sida</h1><script>self.__next_f.push([1,"x"])</script></body></html>';
    fs.writeFileSync(path.join(pages, 'sida.html'), written);
    fs.writeFileSync(path.join(pages, 'sida.meta'), JSON.stringify({ status: 200, headers: {} }));
    fs.writeFileSync(path.join(pages, 'sida.rsc'), 'rsc-data');
    const handler = new LocalCacheHandler({ fs: { readFile: fs.promises.readFile, stat: fs.promises.stat, existsSync: fs.existsSync }, serverDistDir: path.join(dir, 'runtime'), flushToDisk: true, dev: false, revalidatedTags: [] }) as unknown as {
      get: (key: string, context: object) => Promise<{ value: { html: string; rscData: Buffer } } | null>;
    };
    const entry = await handler.get('/sv/sida', { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false });
    expect(entry?.value.html).toBe('<html><head></head><body><h1>Sida</h1></body></html>');
    // The RSC payload, for navigations made by the runtime where a page keeps it, is untouched.
    expect(String(entry?.value.rscData)).toBe('rsc-data');
    expect(fs.readFileSync(path.join(pages, 'sida.html'), 'utf8')).toBe(written);
  });

  it('writes a page rendered again without the runtime, its RSC payload whole, and a 404 as Next made it', async () => {
    const distDir = path.join(dir, 'written');
    fs.mkdirSync(path.join(distDir, 'app'), { recursive: true });
    const handler = new LocalCacheHandler({ fs: { readFile: fs.promises.readFile, stat: fs.promises.stat, existsSync: fs.existsSync, writeFile: fs.promises.writeFile, mkdir: (folder: string) => fs.promises.mkdir(folder, { recursive: true }) }, serverDistDir: distDir, flushToDisk: true, dev: false, revalidatedTags: [] }) as unknown as {
      set: (key: string, data: object, context: object) => Promise<void>;
    };
    const rendered = '<html><head><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/><script src="/_next/static/chunks/a.js" async=""></script></head><body><h1>Ny sida</h1><script>self.__next_f.push([1,"x"])</script></body></html>';
    const page = { kind: 'APP_PAGE', html: rendered, rscData: Buffer.from('rsc-data'), headers: {}, status: 200, postponed: undefined, segmentData: undefined };
    const context = { cacheControl: { revalidate: false, expire: undefined }, isRoutePPREnabled: false, isFallback: false };
    await handler.set('/sv/ny-sida', page, context);
    expect(fs.readFileSync(path.join(distDir, 'app', 'sv', 'ny-sida.html'), 'utf8')).toBe('<html><head></head><body><h1>Ny sida</h1></body></html>');
    expect(fs.readFileSync(path.join(distDir, 'app', 'sv', 'ny-sida.rsc'), 'utf8')).toBe('rsc-data');
    // What Next handed over is not changed under it: it may still be answering with it.
    expect(page.html).toBe(rendered);
    // A 404 is Next's error shell, drawn by the runtime: stored as it is.
    await handler.set('/sv/saknas', { ...page, status: 404 }, context);
    expect(fs.readFileSync(path.join(distDir, 'app', 'sv', 'saknas.html'), 'utf8')).toBe(rendered);
  });

  it('voids the answers server.mjs keeps in memory made from a page written, and all at a revalidation', async () => {
    const handler = new LocalCacheHandler({ fs: { readFile: fs.promises.readFile, writeFile: fs.promises.writeFile, mkdir: fs.promises.mkdir, stat: fs.promises.stat, existsSync: fs.existsSync }, serverDistDir: path.join(dir, 'skrivna'), flushToDisk: false, dev: false, revalidatedTags: [] }) as unknown as {
      set: (key: string, data: object | null, context: object) => Promise<void>;
      revalidateTag: (tags: string[]) => Promise<void>;
    };
    const answers = new Answers();
    const keep = (url: string, key: string) => answers.set(url, { headers: {}, gzip: Buffer.alloc(10), length: 10, bytes: 10, keys: [key] }, answers.generation);
    keep('/artiklar/x', '/sv/artiklar/x');
    expect(answers.get('/artiklar/x')).toBeDefined();
    await handler.revalidateTag(['_N_T_/sv/artiklar/x']);
    expect(answers.get('/artiklar/x')).toBeUndefined();
    keep('/artiklar/x', '/sv/artiklar/x');
    keep('/artiklar/y', '/sv/artiklar/y');
    await handler.set('/sv/artiklar/x', null, {});
    expect(answers.get('/artiklar/x')).toBeUndefined();
    expect(answers.get('/artiklar/y')).toBeDefined();
  });
});

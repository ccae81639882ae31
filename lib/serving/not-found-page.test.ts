import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askable } from './answer-memo.mjs';
import { asksForNotFoundPage, fetchNotFoundPage, isEnglishAddress, keptPerLanguage, NOT_FOUND_PAGE_WORD, NOT_FOUND_REQUEST_HEADER, notFoundPagePath } from './not-found-page.mjs';

describe('the not-found page as a page of its own', () => {
  it('is a route of the site under that name, in every language', () => {
    expect(fs.existsSync(path.join('app', '[locale]', NOT_FOUND_PAGE_WORD, 'page.tsx'))).toBe(true);
  });

  it('is found in the language of the address it answers for', () => {
    expect(notFoundPagePath('/artiklar/finns-inte')).toBe('/sidan-saknas');
    expect(notFoundPagePath('/enkat')).toBe('/sidan-saknas');
    expect(notFoundPagePath('/en/articles/nope')).toBe('/en/sidan-saknas');
    expect(notFoundPagePath('/en?x')).toBe('/en/sidan-saknas');
    expect(isEnglishAddress('/en')).toBe(true);
    expect(isEnglishAddress('/english')).toBe(false);
  });

  it('knows its own addresses, with or without a query, and nothing else', () => {
    for (const url of ['/sidan-saknas', '/en/sidan-saknas', '/sv/sidan-saknas', '/sidan-saknas?a=1']) expect(asksForNotFoundPage(url), url).toBe(true);
    for (const url of ['/', '/sidan-saknas/x', '/artiklar/sidan-saknas', '/en/articles']) expect(asksForNotFoundPage(url), url).toBe(false);
  });

  it('is never answered from or kept in server.mjs’s memory', () => {
    const request = (url: string) => ({ method: 'GET', url, headers: {} }) as unknown as http.IncomingMessage;
    expect(askable(request('/sidan-saknas'))).toBe(false);
    expect(askable(request('/en/sidan-saknas'))).toBe(false);
    expect(askable(request('/artiklar/en-artikel'))).toBe(true);
  });

  it('is read once per language, and again after a read that failed', async () => {
    const reads: string[] = [];
    let fails = true;
    const page = keptPerLanguage(async (url) => {
      reads.push(url);
      if (fails) throw new Error('not now');
      return notFoundPagePath(url);
    });
    await expect(page('/artiklar/a')).rejects.toThrow('not now');
    fails = false;
    await expect(page('/artiklar/b')).resolves.toBe('/sidan-saknas');
    await expect(page('/amnen/c')).resolves.toBe('/sidan-saknas');
    await expect(page('/en/articles/d')).resolves.toBe('/en/sidan-saknas');
    await expect(page('/en/topics/e')).resolves.toBe('/en/sidan-saknas');
    expect(reads).toEqual(['/artiklar/a', '/artiklar/b', '/en/articles/d']);
  });

  describe('read from the server', () => {
    let server: http.Server;
    let origin = '';
    const seen: { url: string; own: boolean }[] = [];
    let answer = { status: 200, body: '<html lang="sv"><body><h1>Sidan hittades inte</h1></body></html>' };
    beforeAll(async () => {
      server = http.createServer((request, response) => {
        seen.push({ url: request.url ?? '', own: request.headers[NOT_FOUND_REQUEST_HEADER] === '1' });
        response.statusCode = answer.status;
        response.end(answer.body);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('asks for the page in the address’s language, saying the request is its own', async () => {
      await expect(fetchNotFoundPage(origin, '/en/articles/nope')).resolves.toContain('<h1>');
      expect(seen.at(-1)).toEqual({ url: '/en/sidan-saknas', own: true });
    });

    it('rejects an answer that is not the page', async () => {
      answer = { status: 500, body: 'fel' };
      await expect(fetchNotFoundPage(origin, '/x')).rejects.toThrow('500');
      answer = { status: 200, body: '<html></html>' };
      await expect(fetchNotFoundPage(origin, '/x')).rejects.toThrow();
    });
  });
});

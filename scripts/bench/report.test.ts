import { describe, expect, it } from 'vitest';
import { evaluate, readBudgets } from './report.mjs';

// The scale figures of issue 16 judged by their budgets: listings at every size, search and
// memory at 10,000, never a budget passed that was not measured.
const budgets = readBudgets('bench/budgets.json');
const base = { startedAt: '', machine: {}, options: {}, corpus: [], builds: [], pageWeight: null, serving: null, lighthouse: null, notes: [] };
const listing = (kind: string, gzipKB: number) => ({ kind, path: `/${kind}`, status: 200, raw: gzipKB * 5 * 1024, gzip: gzipKB * 1024 });

describe('the scale budgets', () => {
  it('judge the largest listing of each kind at every size, search and memory at 10,000', () => {
    const search = (firstResultMs: number, requests: number) => ({ word: 'industri', path: '/sok', requests, fragments: 5, firstResultMs, total: '300 träffar' });
    const rows = evaluate(budgets, {
      ...base,
      scale: [
        { size: 1000, serverRssBytes: 900 * 1024 ** 2, failedReads: 0, listings: [listing('author', 12), listing('sitemap file', 400)], search: search(900, 12) },
        { size: 10000, serverRssBytes: 600 * 1024 ** 2, failedReads: 0, listings: [listing('archive year', 41)], search: search(450, 25) },
      ],
    });
    const status = (section: RegExp, figure: RegExp) => rows.find((row) => section.test(row.section) && figure.test(row.figure))?.status;
    expect(status(/author, 1,000/, /HTML/)).toBe('pass');
    expect(status(/archive year, 10,000/, /HTML/)).toBe('fail');
    // Sitemap files are bounded by their address count, not judged by bytes.
    expect(status(/sitemap file, 1,000/, /XML/)).toBe('');
    // Memory and the first result are judged at 10,000 only.
    expect(status(/Server memory, 1,000/, /resident/)).toBe('');
    expect(status(/Server memory, 10,000/, /resident/)).toBe('fail');
    expect(status(/10,000 articles/, /first result/)).toBe('pass');
    expect(status(/10,000 articles/, /requests/)).toBe('fail');
    expect(status(/Build, 10,000/, /wall time/)).toBe('not measured');
  });

  it('report what a run without serving did not measure', () => {
    const rows = evaluate(budgets, { ...base, scale: null });
    expect(rows.filter((row) => row.status === 'not measured').map((row) => row.section)).toEqual(expect.arrayContaining(['Largest page of every listing', 'Server memory, 10,000 articles', 'Build, 10,000 articles']));
  });
});

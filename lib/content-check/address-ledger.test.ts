import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { afterAll, describe, expect, it } from 'vitest';
import { withdrawnRewrites } from './address-ledger';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function ledger(withdrawn: string[]) {
  fs.writeFileSync(path.join(dir, 'adresser.json'), JSON.stringify({ published: {}, withdrawn }, null, 2));
}

/** Where Next's router sends a path with these rules (its own matcher), or null. */
function destination(rules: { source: string; destination: string }[], pathname: string): string | null {
  return rules.find((rule) => getPathMatch(rule.source, { removeUnnamedParams: true, strict: true })(pathname))?.destination ?? null;
}

describe('the rewrites of withdrawn articles', () => {
  it('are none when nothing is withdrawn', () => {
    ledger([]);
    expect(withdrawnRewrites(dir)).toEqual([]);
  });

  it('send every withdrawn address to the 410 page in its language, in two rules however many there are', () => {
    const slugs = Array.from({ length: 40 }, (_, index) => `artikel-${index}`);
    ledger([...slugs.map((slug) => `/artiklar/${slug}`), '/en/articles/an-english-translation']);
    const rules = withdrawnRewrites(dir);
    expect(rules).toHaveLength(2);
    expect(destination(rules, '/artiklar/artikel-0')).toBe('/gone/sv');
    expect(destination(rules, '/artiklar/artikel-39')).toBe('/gone/sv');
    // A Swedish article leaves its English address too; a translation only its own.
    expect(destination(rules, '/en/articles/artikel-7')).toBe('/gone/en');
    expect(destination(rules, '/en/articles/an-english-translation')).toBe('/gone/en');
    expect(destination(rules, '/artiklar/an-english-translation')).toBeNull();
  });

  it('match whole slugs only', () => {
    ledger(['/artiklar/vatgas', '/artiklar/vatgas-i-norrtalje']);
    const rules = withdrawnRewrites(dir);
    expect(destination(rules, '/artiklar/vatgas')).toBe('/gone/sv');
    expect(destination(rules, '/artiklar/vatgas-i-norrtalje')).toBe('/gone/sv');
    expect(destination(rules, '/artiklar/vatgas-i')).toBeNull();
    expect(destination(rules, '/artiklar/vatgasbussar')).toBeNull();
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyStoreDir, resolveBodyCode, storeBody } from './body-store.mjs';

const encoded = (text: string) => new TextEncoder().encode(text);

/** A store of its own for each test, removed when the file's tests are done. */
const stores: string[] = [];
function newStore(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'body-store-'));
  stores.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of stores) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the store of compiled bodies', () => {
  it('keeps a body in a file named by its content, once, and reads it back in place of the mark', async () => {
    const dir = newStore();
    const mark = await storeBody(dir, encoded('var Component=1'));
    expect(await storeBody(dir, encoded('var Component=1'))).toBe(mark);
    expect(await storeBody(dir, encoded('var Component=2'))).not.toBe(mark);
    expect(fs.readdirSync(bodyStoreDir(dir)).sort()).toHaveLength(2);
    // mdx-bundler adds its return after the bundle, so after the mark.
    expect(resolveBodyCode(`${mark};return Component;`, dir, 'artiklar/a.mdx')).toBe('var Component=1;return Component;');
  });

  it('leaves code without a mark as it is', () => {
    expect(resolveBodyCode('var Component=3;return Component;', os.tmpdir(), 'artiklar/a.mdx')).toBe('var Component=3;return Component;');
  });

  it('names the document and says what to run when a body is missing', async () => {
    const dir = newStore();
    const mark = await storeBody(dir, encoded('var Component=4'));
    fs.rmSync(bodyStoreDir(dir), { recursive: true });
    expect(() => resolveBodyCode(`${mark};return Component;`, dir, 'artiklar/a.mdx')).toThrow(/^artiklar\/a\.mdx: its compiled body .* is missing\. Run `npm run content` again\.$/);
  });
});

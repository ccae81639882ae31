import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BodyFacts } from '../mdx/body-facts';
import type { CompiledBody } from './mdx-body';
import { compilingAhead } from './mdx-compile';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compiling-ahead-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Content files with these texts, in this order. */
function files(...texts: string[]): string[] {
  return texts.map((text, index) => {
    const file = path.join(dir, `${texts.join('-')}-${index}.mdx`);
    fs.writeFileSync(file, text);
    return file;
  });
}

/** A compiler that records what it is given; `failing` texts are refused. */
function recorder(failing: string[] = []) {
  const given: string[] = [];
  const compileNow = async (source: string): Promise<CompiledBody> => {
    given.push(source);
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (failing.includes(source)) throw new Error(`${source} kan inte kompileras`);
    return { body: source, code: `kod för ${source}`, facts: {} as BodyFacts };
  };
  return { given, compileNow };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

describe('the body compiler that works ahead of Contentlayer', () => {
  it('compiles the files in their order before they are asked for, each once', async () => {
    const { given, compileNow } = recorder();
    const ahead = compilingAhead(compileNow, files('a', 'b', 'c'));
    expect((await ahead.compile('a')).code).toBe('kod för a');
    await settle();
    // b and c were compiled while nobody asked.
    expect(given).toEqual(['a', 'b', 'c']);
    expect((await ahead.compile('b')).code).toBe('kod för b');
    expect((await ahead.compile('c')).code).toBe('kod för c');
    expect(given).toEqual(['a', 'b', 'c']);
    expect(ahead.counts()).toEqual({ ahead: 3, asked: 3 });
  });

  it('compiles a text it has not read when it is asked for', async () => {
    const { given, compileNow } = recorder();
    const ahead = compilingAhead(compileNow, files('d'));
    expect((await ahead.compile('ändrad sedan')).code).toBe('kod för ändrad sedan');
    expect(given).toContain('ändrad sedan');
    expect(ahead.counts()).toEqual({ ahead: 0, asked: 1 });
  });

  it('keeps at most the given number of bodies nobody has asked for yet', async () => {
    const { given, compileNow } = recorder();
    const ahead = compilingAhead(compileNow, files('e', 'f', 'g', 'h', 'i'), 2);
    await ahead.compile('e');
    await settle();
    expect(given).toEqual(['e', 'f', 'g']);
    await ahead.compile('f');
    await settle();
    expect(given).toEqual(['e', 'f', 'g', 'h']);
  });

  it('reports a body that did not compile ahead when it is asked for, with its own error', async () => {
    const { compileNow } = recorder(['k']);
    const ahead = compilingAhead(compileNow, files('j', 'k'));
    await ahead.compile('j');
    await settle();
    await expect(ahead.compile('k')).rejects.toThrow('k kan inte kompileras');
    expect(ahead.counts()).toEqual({ ahead: 2, asked: 2 });
  });
});

import type { BuildOptions } from 'esbuild';
import { getMDXComponent } from 'next-contentlayer2/hooks';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { bodyFacts } from '../mdx/body-facts';
import { parseMdx } from '../mdx/markdown';
import { bodyStoreDir, resolveBodyCode } from './body-store.mjs';
import { bodyBuildDir, compiledBodyFacts, withArticleBodyCompiler } from './mdx-compile';

// Contentlayer's own call (@contentlayer2/core, markdown/mdx.js): mdx-bundler with its esbuildOptions hook.
const { bundleMDX } = await import('mdx-bundler');

const BODY = `Inledningen med en fotnot[^1] och en [länk](https://example.se).

## Fyra fokusområden

<Faktaruta rubrik="Fakta">
## Inte i innehållsförteckningen
</Faktaruta>

### Smart industri

<Bild src="./bilder/foto.jpg" alt="En bild" />

[^1]: Fotnotens text.
`;
const FILE = `---\ntitle: Ett test\n---\n${BODY}`;

function Box({ children }: { children?: ReactNode }) {
  return createElement('aside', null, children);
}
function Picture({ src, alt }: { src: string; alt: string }) {
  return createElement('img', { src, alt });
}

// The bodies a test compiles are stored in a folder of its own, not the repository's .contentlayer/.
const store = fs.mkdtempSync(path.join(os.tmpdir(), 'body-store-'));
const intoStore = (options: BuildOptions) => withArticleBodyCompiler(options, { contentlayerDir: store });
afterAll(() => fs.rmSync(store, { recursive: true, force: true }));

describe('the article body compiler', () => {
  it('compiles a body to code useMDXComponent runs, with heading ids and Swedish footnote words', async () => {
    const { code } = await bundleMDX({ source: FILE, esbuildOptions: intoStore });
    // The document keeps a mark; the bundle is a file of its own (lib/build/body-store.mjs).
    expect(code).toMatch(/^\/\*body:[0-9a-f]{64}\*\/;return Component;$/);
    expect(fs.readdirSync(bodyStoreDir(store))).toHaveLength(1);
    const Content = getMDXComponent(resolveBodyCode(code, store, 'artiklar/ett-test.mdx'));
    const html = renderToStaticMarkup(createElement(Content, { components: { Faktaruta: Box, Bild: Picture } }));
    expect(html).toContain('<h2 id="fyra-fokusomraden"><a href="#fyra-fokusomraden" class="heading-anchor">Fyra fokusområden</a></h2>');
    expect(html).toContain('<aside><h2>Inte i innehållsförteckningen</h2></aside>');
    expect(html).toContain('<img src="./bilder/foto.jpg" alt="En bild"/>');
    expect(html).toMatch(/<h2[^>]*id="footnote-label"[^>]*>Fotnoter<\/h2>/);
  });

  it('keeps the facts of the tree it compiled, the same as a parse of the body gives', async () => {
    await bundleMDX({ source: FILE, esbuildOptions: intoStore });
    // Keyed by the body as Contentlayer reads it (gray-matter): what follows the second `---` line.
    const facts = compiledBodyFacts(BODY);
    expect(facts).toEqual(bodyFacts(parseMdx(BODY)));
    expect(facts?.headings).toEqual([
      { level: 2, text: 'Fyra fokusområden', id: 'fyra-fokusomraden' },
      { level: 3, text: 'Smart industri', id: 'smart-industri' },
    ]);
    expect(facts?.bildSources).toEqual(['./bilder/foto.jpg']);
  });

  it('builds a body in an empty folder of its own, which it leaves empty (contentlayer.config.ts, mdx.cwd)', async () => {
    const dir = bodyBuildDir(store);
    expect(dir).toBe(path.join(store, 'body-build'));
    const { code } = await bundleMDX({ source: FILE, cwd: dir, esbuildOptions: intoStore });
    expect(resolveBodyCode(code, store, 'artiklar/ett-test.mdx')).toContain('Fyra fokusomr');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses an mdx-bundler whose plugins it does not recognise, rather than compile twice', () => {
    expect(() => withArticleBodyCompiler({ plugins: [{ name: 'something-else', setup: () => {} }] })).toThrow(/no longer named/);
  });
});

describe('the article body compiler in its worker thread (as scripts/contentlayer-build.mjs runs it)', () => {
  it('gives the same code and facts as the compiler in Contentlayer\'s own thread', async () => {
    const inThread = await bundleMDX({ source: FILE, esbuildOptions: intoStore });
    vi.resetModules();
    vi.stubEnv('CONTENT_COMPILE_WORKER', fileURLToPath(new URL('./mdx-compile-worker.mjs', import.meta.url)));
    try {
      const worker = await import('./mdx-compile');
      const inWorker = await bundleMDX({ source: FILE, esbuildOptions: (options: BuildOptions) => worker.withArticleBodyCompiler(options, { contentlayerDir: store }) });
      expect(inWorker.code).toBe(inThread.code);
      expect(resolveBodyCode(inWorker.code, store, 'artiklar/ett-test.mdx')).toContain('Fyra fokusomr');
      expect(worker.compiledBodyFacts(BODY)).toEqual(bodyFacts(parseMdx(BODY)));
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

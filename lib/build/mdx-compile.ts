// Build-time only (contentlayer.config.ts): how Contentlayer's MDX step compiles an article body.
//
// Contentlayer hands each body to mdx-bundler, which makes a new @mdx-js/esbuild plugin, and so a
// new MDX processor, for every document, compiles with a source map, and resolves imports with
// a Node resolver (the bodies import nothing: the editors' check forbids it). Its esbuildOptions
// hook is the setting for what esbuild runs: there the build puts this module's plugin in place of
// those two, and keeps the rest (the body read from memory, React as a global, the bundle
// format useMDXComponent runs). This plugin compiles with one MDX processor made once
// (lib/build/mdx-body.ts), without a source map, and keeps what the computed fields need from the
// same Markdown tree (the excerpt, reading time, headings and images), so each body is parsed
// once. When the build's runner (scripts/contentlayer-build.mjs) names a worker in
// CONTENT_COMPILE_WORKER, bodies are compiled there, beside Contentlayer's own thread, which is
// busy with its effect runtime as long as the compile takes. The bundle esbuild makes of a body
// goes to a file of its own (lib/build/body-store.mjs), and the document keeps a mark that names
// it. Figures: the commit messages.
import type { BuildOptions, Plugin } from 'esbuild';
import os from 'node:os';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BodyFacts } from '../mdx/body-facts';
import { type CompiledBody, compileArticleBody } from './mdx-body';
import type { CompileReply } from './mdx-compile-worker';
import { storeBody } from './body-store.mjs';
import { contentDir } from './content-images';

/** The plugins of mdx-bundler's this module replaces, by the names they give esbuild. */
const REPLACED = new Set(['@mdx-js/esbuild', 'node-resolve']);

// Contentlayer asks for the computed fields of a document right after its body is compiled, with
// as many documents in flight as the machine has cores: the facts of the last few are kept until then.
const RECENT = 16;
const recentFacts = new Map<string, BodyFacts>();

function remember({ body, facts }: CompiledBody): void {
  recentFacts.set(body, facts);
  if (recentFacts.size > RECENT) recentFacts.delete(recentFacts.keys().next().value!);
}

/** The facts of a body this build has just compiled, read from the tree it was compiled from. */
export function compiledBodyFacts(body: string): BodyFacts | undefined {
  return recentFacts.get(body);
}

type Pending = { resolve: (compiled: CompiledBody) => void; reject: (error: Error) => void };

/** Worker threads that compile bodies; a thread is unreferenced while it has nothing to do, so it never holds the process open. */
function workerPool(file: string, size: number): (source: string) => Promise<CompiledBody> {
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(file);
    const pending = new Map<number, Pending>();
    worker.on('message', (reply: CompileReply) => {
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (pending.size === 0) worker.unref();
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.compiled);
    });
    worker.on('error', (error) => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    });
    worker.unref();
    return { worker, pending };
  });
  let nextId = 0;
  return (source) => {
    const least = workers.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
    const id = nextId++;
    least.worker.ref();
    least.worker.postMessage({ id, source });
    return new Promise((resolve, reject) => least.pending.set(id, { resolve, reject }));
  };
}

/** Bodies compiled before Contentlayer asked for them, at most this many at a time. */
const AHEAD = 24;

/**
 * A compiler that works ahead of Contentlayer: it compiles the content folder's files in the
 * order the folder lists them, which is the order Contentlayer reads them in (fast-glob over the
 * same folders), a few documents ahead, and answers a body it has already compiled from memory.
 * Contentlayer keeps as many documents in flight as os.cpus() lists, two on this machine, and has
 * no setting for it: each document waits for its body, and the worker thread then idled while
 * Contentlayer's thread worked, and the other way round (about a third of the time each, in a CPU
 * profile at 3,000 articles). A body it has not compiled (another order, a file changed since it
 * was read) is compiled when asked for, as before; the texts are the keys, so a compiled body
 * is only ever used for the same text.
 */
export function compilingAhead(compileNow: (source: string) => Promise<CompiledBody>, files: readonly string[], ahead = AHEAD): { compile: (source: string) => Promise<CompiledBody>; counts: () => { ahead: number; asked: number } } {
  const ready = new Map<string, Promise<CompiledBody>>();
  let next = 0;
  let running = 0;
  let fromAhead = 0;
  let asked = 0;
  const fill = () => {
    // One body at a time in the worker: a body Contentlayer asks for waits for at most one other.
    while (running === 0 && ready.size < ahead && next < files.length) {
      let source: string;
      try {
        source = readFileSync(files[next++]!, 'utf8');
      } catch {
        continue;
      }
      if (ready.has(source)) continue;
      const compiled = compileNow(source);
      running += 1;
      // A body that does not compile is reported when Contentlayer asks for it, with its document.
      compiled
        .catch(() => undefined)
        .finally(() => {
          running -= 1;
          fill();
        });
      ready.set(source, compiled);
    }
  };
  return {
    compile: (source) => {
      asked += 1;
      // Started first, so that the first document Contentlayer asks for is the first compiled ahead.
      fill();
      const compiled = ready.get(source);
      if (!compiled) return compileNow(source);
      fromAhead += 1;
      ready.delete(source);
      fill();
      return compiled;
    },
    counts: () => ({ ahead: fromAhead, asked }),
  };
}

/** The MDX files Contentlayer compiles (contentlayer.config.ts), in the order the folders list them. */
function contentFiles(): string[] {
  return ['artiklar', 'skribenter'].flatMap((folder) => {
    const dir = path.join(contentDir, folder);
    try {
      return readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => path.join(dir, name));
    } catch {
      return [];
    }
  });
}

let compile: ((source: string) => Promise<CompiledBody>) | undefined;

function compiler(): (source: string) => Promise<CompiledBody> {
  const workerFile = process.env.CONTENT_COMPILE_WORKER;
  if (!compile) {
    // One core stays with Contentlayer's thread, the others compile, ahead of it.
    compile = workerFile ? compilingAhead(workerPool(workerFile, Math.max(1, os.availableParallelism() - 1)), contentFiles()).compile : compileArticleBody;
  }
  return compile;
}

function mdxBodyPlugin(contentlayerDir: string): Plugin {
  return {
    name: 'article-body-mdx',
    setup(build) {
      build.onLoad({ filter: /\.mdx$/ }, async ({ path: file, pluginData }) => {
        const contents: unknown = (pluginData as { contents?: unknown } | undefined)?.contents;
        const source = typeof contents === 'string' ? contents : await fs.readFile(file, 'utf8');
        try {
          const compiled = await compiler()(source);
          remember(compiled);
          return { contents: compiled.code, loader: 'js', resolveDir: path.dirname(file) };
        } catch (error) {
          return { errors: [{ text: `the MDX could not be compiled: ${error instanceof Error ? error.message : String(error)}` }] };
        }
      });
      // An end callback may modify the build result (esbuild's plugin API, "On-end callbacks"),
      // and mdx-bundler takes the bundle from the result its esbuild.build resolves with.
      // It may also return a promise, which esbuild waits for: the body is on disk before
      // Contentlayer has the document.
      build.onEnd(async (result) => {
        const output = result.outputFiles?.[0];
        if (!output || result.errors.length > 0) return;
        const mark = await storeBody(contentlayerDir, output.contents);
        result.outputFiles![0] = { path: output.path, hash: output.hash, contents: new TextEncoder().encode(mark), text: mark };
      });
    },
  };
}

/**
 * The folder every body is built in (mdx-bundler's `cwd`, Contentlayer's `mdx.cwd`): an empty one
 * of its own. esbuild lists the folder a build's entry lies in, and each folder above it, on every
 * build. With Contentlayer's default, the article's own folder, each body's build listed every
 * article: esbuild's work per body grew with the archive (its process took 4.5 ms of CPU a body
 * at 1,000 articles and 13.8 ms at 10,000, 138 s in all). A body imports nothing (the editors'
 * check refuses an import), so nothing else depends on where it is built.
 */
export function bodyBuildDir(contentlayerDir = path.join(process.cwd(), '.contentlayer')): string {
  const dir = path.join(contentlayerDir, 'body-build');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * mdx-bundler's esbuild options with this module's compiler in place of its own. The bodies are
 * stored in `contentlayerDir`: Contentlayer writes its .contentlayer/ in the folder it runs in.
 */
export function withArticleBodyCompiler(options: BuildOptions, { contentlayerDir = path.join(process.cwd(), '.contentlayer') }: { contentlayerDir?: string } = {}): BuildOptions {
  const plugins = options.plugins ?? [];
  const replaced = plugins.filter((plugin) => REPLACED.has(plugin.name));
  // A newer mdx-bundler that names its plugins otherwise would compile every body twice: say so.
  if (replaced.length !== REPLACED.size) {
    throw new Error(`lib/build/mdx-compile.ts: mdx-bundler's esbuild plugins are no longer named ${[...REPLACED].join(' and ')} (found ${plugins.map((plugin) => plugin.name).join(', ')})`);
  }
  return { ...options, plugins: [...plugins.filter((plugin) => !REPLACED.has(plugin.name)), mdxBodyPlugin(contentlayerDir)] };
}

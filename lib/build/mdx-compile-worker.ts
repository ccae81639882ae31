// Build-time only: a worker thread that compiles article bodies for lib/build/mdx-compile.ts,
// so Contentlayer's own thread goes on with the next document meanwhile. Started through
// mdx-compile-worker.mjs, which teaches the thread TypeScript.
import { parentPort } from 'node:worker_threads';
import { compileArticleBody } from './mdx-body';

export type CompileRequest = { id: number; source: string };
export type CompileReply = { id: number; compiled: Awaited<ReturnType<typeof compileArticleBody>> } | { id: number; error: string };

parentPort?.on('message', ({ id, source }: CompileRequest) => {
  compileArticleBody(source).then(
    (compiled) => parentPort?.postMessage({ id, compiled } satisfies CompileReply),
    (error: unknown) => parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies CompileReply),
  );
});

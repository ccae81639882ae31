// The entry of the body compiler's worker thread (lib/build/mdx-compile.ts): a thread does not
// inherit the main thread's `--import tsx`, so it registers tsx itself, then loads the worker.
import { register } from 'tsx/esm/api';

register();
await import('./mdx-compile-worker.ts');

// The steps of `npm run build` (scripts/build.mjs says why there are six), each a Node command
// run from the repository: scripts/build.mjs runs them in order, and the benchmark
// (scripts/bench/measure-build.mjs) runs them one by one to time and weigh each.
import path from 'node:path';

const next = path.join('node_modules', 'next', 'dist', 'bin', 'next');

/** What every Node process of the build preloads: its heap kept near what it holds (scripts/build-heap.mjs says why). */
export const HEAP_PRELOAD = ['--import', './scripts/build-heap.mjs'];

/** A Node command of the build. */
const node = (...args) => [...HEAP_PRELOAD, ...args];

/** @type {{ name: string; why: string; command: string[] }[]} */
export const STEPS = [
  { name: 'content', why: 'check the editors’ content, run Contentlayer, copy images, subset fonts', command: node(path.join('scripts', 'build-content.mjs')) },
  { name: 'compile', why: 'compile the site (Turbopack), its memory freed before prerendering', command: node(next, 'build', '--experimental-build-mode=compile') },
  { name: 'snapshot', why: 'the content this build serves, and the feeds’ HTML, into the build folder', command: node('--import', 'tsx', '--import', './scripts/server-side.mjs', path.join('scripts', 'build-snapshot.ts')) },
  { name: 'generate', why: 'prerender every page from the snapshot', command: node(next, 'build', '--experimental-build-mode=generate') },
  { name: 'pages', why: 'store the prerendered pages without Next’s client runtime, once for every reader, and list them for the server’s warm-up', command: node('--import', 'tsx', path.join('scripts', 'build-pages.mjs')) },
  { name: 'search', why: 'index the prerendered articles for site search (Pagefind)', command: node('--import', 'tsx', path.join('scripts', 'build-search-index.mjs')) },
];

// The build's prerendered pages stored without Next's client runtime, once, after the build
// has written them: a step of `npm run build` (scripts/build-pages.mjs).
//
// `next build` writes every page's HTML as Next made it, runtime and all (its export writes the
// files itself, not through the cache handler), and the handlers served each read of it without
// the runtime (lib/serving/page-scripts.mjs, servedEntry): four passes over about 57 KB at each
// read, for about 20 KB that stay, at every read of every page. Stored without it, a read
// allocates nothing more than the file: on a crawl of 3,000 articles (the bench's load runs, then
// every article read once) the server's resident memory was 314 MB with the files as Next wrote
// them and 283 MB with these, the HTML of the build 180.6 -> 61.4 MB (single runs, the same build).
//
// Taken away exactly what servedEntry takes away (storedValue): a page that keeps the runtime,
// a page that is not a 200 and Next's error shell stay as they are, and so do the RSC payloads.
// Each file is replaced whole (written beside it, then renamed) with its modification time kept:
// Next reads a page's age from it. A second run finds nothing to do.
// Plain JS: it runs after the build, outside the bundler.
import fs from 'node:fs';
import path from 'node:path';
import { storedValue } from './page-scripts.mjs';

/**
 * The status a prerendered page is served with: the one Next stored in the .meta file beside its
 * HTML, 200 when it says none (scripts/build-search-index.mjs skips what is not a 200 too).
 */
export function prerenderedStatus(htmlFile) {
  try {
    const meta = JSON.parse(fs.readFileSync(htmlFile.replace(/\.html$/, '.meta'), 'utf8'));
    return typeof meta?.status === 'number' ? meta.status : 200;
  } catch {
    return 200;
  }
}

/** Every page's HTML file under `appDir` (<distDir>/server/app), folder by folder. */
function builtPageFiles(appDir) {
  const files = [];
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (entry.isFile() && entry.name.endsWith('.html')) files.push(file);
    }
  };
  visit(appDir);
  return files;
}

/**
 * Rewrites every app page's HTML under `appDir` (<distDir>/server/app) without the runtime.
 * `served` lists the pages served with a 200, by the path Next knows them by (`/sv/artiklar/x`).
 * `progress`, given the number of pages, makes what is ticked as each is done: the build prints its
 * progress (tens of seconds at 10,000 articles on a busy machine).
 * @param {string} appDir
 * @param {{ progress?: (pages: number) => { tick: () => void } }} [options]
 * @returns {{ pages: number, stripped: number, bytesBefore: number, bytesAfter: number, served: string[] }}
 */
export function stripBuiltPages(appDir, { progress } = {}) {
  const files = builtPageFiles(appDir);
  const counter = progress?.(files.length);
  const figures = { pages: files.length, stripped: 0, bytesBefore: 0, bytesAfter: 0, served: [] };
  for (const file of files) {
    const html = fs.readFileSync(file, 'utf8');
    const status = prerenderedStatus(file);
    if (status === 200) figures.served.push(`/${path.relative(appDir, file).split(path.sep).join('/').slice(0, -'.html'.length)}`);
    const stored = storedValue({ kind: 'APP_PAGE', html, status });
    figures.bytesBefore += Buffer.byteLength(html);
    figures.bytesAfter += Buffer.byteLength(stored.html);
    if (stored.html !== html) {
      const { atime, mtime } = fs.statSync(file);
      const written = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(written, stored.html);
      fs.utimesSync(written, atime, mtime);
      fs.renameSync(written, file);
      figures.stripped += 1;
    }
    counter?.tick();
  }
  return figures;
}

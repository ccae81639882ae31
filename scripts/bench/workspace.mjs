// An isolated copy of the site to build a synthetic corpus in. Other engineers build in the
// repository at the same time, so the benchmark never writes its .next, .contentlayer or
// public/media: it copies the sources to a temporary folder and builds there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What a build reads. Not content/ (the corpus replaces it), nor anything a build generates. */
const SOURCES = [
  'app',
  'components',
  'lib',
  'i18n',
  'messages',
  'scripts',
  'public',
  'proxy.ts',
  'instrumentation.ts',
  'server.mjs',
  'next.config.ts',
  'contentlayer.config.ts',
  'tsconfig.json',
  'postcss.config.mjs',
  'package.json',
  'next-env.d.ts',
];

/** Generated folders under public/ (scripts/sync-media.mjs, the search index). */
const GENERATED_PUBLIC = new Set(['media', 'pagefind']);

/**
 * How node_modules reaches the workspace.
 * - `hardlink` (the default): a tree of real directories whose files are hard links to the
 *   repository's. Turbopack sees ordinary files inside the project; it takes about a second and no
 *   disk space. A build that rewrote a file of node_modules in place would change the repository's
 *   too; `next build` writes none there (checked: no file under it is newer than the workspace).
 *   Falls back to copying a file where linking fails (another file system).
 * - `symlink`: one link to the repository's node_modules. Next 16's Turbopack refuses it: files
 *   outside the project root are not compiled, so the build stops with "Could not find the
 *   Next.js package (next/package.json)". Kept as an option to re-check after a Next upgrade.
 * @typedef {'symlink' | 'hardlink'} ModulesMode
 */

/**
 * Mirrors a directory tree with hard links (a copy where linking fails, e.g. across file systems).
 * Symbolic links inside (node_modules/.bin) are recreated as they are.
 */
function linkTree(source, target) {
  fs.mkdirSync(target, { recursive: true });
  for (const entry of fs.readdirSync(source, { withFileTypes: true })) {
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    if (entry.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(from), to);
    else if (entry.isDirectory()) linkTree(from, to);
    else {
      try {
        fs.linkSync(from, to);
      } catch {
        fs.copyFileSync(from, to);
      }
    }
  }
}

/**
 * Creates `<tmp>/regionbloggen-bench-<n>-XXXX/` with a copy of the sources and the repository's
 * node_modules, ready for `npm run build`.
 * @param {{ repoRoot: string; label: string; modules?: ModulesMode }} options
 * @returns {{ dir: string; remove: () => void }}
 */
export function createWorkspace({ repoRoot, label, modules = 'hardlink' }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `regionbloggen-bench-${label}-`));
  for (const name of SOURCES) {
    const source = path.join(repoRoot, name);
    if (!fs.existsSync(source)) continue;
    fs.cpSync(source, path.join(dir, name), {
      recursive: true,
      filter: (file) => !(path.dirname(file) === path.join(repoRoot, 'public') && GENERATED_PUBLIC.has(path.basename(file))),
    });
  }
  const nodeModules = path.join(repoRoot, 'node_modules');
  if (modules === 'symlink') fs.symlinkSync(nodeModules, path.join(dir, 'node_modules'), 'dir');
  else linkTree(nodeModules, path.join(dir, 'node_modules'));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The floor: a bare Next 16 page (one heading, one paragraph, no proxy, no data), built and
 * served by the same Next as the site. Whatever the site serves is judged against it, measured
 * in the same run on the same machine.
 * @param {{ repoRoot: string }} options
 */
export function createFloorWorkspace({ repoRoot }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'regionbloggen-bench-floor-'));
  const write = (file, text) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  write('package.json', `${JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }, null, 2)}\n`);
  write('next.config.mjs', 'export default { poweredByHeader: false, generateEtags: false };\n');
  write('app/layout.js', "export default function Layout({ children }) {\n  return <html lang=\"sv\"><body>{children}</body></html>;\n}\n");
  write('app/page.js', "export default function Page() {\n  return <main><h1>Golvet</h1><p>En statisk sida utan data, utan proxy.</p></main>;\n}\n");
  linkTree(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

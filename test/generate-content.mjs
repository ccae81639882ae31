// Runs Contentlayer for a content tree into a folder of its own, so tests read documents made from
// their own fixture and never touch the repository's .contentlayer/ (which `npm run dev` and the
// build use). Contentlayer writes .contentlayer/ next to its config, so the workspace gets a
// one-line config that re-exports the repository's; the workspace sits inside the repository,
// so the compiled config still finds node_modules.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');

/** Where the generated documents of a workspace are: what CONTENT_DATA_DIR points lib/content/content-data.ts at. */
export function generatedDir(workspace) {
  return path.join(workspace, '.contentlayer', 'generated');
}

/**
 * Generates the documents of `contentDir` in `workspace` (created if needed). Throws with
 * Contentlayer's output when it fails.
 * @param {{ contentDir: string; workspace: string }} options
 */
export function generateContent({ contentDir, workspace }) {
  fs.mkdirSync(workspace, { recursive: true });
  const config = path.relative(workspace, path.join(REPO_ROOT, 'contentlayer.config')).split(path.sep).join('/');
  fs.writeFileSync(path.join(workspace, 'contentlayer.config.ts'), `export { default } from '${config}';\n`);
  const result = spawnSync(
    process.execPath,
    [path.join(REPO_ROOT, 'node_modules', 'contentlayer2', 'bin', 'cli.cjs'), 'build'],
    { cwd: workspace, encoding: 'utf8', // PWD too: Contentlayer reads its working directory from it.
    env: { ...process.env, PWD: workspace, CONTENT_DIR: path.resolve(contentDir), NODE_ENV: 'production' } },
  );
  if (result.status !== 0) throw new Error(`Contentlayer failed for ${contentDir}:\n${result.stdout}\n${result.stderr}`);
  return generatedDir(workspace);
}

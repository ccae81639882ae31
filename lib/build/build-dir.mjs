// The folder a build writes (Next's distDir) and what our build scripts add to it. A benchmark or
// the test fixture builds into its own folder (NEXT_DIST_DIR), and a server started with the same
// variable serves that build. Plain JS: next.config.ts and the build scripts read it too.
import path from 'node:path';

export const distDir = process.env.NEXT_DIST_DIR || '.next';

/** Contentlayer's documents as this build read them (scripts/snapshot-content.mjs → lib/content/content-data.ts). */
export const contentSnapshotDir = path.join(distDir, 'site-content');

/**
 * Each article's compiled body, one file an article beside the snapshot: a server reads a body
 * when it renders that article, and keeps only the articles' metadata for good.
 */
export const articleBodiesDir = path.join(contentSnapshotDir, 'bodies');

/** The file of an article's body in articleBodiesDir, by its Contentlayer id (`artiklar/x.mdx`). */
export function articleBodyFile(id) {
  return `${encodeURIComponent(id)}.json`;
}

/** The Pagefind index (scripts/build-search-index.mjs → app/pagefind/[...path]/route.ts). */
export const searchIndexDir = path.join(distDir, 'pagefind');

/**
 * The addresses of the pages the build prerendered, as readers see them (scripts/build-pages.mjs):
 * what server.mjs's warm-up reads (lib/serving/answer-memo.mjs).
 */
export const prerenderedPathsFile = path.join(distDir, 'prerendered-paths.json');

// Copies Contentlayer's documents into the build folder (<distDir>/site-content/), between
// `next build --experimental-build-mode=compile` and `… =generate` (scripts/build-snapshot.ts
// calls it, then renders the feeds' HTML beside it). lib/content/content-data.ts reads
// this copy when the build prerenders and whenever ISR regenerates a page later, so each build
// folder serves the articles it was built from, whatever Contentlayer generates afterwards
// (the test fixture's build, `npm run dev`).
import fs from 'node:fs';
import path from 'node:path';
import { articleBodiesDir, articleBodyFile, contentSnapshotDir as target, distDir } from '../lib/build/build-dir.mjs';
import { createProgress } from '../lib/build/build-progress.mjs';
import { resolveBodyCode } from '../lib/build/body-store.mjs';

/** Writes the snapshot; exits the process with a message when there is nothing to take it from. */
export function snapshotContent() {
  const contentlayer = '.contentlayer';
  const generated = path.join(contentlayer, 'generated');

  if (!fs.existsSync(path.join(distDir, 'server'))) {
    console.error(`snapshot-content: ${distDir}/ holds no compiled build. Run \`next build --experimental-build-mode=compile\` first${distDir === '.next' ? '' : ` with NEXT_DIST_DIR=${distDir}`}.`);
    process.exit(1);
  }
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  let bytes = 0;
  for (const type of ['Article', 'Author']) {
    const source = path.join(generated, type, '_index.json');
    if (!fs.existsSync(source)) {
      console.error(`snapshot-content: ${source} is missing. Run \`npm run content\` first.`);
      process.exit(1);
    }
    bytes += fs.statSync(source).size;
    if (type !== 'Article') {
      // The few authors keep their bodies, read back from Contentlayer's store (lib/build/body-store.mjs).
      const authors = JSON.parse(fs.readFileSync(source, 'utf8'));
      for (const author of authors) author.body.code = resolveBodyCode(author.body.code, contentlayer, author._raw.sourceFilePath);
      fs.writeFileSync(path.join(target, `${type}.json`), JSON.stringify(authors));
      continue;
    }
    // Articles without their bodies (raw MDX and compiled code, nine tenths of the documents), each
    // body in a file of its own: a server holds every article's metadata, and a body only while it
    // renders that article (lib/content/content-data.ts).
    const articles = JSON.parse(fs.readFileSync(source, 'utf8'));
    fs.mkdirSync(articleBodiesDir, { recursive: true });
    // Seconds at 10,000 articles: the step says how far it is.
    const progress = createProgress({ label: 'content', unit: 'article bodies written', total: articles.length, write: (line) => console.log(line) });
    for (const article of articles) {
      fs.writeFileSync(path.join(articleBodiesDir, articleBodyFile(article._id)), JSON.stringify({ code: resolveBodyCode(article.body.code, contentlayer, article._raw.sourceFilePath) }));
      article.body = { raw: '', code: '' };
      progress.tick();
    }
    fs.writeFileSync(path.join(target, 'Article.json'), JSON.stringify(articles));
    console.log(`content: ${articles.length} article bodies to ${articleBodiesDir}/, metadata ${(fs.statSync(path.join(target, 'Article.json')).size / 1048576).toFixed(1)} MB`);
  }
  // When the build read the articles: the publication schedule revalidates, when the server starts,
  // the pages of every article published since (lib/content/publication-schedule.ts).
  fs.writeFileSync(path.join(target, 'snapshot.json'), `${JSON.stringify({ takenAt: new Date().toISOString() })}\n`);
  console.log(`content: ${(bytes / 1048576).toFixed(1)} MB of documents to ${target}/`);
}

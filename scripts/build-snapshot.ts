// The build's content snapshot, between compiling and prerendering: Contentlayer's documents
// copied into the build folder (scripts/snapshot-content.mjs), then the feeds' full text beside them.
//
// The feeds' full text, rendered once per build for exactly the articles a feed can carry until
// the next build: the newest site.feedSize of each feed as the build reads the content, and every
// scheduled article (each enters the feeds at its time, pushing an older one out). Contentlayer
// used to render it for every article as a computed field: 20 MB of JSON at 1,000 articles, parsed
// by every server process, though the feeds carry 20. Written beside the snapshot, which
// lib/content/content-data.ts reads (feedHtmlOf in lib/content/articles.ts).
import fs from 'node:fs';
import path from 'node:path';

// Read the build's snapshot, published articles only, as the production server will.
Reflect.set(process.env, 'NODE_ENV', 'production');
const { snapshotContent } = await import('./snapshot-content.mjs');
snapshotContent();
const started = Date.now();
const { contentSnapshotDir } = await import('../lib/build/build-dir.mjs');
const { contentData, contentTakenAt, FEED_HTML_FILE } = await import('../lib/content/content-data');
const { bodyCodeOf, bodyImages, isScheduled } = await import('../lib/content/articles');
const { feedArticles } = await import('../lib/seo/feed');
const { locales } = await import('../lib/site');
const { renderMdxToHtml } = await import('../components/article/article-html');

const takenAt = contentTakenAt() ?? Date.now();
const chosen = new Map<string, ReturnType<typeof contentData>['articles'][number]>();
for (const locale of locales) for (const article of feedArticles(locale, takenAt)) chosen.set(article._id, article);
for (const article of contentData().articles) if (!article.draft && isScheduled(article, takenAt)) chosen.set(article._id, article);

const html: Record<string, string> = {};
for (const article of chosen.values()) html[article._id] = renderMdxToHtml(bodyCodeOf(article), article.locale, bodyImages(article));
const file = path.join(contentSnapshotDir, FEED_HTML_FILE);
fs.writeFileSync(file, JSON.stringify(html));
console.log(`feed html: ${chosen.size} of ${contentData().articles.length} articles (the feeds' newest and the scheduled) to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

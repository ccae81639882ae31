import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from 'contentlayer/generated';
import { generateContent } from '../../test/generate-content.mjs';
import { articleMetadata } from '../seo/article-metadata';
import { feedId } from '../seo/feed';

// A title edit after publication, through Contentlayer as the build runs it: the fixture's article
// before and after its title changes. Its address, its feed guid/id and its canonical link stay.
const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const WORK = path.join(REPO_ROOT, 'test', '.generated', 'title-edit');
const FILE = 'artiklar/ny-testbadd-for-vatgas-i-sodertalje.mdx';

function generated(workspace: string): Article {
  const articles = JSON.parse(fs.readFileSync(path.join(workspace, '.contentlayer', 'generated', 'Article', '_index.json'), 'utf8')) as Article[];
  const article = articles.find((candidate) => candidate._raw.sourceFilePath === FILE);
  if (!article) throw new Error(`${FILE} was not generated`);
  return article;
}

let before: Article;
let after: Article;

beforeAll(() => {
  fs.rmSync(WORK, { recursive: true, force: true });
  const content = path.join(WORK, 'content');
  fs.cpSync(path.join(REPO_ROOT, 'test', 'fixtures', 'site'), content, { recursive: true });
  generateContent({ contentDir: content, workspace: path.join(WORK, 'before') });
  const file = path.join(content, FILE);
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('title: Ny testbädd för vätgas i Södertälje öppnar', 'title: Vätgasens nya testbädd i Södertälje har öppnat'));
  generateContent({ contentDir: content, workspace: path.join(WORK, 'after') });
  before = generated(path.join(WORK, 'before'));
  after = generated(path.join(WORK, 'after'));
}, 60_000);

afterAll(() => fs.rmSync(WORK, { recursive: true, force: true }));

describe('an edited title', () => {
  it('is the new title', () => {
    expect(before.title).toBe('Ny testbädd för vätgas i Södertälje öppnar');
    expect(after.title).toBe('Vätgasens nya testbädd i Södertälje har öppnat');
  });

  it('leaves the address, the RSS guid / Atom id and the canonical link as they were', async () => {
    expect(after.path).toBe('/artiklar/ny-testbadd-for-vatgas-i-sodertalje');
    expect(after.path).toBe(before.path);
    expect(feedId(after)).toBe(feedId(before));
    expect(feedId(after)).toMatch(/\/artiklar\/ny-testbadd-for-vatgas-i-sodertalje$/);
    const counterpart = { locale: 'en' as const, path: '/en/articles/ny-testbadd-for-vatgas-i-sodertalje', translated: false };
    const canonical = (article: Article) => articleMetadata('sv', article, counterpart).alternates?.canonical;
    expect(canonical(after)).toBe(canonical(before));
    expect(String(canonical(after))).toMatch(/\/artiklar\/ny-testbadd-for-vatgas-i-sodertalje$/);
  });
});

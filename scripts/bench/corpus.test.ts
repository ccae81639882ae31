import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { slugify as appSlugify } from '@/lib/routing/slug';
import { AUTHOR, TOPICS, generateCorpus, slugify, writeCorpus } from './corpus.mjs';

const FIELDS = ['title', 'date', 'author', 'summary', 'tags'];
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+0[12]:00)?$/;

function frontmatter(source: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error('no frontmatter');
  const fields: unknown = parse(match[1] ?? '');
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) throw new Error('the frontmatter is not a mapping');
  return Object.fromEntries(Object.entries(fields));
}

describe('benchmark corpus', () => {
  const corpus = generateCorpus({ count: 200, seed: 7 });

  it('is the same for the same seed and count, and differs for another seed', () => {
    expect(generateCorpus({ count: 200, seed: 7 })).toEqual(corpus);
    expect(generateCorpus({ count: 200, seed: 8 }).map((article) => article.source)).not.toEqual(corpus.map((article) => article.source));
  });

  it('has N articles with unique slugs, made as the site makes them', () => {
    expect(corpus).toHaveLength(200);
    expect(new Set(corpus.map((article) => article.slug)).size).toBe(200);
    for (const article of corpus) {
      expect(article.slug).toBe(appSlugify(article.title));
      expect(article.file).toBe(`artiklar/${article.slug}.mdx`);
    }
  });

  it('writes titles with å, ä or ö', () => {
    for (const article of corpus) expect(article.title).toMatch(/[åäöÅÄÖ]/);
  });

  it('writes the frontmatter the content checker expects', () => {
    for (const article of corpus) {
      const fields = frontmatter(article.source);
      expect(FIELDS).toEqual(expect.arrayContaining(Object.keys(fields)));
      expect(fields).toMatchObject({ title: article.title, date: article.date, author: AUTHOR, tags: article.tags });
      expect(article.date).toMatch(DATE);
      expect(article.tags.length).toBeGreaterThanOrEqual(1);
      expect(article.tags.length).toBeLessThanOrEqual(4);
      for (const tag of article.tags) expect(TOPICS).toContain(tag);
    }
    expect(new Set(corpus.map((article) => article.date)).size).toBe(200);
  });

  it('varies the length around 600 words', () => {
    const words = corpus.map((article) => article.words);
    const mean = words.reduce((sum, count) => sum + count, 0) / words.length;
    expect(mean).toBeGreaterThan(500);
    expect(mean).toBeLessThan(700);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(250);
    expect(Math.max(...words)).toBeLessThanOrEqual(1250);
  });

  it('links only to articles and topics that exist', () => {
    const slugs = new Set(corpus.map((article) => article.slug));
    const topics = new Set(corpus.flatMap((article) => article.tags.map((tag) => slugify(tag))));
    for (const article of corpus) {
      for (const [, slug] of article.source.matchAll(/\]\(\/artiklar\/([^)]+)\)/g)) expect(slugs).toContain(slug);
      for (const [, slug] of article.source.matchAll(/\]\(\/amnen\/([^)]+)\)/g)) expect(topics).toContain(slug);
    }
  });

  it('has topics whose slugs all differ', () => {
    expect(new Set(TOPICS.map((topic) => appSlugify(topic))).size).toBe(TOPICS.length);
  });

  it('writes a folder laid out like content/', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-test-'));
    try {
      writeCorpus(dir, corpus.slice(0, 3), path.join(import.meta.dirname, '../../content/skribenter'));
      expect(fs.readdirSync(path.join(dir, 'artiklar')).sort()).toEqual(corpus.slice(0, 3).map((article) => `${article.slug}.mdx`).sort());
      expect(fs.existsSync(path.join(dir, 'skribenter', `${AUTHOR}.mdx`))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateContent } from '../../test/generate-content.mjs';
import type { ContentData } from './content-data';
import { formatDate, stockholmIsoDateTime } from '../dates';

// A content date means Stockholm time whatever the zone of the machine that builds and serves:
// Contentlayer runs here in New York and in Tokyo, the server reads the result in the other zone.
const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const WORK = path.join(REPO_ROOT, 'test', '.generated', 'content-time-zone');
const ZONES = ['America/New_York', 'Asia/Tokyo'] as const;

const ARTICLES = {
  'midnatt-i-stockholm': { date: '2018-03-08T00:30:00', updated: '2018-07-01T09:30' },
  'bara-ett-datum': { date: '2018-03-08' },
  'med-tidszon': { date: '2018-03-08T09:30:00+01:00' },
} as const;

function article(slug: string, fields: { date: string; updated?: string }): string {
  const updated = 'updated' in fields ? `updated: ${fields.updated}\n` : '';
  return `---\ntitle: Artikel ${slug}\nslug: ${slug}\ndate: ${fields.date}\n${updated}author: johan-genneby\n---\nEn kort text.\n`;
}

const originalZone = process.env.TZ;
const read: Record<string, ContentData> = {};

/** The documents of a workspace as the server reads them, in a process running in `zone`. */
async function served(workspace: string, zone: string): Promise<ContentData> {
  process.env.TZ = zone;
  vi.stubEnv('CONTENT_DATA_DIR', path.join(workspace, '.contentlayer', 'generated'));
  vi.resetModules();
  const { contentData } = await import('./content-data');
  return contentData();
}

beforeAll(async () => {
  fs.rmSync(WORK, { recursive: true, force: true });
  const content = path.join(WORK, 'content');
  fs.mkdirSync(path.join(content, 'artiklar'), { recursive: true });
  fs.cpSync(path.join(REPO_ROOT, 'test', 'fixtures', 'site', 'skribenter'), path.join(content, 'skribenter'), { recursive: true });
  for (const [slug, fields] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(content, 'artiklar', `${slug}.mdx`), article(slug, fields));
  for (const [index, zone] of ZONES.entries()) {
    process.env.TZ = zone;
    const workspace = path.join(WORK, zone.replace('/', '-'));
    generateContent({ contentDir: content, workspace });
    read[zone] = await served(workspace, ZONES[(index + 1) % ZONES.length]!);
  }
}, 90_000);

afterAll(() => {
  process.env.TZ = originalZone;
  vi.unstubAllEnvs();
  vi.resetModules();
  fs.rmSync(WORK, { recursive: true, force: true });
});

function find(data: ContentData, slug: string) {
  const found = data.articles.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`${slug} was not generated`);
  return found;
}

describe.each(ZONES)('content built in %s, served in the other zone', (zone) => {
  it('reads a date-time without an offset as Stockholm wall time, winter and summer', () => {
    const data = read[zone]!;
    const midnight = find(data, 'midnatt-i-stockholm');
    expect(midnight.date).toBe('2018-03-07T23:30:00Z');
    expect(stockholmIsoDateTime(midnight.date)).toBe('2018-03-08T00:30:00+01:00');
    expect(formatDate('sv', midnight.date)).toBe('8 mars 2018');
    expect(midnight.updated).toBe('2018-07-01T07:30:00Z');
  });

  it('reads a date as midnight in Stockholm, and an offset as written', () => {
    const data = read[zone]!;
    expect(find(data, 'bara-ett-datum').date).toBe('2018-03-07T23:00:00Z');
    expect(find(data, 'med-tidszon').date).toBe('2018-03-08T08:30:00Z');
    expect(find(data, 'med-tidszon').updated).toBeUndefined();
  });
});

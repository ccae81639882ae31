import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { pathnames, resolvePublicPath, type Route } from '../routing/paths';

/** Compares a presented secret with the configured one in constant time. */
export function secretMatches(presented: string, configured: string): boolean {
  // Hashing first gives equal lengths, so timingSafeEqual never throws and leaks no length.
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(configured).digest();
  return timingSafeEqual(a, b);
}

const TOKEN_KEY = Symbol.for('regionbloggen.publication-schedule-token');

/**
 * A secret known only to this server process, with which its own publication schedule calls the
 * endpoint (works without REVALIDATE_SECRET). Kept on globalThis: the schedule, started from
 * instrumentation.ts, and the route handler are separate bundles in the same process.
 */
export function processToken(): string {
  const store = globalThis as { [TOKEN_KEY]?: string };
  store[TOKEN_KEY] ??= randomBytes(32).toString('hex');
  return store[TOKEN_KEY];
}

export function bearerToken(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

export type RequestedPath = { path: string; internalPath: string };
export type PathsRequest = { ok: true; paths: RequestedPath[] | null } | { ok: false; error: string };

/** The feeds and the sitemap index: files, not pages, revalidated with the listings. */
export const FILE_ROUTES = ['/feed.xml', '/atom.xml', '/en/feed.xml', '/sitemap.xml'] as const;

/** The sitemap files the index names (app/sitemaps/[file]): revalidated together, as one layout. */
export const SITEMAP_FILES_LAYOUT = '/sitemaps';

/** Routes of the table that show no list of articles: an article is its own page, the rest are static. */
const NOT_LISTINGS: ReadonlySet<Route> = new Set(['/artiklar/[slug]', '/sok', '/tillganglighet']);

/**
 * Every listing route, by Next's internal route pattern (`/[locale]/arkiv/[year]`): every route
 * of the path table but the article page and the static ones, so a new listing cannot be left
 * out of the revalidation that follows a publication.
 */
export const LISTING_ROUTES: readonly string[] = (Object.keys(pathnames) as Route[])
  .filter((route) => !NOT_LISTINGS.has(route))
  .map((route) => (route === '/' ? '/[locale]' : `/[locale]${route}`));

const SHARE_IMAGE = /^\/og\/(?:sv|en)\/[a-z0-9-]+\.png$/;
const SITEMAP_FILE = /^\/sitemaps\/[a-z0-9-]+\.xml$/;

/** The path Next caches a page of ours under (`/en/articles/x` → `/en/artiklar/x`), or null. */
export function revalidationTarget(path: string): string | null {
  if (!path.startsWith('/')) return null;
  if ((FILE_ROUTES as readonly string[]).includes(path) || SHARE_IMAGE.test(path) || SITEMAP_FILE.test(path)) return path;
  return resolvePublicPath(path)?.internalPath ?? null;
}

export const MAX_BODY_BYTES = 16 * 1024;
const MAX_PATHS = 200;

/**
 * Reads the optional JSON body `{ "paths": ["/artiklar", "/en/articles"] }`. An empty body means
 * "every listing". Every path must be one the site serves.
 */
export function parsePathsBody(text: string): PathsRequest {
  if (text.trim() === '') return { ok: true, paths: null };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The body is not valid JSON.' };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, error: 'The body must be a JSON object.' };
  const extra = Object.keys(body).filter((key) => key !== 'paths');
  if (extra.length > 0) return { ok: false, error: `Unknown field(s): ${extra.join(', ')}. Only "paths" is accepted.` };
  if (!('paths' in body)) return { ok: true, paths: null };
  const { paths } = body;
  if (!Array.isArray(paths) || paths.length === 0 || paths.length > MAX_PATHS) {
    return { ok: false, error: `"paths" must be a list of 1 to ${MAX_PATHS} paths.` };
  }
  const resolved: RequestedPath[] = [];
  const invalid: unknown[] = [];
  for (const path of paths) {
    const internalPath = typeof path === 'string' ? revalidationTarget(path) : null;
    if (typeof path === 'string' && internalPath) resolved.push({ path, internalPath });
    else invalid.push(path);
  }
  if (invalid.length > 0) return { ok: false, error: `Not a page of this site: ${invalid.map((path) => JSON.stringify(path)).join(', ')}` };
  return { ok: true, paths: resolved };
}

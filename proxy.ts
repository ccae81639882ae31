import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';
import { resolvePublicPath } from './lib/paths';
import { site, type Locale } from './lib/site';
import { slugify } from './lib/slug';
import en from './messages/en.json';
import sv from './messages/sv.json';

const MESSAGES = { sv, en };

const intl = createMiddleware(routing);

const READ_METHODS = new Set(['GET', 'HEAD']);
/** The request header next-intl's middleware hands the locale to the page with. */
const LOCALE_HEADER = 'X-NEXT-INTL-LOCALE';
// No address of ours is this long; such a path gets the 404 page without touching the page cache.
const MAX_PATH_LENGTH = 400;

function plain(status: number, body: string, headers: Record<string, string> = {}) {
  return new NextResponse(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers } });
}

/**
 * A 404 page for addresses Next's router cannot take apart (undecodable escapes, NUL bytes,
 * absurd lengths): answered here, because routing them ends in a 500 inside Next.
 */
function malformedNotFound(locale: Locale) {
  const words = MESSAGES[locale].NotFound;
  const home = locale === 'sv' ? '/' : '/en';
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${words.title} – ${site.name}</title></head><body><main><h1>${words.title}</h1><p>${words.text}</p><p><a href="${home}">${words.home}</a></p></main></body></html>`;
  return new NextResponse(html, { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/** False for a path whose percent-escapes are not UTF-8 (`%ff`), which routing cannot decode. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * A path with capitals or letters like å in a segment, as a reader may type it, redirected to
 * the address we publish (`/artiklar/Nya-satsningar-på-…` → `/artiklar/nya-satsningar-pa-…`).
 */
function canonicalPath(pathname: string): string | null {
  let decoded: string[];
  try {
    decoded = pathname.split('/').map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
  if (!decoded.some((segment) => /[A-Z]|[^\x00-\x7f]/.test(segment))) return null;
  const normalized = decoded.map((segment) => (segment === '' ? '' : slugify(segment)));
  if (normalized.slice(1).some((segment) => segment === '')) return null;
  const path = normalized.join('/');
  return path !== pathname ? path : null;
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // The site has no server actions and no forms that post: refuse before any rendering.
  if (request.headers.has('next-action')) return plain(400, 'Bad request: this site has no server actions.');
  if (!READ_METHODS.has(request.method)) return plain(405, 'Method not allowed.', { Allow: 'GET, HEAD' });
  if (pathname.length > MAX_PATH_LENGTH || /%00|\0/.test(pathname) || !decodable(pathname)) {
    return malformedNotFound(pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'sv');
  }
  const canonical = canonicalPath(pathname);
  if (canonical) {
    const url = request.nextUrl.clone();
    url.pathname = canonical;
    return NextResponse.redirect(url, 308);
  }
  // An address of the path table (nearly every request) is rewritten here to the route Next
  // serves it from (`/artiklar/x` → `/sv/artiklar/x`, `/en/articles/x` → `/en/artiklar/x`), as
  // next-intl would, from patterns compiled once: next-intl builds and sorts its patterns on
  // every request, which cost the article page a tenth of its throughput. Anything else (`/sv/…`,
  // `/en/artiklar`, `/articles/…`, unknown paths) gets next-intl's redirects and rewrites.
  const resolved = resolvePublicPath(pathname);
  if (resolved) {
    const url = request.nextUrl.clone();
    url.pathname = resolved.internalPath;
    const headers = new Headers(request.headers);
    headers.set(LOCALE_HEADER, resolved.locale);
    return NextResponse.rewrite(url, { request: { headers } });
  }
  return intl(request);
}

export const config = {
  // Skip API routes, Next's own files and anything with a dot (feeds, sitemap, images, fonts).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};

import { NextResponse, type NextRequest } from 'next/server';
import { site, type Locale } from './lib/site';
import { slugify } from './lib/routing/slug';
import en from './messages/en.json';
import sv from './messages/sv.json';

const MESSAGES = { sv, en };

const READ_METHODS = new Set(['GET', 'HEAD']);
// No address of ours is this long; such a path gets the 404 page without touching the page
// cache. Nor has any address a path segment this long: Next names its cache files after the
// segments, and a name past the file system's 255 bytes fails to be written (ENAMETOOLONG).
const MAX_PATH_LENGTH = 400;
const MAX_SEGMENT_LENGTH = 200;

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
  const tooLong = pathname.length > MAX_PATH_LENGTH || pathname.split('/').some((segment) => segment.length >= MAX_SEGMENT_LENGTH);
  if (tooLong || /%00|\0/.test(pathname) || !decodable(pathname)) {
    return malformedNotFound(pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'sv');
  }
  const canonical = canonicalPath(pathname);
  if (canonical) {
    const url = request.nextUrl.clone();
    url.pathname = canonical;
    return NextResponse.redirect(url, 308);
  }
  // Anything else goes on to next.config's redirects and rewrites, as if the proxy had not run.
  return NextResponse.next();
}

export const config = {
  // The proxy runs only where a guard may apply: a page address with a capital letter or a
  // percent escape (å, spaces, `%00`, undecodable bytes), an absurdly long one, or a
  // server-action call. Every published address is lower-case ASCII, so readers and crawlers
  // never pay for it. API routes, Next's files, the search index and share images check their
  // own paths.
  matcher: [
    '/((?!api/|_next/|pagefind/|og/).*[A-Z%].*)',
    '/((?!api/|_next/|pagefind/|og/).{400,})',
    '/((?!api/|_next/|pagefind/|og/).*[^/]{200}.*)',
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
  ],
};

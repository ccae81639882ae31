import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';
import { slugify } from './lib/slug';

const intl = createMiddleware(routing);

const READ_METHODS = new Set(['GET', 'HEAD']);
// No address of ours is this long; such a path gets the 404 page without touching the page cache.
const MAX_PATH_LENGTH = 400;

function plain(status: number, body: string, headers: Record<string, string> = {}) {
  return new NextResponse(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers } });
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
  if (pathname.length > MAX_PATH_LENGTH || /%00|\0/.test(pathname)) {
    const locale = pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'sv';
    return NextResponse.rewrite(new URL(`/${locale}/finns-inte`, request.url), { status: 404 });
  }
  const canonical = canonicalPath(pathname);
  if (canonical) {
    const url = request.nextUrl.clone();
    url.pathname = canonical;
    return NextResponse.redirect(url, 308);
  }
  return intl(request);
}

export const config = {
  // Skip API routes, Next's own files and anything with a dot (feeds, sitemap, images, fonts).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};

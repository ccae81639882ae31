import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Skip API routes, Next's own files and anything with a dot (feeds, sitemap, images, fonts).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};

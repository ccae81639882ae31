import { SITEMAP_CONTENT_TYPE, sitemapFiles, sitemapIndexXml } from '@/lib/seo/sitemap';

// The sitemap index: names the files under /sitemaps/ (lib/seo/sitemap.ts), each well under the
// 50,000 addresses a search engine reads from one file.
export const dynamic = 'force-static';
// Rendered once per deploy; the publication schedule (lib/content/publication.ts) revalidates it when an
// article it shows is published. No interval: an unchanged page is never rendered again.
export const revalidate = false;

export function GET() {
  return new Response(sitemapIndexXml(sitemapFiles()), { headers: { 'Content-Type': SITEMAP_CONTENT_TYPE } });
}

import { SITEMAP_CONTENT_TYPE, sitemapFile, sitemapFiles, urlsetXml } from '@/lib/seo/sitemap';

// One file of the sitemap (/sitemaps/sidor.xml, /sitemaps/artiklar-2018.xml), as the index names it.
export const dynamic = 'force-static';
// Rendered once per deploy; the publication schedule (lib/content/publication.ts) revalidates it when an
// article it shows is published. No interval: an unchanged page is never rendered again.
export const revalidate = false;

type Context = { params: Promise<{ file: string }> };

export function generateStaticParams() {
  return sitemapFiles().map((file) => ({ file: `${file.name}.xml` }));
}

export async function GET(_request: Request, { params }: Context) {
  const { file } = await params;
  const name = /^([a-z0-9-]+)\.xml$/.exec(file)?.[1];
  const found = name ? sitemapFile(name) : null;
  if (!found) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(urlsetXml(found.entries), { headers: { 'Content-Type': SITEMAP_CONTENT_TYPE } });
}

import type { MetadataRoute } from 'next';
import { sitemapEntries } from '@/lib/sitemap';

// Rendered once per deploy; the publication schedule (lib/publication.ts) revalidates it when an
// article it shows is published. No interval: an unchanged page is never rendered again.
export const revalidate = false;

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries();
}

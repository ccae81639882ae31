import type { MetadataRoute } from 'next';
import { sitemapEntries } from '@/lib/sitemap';

// Regenerated like the listings, so a scheduled article enters the sitemap when it is published.
export const revalidate = 60;

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries();
}

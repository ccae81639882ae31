import { feedResponse } from '@/lib/seo/feed-response';

// Feeds live outside [locale]: their addresses are files, not pages of a language.
export const dynamic = 'force-static';
// Rendered once per deploy; the publication schedule (lib/content/publication.ts) revalidates it when an
// article it shows is published. No interval: an unchanged page is never rendered again.
export const revalidate = false;

export function GET() {
  return feedResponse('sv', 'rss', '/feed.xml');
}

import { feedResponse } from '@/lib/feed-response';

// Feeds live outside [locale]: the proxy skips dotted paths. Regenerated like the listings.
export const dynamic = 'force-static';
export const revalidate = 60;

export function GET() {
  return feedResponse('sv', 'rss', '/feed.xml');
}

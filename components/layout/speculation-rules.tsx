/** Every link to a page of the site, and none to what is not a page or leaves it. */
const pageLinks = {
  source: 'document',
  where: {
    and: [
      { href_matches: '/*' },
      { not: { href_matches: '/*.:ext(xml|json|txt|svg|png|jpg|jpeg|webp|avif|gif|ico|pdf)' } },
      { not: { href_matches: '/api/*' } },
      { not: { href_matches: '/og/*' } },
      { not: { href_matches: '/pagefind/*' } },
      { not: { href_matches: '/_next/*' } },
      { not: { selector_matches: '[href*="?"], [download], [target], [rel~="nofollow"], [rel~="external"]' } },
    ],
  },
  eagerness: 'moderate',
} as const;

/**
 * The browser readies a page of the site when a reader is about to follow its link, so that the
 * page is there at once when the link is followed: fetched, and rendered in the background where
 * the browser allows it. Pages ship no script (lib/serving/page-scripts.mjs), and this is none:
 * speculation rules are data the browser acts on (Chromium-based browsers; the others follow the
 * link as always). "moderate" waits for the reader's intent: a pointer resting on the link for
 * 200 ms, or a finger or button pressed on it. A link merely in view costs nothing. Not readied:
 * what is not a page (the API, feeds, images, the search index, Next's files), a link with a
 * query, a download, and a link that opens elsewhere.
 */
export const speculationRules = { prefetch: [pageLinks], prerender: [pageLinks] } as const;

export function SpeculationRules() {
  return <script type="speculationrules" dangerouslySetInnerHTML={{ __html: JSON.stringify(speculationRules) }} />;
}

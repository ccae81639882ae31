import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * A link to a page of the site. Pages are served without Next's runtime (lib/serving/page-scripts.mjs),
 * so it is a plain link, which the browser readies when a reader is about to follow it
 * (components/layout/speculation-rules.tsx). On the search page, which keeps the runtime, it is a
 * client-side navigation, and is not prefetched when it comes into view: Next prefetches every
 * link in view by default, which on a phone meant 20–30 requests for pages never opened.
 */
export function PageLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}

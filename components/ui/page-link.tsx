import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * A link to a page of the site: a client-side navigation when followed, and no prefetching when
 * it comes into view. Next prefetches every link in view by default, which on a phone meant
 * 20–30 requests for pages the reader never opened. Without JavaScript it is a plain link.
 */
export function PageLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}

import type { ReactNode } from 'react';
import type { StaticRoute } from '@/lib/routing/paths';
import type { Locale } from '@/lib/site';
import { SiteHeader } from './site-header';

type Props = {
  locale: Locale;
  counterpartHref: string;
  /** The section of the main navigation this page belongs to; `page` when it is that section's own page. */
  current?: { section: StaticRoute; page: boolean };
  children: ReactNode;
};

/**
 * Header and main landmark of a page. Each page renders it, because only the page knows its
 * counterpart in the other language, and the switcher is a plain server-rendered link.
 */
export function PageShell({ locale, counterpartHref, current, children }: Props) {
  return (
    <>
      <SiteHeader locale={locale} counterpartHref={counterpartHref} current={current} />
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
    </>
  );
}

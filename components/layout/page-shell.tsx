import type { ReactNode } from 'react';
import type { Locale } from '@/lib/site';
import { SiteHeader } from './site-header';

type Props = { locale: Locale; counterpartHref: string; children: ReactNode };

/**
 * Header and main landmark of a page. Each page renders it, because only the page knows its
 * counterpart in the other language, and the switcher is a plain server-rendered link.
 */
export function PageShell({ locale, counterpartHref, children }: Props) {
  return (
    <>
      <SiteHeader locale={locale} counterpartHref={counterpartHref} />
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
    </>
  );
}

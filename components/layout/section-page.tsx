import type { ReactNode } from 'react';
import { localePath, type StaticRoute } from '@/lib/routing/paths';
import { otherLocale, type Locale } from '@/lib/site';
import { PageShell } from './page-shell';

type Props = { locale: Locale; route: StaticRoute; title: string; intro: string; children: ReactNode };

/** A section's own page (topics, authors, archive, search): its title and intro above the content. */
export function SectionPage({ locale, route, title, intro, children }: Props) {
  return (
    <PageShell locale={locale} counterpartHref={localePath(otherLocale(locale), route)} current={{ section: route, page: true }}>
      <div className="page-width">
        <h1 className="page-title">{title}</h1>
        <p className="page-intro">{intro}</p>
        {children}
      </div>
    </PageShell>
  );
}

import { PageLink } from '@/components/ui/page-link';
import { useTranslations } from 'next-intl';
import { localePath, type StaticRoute } from '@/lib/routing/paths';
import type { Locale } from '@/lib/site';
import { LanguageSwitcher } from './language-switcher';

type Props = { locale: Locale; counterpartHref: string; current?: { section: StaticRoute; page: boolean } };

const NAV_ITEMS = [
  ['/artiklar', 'articles'],
  ['/amnen', 'topics'],
  ['/skribenter', 'authors'],
  ['/arkiv', 'archive'],
  ['/sok', 'search'],
] as const satisfies ReadonlyArray<readonly [StaticRoute, string]>;

export function SiteHeader({ locale, counterpartHref, current }: Props) {
  const t = useTranslations('Layout');
  const tSite = useTranslations('Site');
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <div className="site-brand">
          <PageLink href={localePath(locale, '/')} className="site-name">
            {tSite('name')}
          </PageLink>
          <p className="site-tagline">{tSite('tagline')}</p>
        </div>
        <LanguageSwitcher locale={locale} href={counterpartHref} />
      </div>
      <nav aria-label={t('mainNavigation')} className="site-nav">
        <ul>
          {NAV_ITEMS.map(([route, key]) => {
            // The search page is entered with a full load, so it always starts empty: a
            // client navigation from /sok?q=… to /sok kept the earlier results on screen.
            const Anchor = route === '/sok' ? 'a' : PageLink;
            return (
              <li key={route}>
                <Anchor href={localePath(locale, route)} aria-current={current?.section === route ? (current.page ? 'page' : 'true') : undefined}>
                  {t(key)}
                </Anchor>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}

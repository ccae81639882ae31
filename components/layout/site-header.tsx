import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { localePath, prefetchFor, type StaticRoute } from '@/lib/paths';
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
          <Link href={localePath(locale, '/')} className="site-name">
            {tSite('name')}
          </Link>
          <p className="site-tagline">{tSite('tagline')}</p>
        </div>
        <LanguageSwitcher locale={locale} href={counterpartHref} />
      </div>
      <nav aria-label={t('mainNavigation')} className="site-nav">
        <ul>
          {NAV_ITEMS.map(([route, key]) => (
            <li key={route}>
              <Link
                href={localePath(locale, route)}
                aria-current={current?.section === route ? (current.page ? 'page' : 'true') : undefined}
                prefetch={prefetchFor(route)}
              >
                {t(key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

import { PageLink } from '@/components/ui/page-link';
import { useTranslations } from 'next-intl';
import { localePath } from '@/lib/routing/paths';
import type { Locale } from '@/lib/site';

type Props = { locale: Locale };

export function SiteFooter({ locale }: Props) {
  const t = useTranslations('Layout');
  const tSite = useTranslations('Site');
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>
          <strong>{tSite('name')}</strong> {t('footerAbout')}
        </p>
        <nav aria-label={t('footerNavigation')}>
          <ul>
            <li>
              <PageLink href={localePath(locale, '/tillganglighet')}>{t('accessibility')}</PageLink>
            </li>
            <li>
              <a href={locale === 'sv' ? '/feed.xml' : '/en/feed.xml'}>{t('feed')}</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}

import { useTranslations } from 'next-intl';
import { NotFoundContent } from '@/components/layout/not-found-content';
import { PageShell } from '@/components/layout/page-shell';
import { localePath } from '@/lib/routing/paths';
import { otherLocale, site, type Locale } from '@/lib/site';

/**
 * The not-found page of a language, with the site around it: what app/[locale]/not-found.tsx
 * shows, and app/[locale]/sidan-saknas prerenders (lib/serving/not-found-page.mjs).
 */
export function NotFoundView({ locale }: { locale: Locale }) {
  const t = useTranslations('NotFound');
  return (
    <PageShell locale={locale} counterpartHref={localePath(otherLocale(locale), '/')}>
      <title>{`${t('title')} – ${site.name}`}</title>
      <meta name="robots" content="noindex" />
      <NotFoundContent locale={locale} words={{ title: t('title'), text: t('text'), home: t('home'), articles: t('articles') }} />
    </PageShell>
  );
}

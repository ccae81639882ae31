import { useLocale, useTranslations } from 'next-intl';
import { NotFoundContent } from '@/components/layout/not-found-content';
import { PageShell } from '@/components/layout/page-shell';
import { localePath } from '@/lib/routing/paths';
import { otherLocale, site } from '@/lib/site';

// Not async: the locale comes from the layout's setRequestLocale, so reading it keeps pages static.
export default function NotFound() {
  const locale = useLocale();
  const t = useTranslations('NotFound');
  return (
    <PageShell locale={locale} counterpartHref={localePath(otherLocale(locale), '/')}>
      <title>{`${t('title')} – ${site.name}`}</title>
      <meta name="robots" content="noindex" />
      <NotFoundContent locale={locale} words={{ title: t('title'), text: t('text'), home: t('home'), articles: t('articles') }} />
    </PageShell>
  );
}

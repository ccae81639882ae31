import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/layout/page-shell';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { formatDate } from '@/lib/dates';
import { sectionMetadata } from '@/lib/content/listings';
import { localePath } from '@/lib/routing/paths';
import { otherLocale, site } from '@/lib/site';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(await metadataLocale(params), '/tillganglighet', 'Accessibility');
}

/** The accessibility statement Swedish public-sector sites must publish, with Digg's sections. */
export default async function AccessibilityPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Accessibility' });
  return (
    <PageShell locale={locale} counterpartHref={localePath(otherLocale(locale), '/tillganglighet')}>
      <div className="page-width">
        <div className="prose article-prose statement">
          <h1 className="page-title">{t('title')}</h1>
          <p>{t('intro')}</p>
          <h2>{t('statusHeading')}</h2>
          <p>{t('statusText')}</p>
          <h2>{t('shortcomingsHeading')}</h2>
          <ul>
            <li>{t('shortcoming1')}</li>
            <li>{t('shortcoming2')}</li>
            <li>{t('shortcoming3')}</li>
          </ul>
          <h2>{t('reportHeading')}</h2>
          <p>{t('reportText')}</p>
          <p>
            {t('reportContact')}: <a href={`mailto:${site.accessibilityEmail}`}>{site.accessibilityEmail}</a>
          </p>
          <h2>{t('enforcementHeading')}</h2>
          <p>{t('enforcementText')}</p>
          <p>
            <a href="https://www.digg.se/tdosanmalan">{t('enforcementLink')}</a>
          </p>
          <h2>{t('testingHeading')}</h2>
          <p>{t('testingText')}</p>
          <p>{t('updated', { date: formatDate(locale, site.accessibilityReviewed) })}</p>
        </div>
      </div>
    </PageShell>
  );
}

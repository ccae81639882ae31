import type { Metadata } from 'next';
import { PageLink } from '@/components/ui/page-link';
import { getTranslations } from 'next-intl/server';
import { SectionPage } from '@/components/layout/section-page';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { getTopics } from '@/lib/content/articles';
import { sectionMetadata } from '@/lib/content/listings';
import { localePath } from '@/lib/routing/paths';

// Rendered once per deploy; the publication schedule (lib/content/publication.ts) revalidates it when an
// article it shows is published. No interval: an unchanged page is never rendered again.
export const revalidate = false;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(await metadataLocale(params), '/amnen', 'Topics');
}

export default async function TopicsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Topics' });
  return (
    <SectionPage locale={locale} route="/amnen" title={t('title')} intro={t('intro')}>
      <ul className="index-list">
        {getTopics(locale).map((topic) => (
          <li key={topic.slug}>
            <PageLink href={localePath(locale, '/amnen/[slug]', { params: { slug: topic.slug } })} lang={locale === 'sv' ? undefined : 'sv'}>
              {topic.name}
            </PageLink>
            <span className="index-count">{t('count', { count: topic.count })}</span>
          </li>
        ))}
      </ul>
    </SectionPage>
  );
}

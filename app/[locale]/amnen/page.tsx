import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/layout/page-shell';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { getTopics } from '@/lib/articles';
import { routeMetadata } from '@/lib/metadata';
import { localePath } from '@/lib/paths';

export const revalidate = 60;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'Topics' });
  return routeMetadata(locale, '/amnen', { title: t('title'), description: t('intro') });
}

export default async function TopicsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Topics' });
  return (
    <PageShell locale={locale} counterpartHref={localePath(locale === 'sv' ? 'en' : 'sv', '/amnen')} current={{ section: '/amnen', page: true }}>
      <div className="page-width">
        <h1 className="page-title">{t('title')}</h1>
        <p className="page-intro">{t('intro')}</p>
        <ul className="index-list">
          {getTopics(locale).map((topic) => (
            <li key={topic.slug}>
              <Link href={localePath(locale, '/amnen/[slug]', { params: { slug: topic.slug } })} lang={locale === 'sv' ? undefined : 'sv'}>
                {topic.name}
              </Link>
              <span className="index-count">{t('count', { count: topic.count })}</span>
            </li>
          ))}
        </ul>
      </div>
    </PageShell>
  );
}

import type { Metadata } from 'next';
import Image from 'next/image';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/layout/page-shell';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { articlesByAuthor, getAuthors, portraitOf } from '@/lib/articles';
import { routeMetadata } from '@/lib/metadata';
import { localePath } from '@/lib/paths';

export const revalidate = 60;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'Authors' });
  return routeMetadata(locale, '/skribenter', { title: t('title'), description: t('intro') });
}

export default async function AuthorsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Authors' });
  return (
    <PageShell locale={locale} counterpartHref={localePath(locale === 'sv' ? 'en' : 'sv', '/skribenter')} current={{ section: '/skribenter', page: true }}>
      <div className="page-width">
        <h1 className="page-title">{t('title')}</h1>
        <p className="page-intro">{t('intro')}</p>
        <ul className="author-list">
          {getAuthors().map((author) => {
            const portrait = portraitOf(author);
            return (
              <li key={author.slug} className="author-item">
                <Image src={portrait.src} width={96} height={96} alt={author.image.alt} sizes="96px" className="author-portrait" />
                <div>
                  <h2 className="author-name">
                    <Link href={localePath(locale, '/skribenter/[slug]', { params: { slug: author.slug } })}>{author.name}</Link>
                  </h2>
                  {author.role ? <p className="author-role" lang="sv">{author.role}</p> : null}
                  <p className="index-count">{t('count', { count: articlesByAuthor(locale, author.slug).length })}</p>
                </div>
              </li>
            );
          })}
        </ul>
      </div>
    </PageShell>
  );
}

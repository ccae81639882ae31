import type { Metadata } from 'next';
import Image from 'next/image';
import { PageLink } from '@/components/ui/page-link';
import { getTranslations } from 'next-intl/server';
import { SectionPage } from '@/components/layout/section-page';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { articlesByAuthor, getAuthors, portraitOf } from '@/lib/content/articles';
import { sectionMetadata } from '@/lib/content/listings';
import { localePath } from '@/lib/routing/paths';

// Rendered once per deploy; the publication schedule (lib/content/publication.ts) revalidates it when an
// article it shows is published. No interval: an unchanged page is never rendered again.
export const revalidate = false;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata(await metadataLocale(params), '/skribenter', 'Authors');
}

export default async function AuthorsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Authors' });
  return (
    <SectionPage locale={locale} route="/skribenter" title={t('title')} intro={t('intro')}>
      <ul className="author-list">
        {getAuthors().map((author) => {
          const portrait = portraitOf(author);
          return (
            <li key={author.slug} className="author-item">
              <Image src={portrait.src} width={96} height={96} alt={author.image.alt} sizes="96px" className="author-portrait" />
              <div>
                <h2 className="author-name">
                  <PageLink href={localePath(locale, '/skribenter/[slug]', { params: { slug: author.slug } })}>
                    {author.name}
                  </PageLink>
                </h2>
                {author.role ? <p className="author-role" lang="sv">{author.role}</p> : null}
                <p className="index-count">{t('count', { count: articlesByAuthor(locale, author.slug).length })}</p>
              </div>
            </li>
          );
        })}
      </ul>
    </SectionPage>
  );
}

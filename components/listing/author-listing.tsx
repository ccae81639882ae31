import Image from 'next/image';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleList } from '@/components/article/article-list';
import { PageShell } from '@/components/layout/page-shell';
import { articlesByAuthor, getAuthor, portraitOf } from '@/lib/content/articles';
import { authorPagePath } from '@/lib/content/listings';
import { paginate } from '@/lib/content/order';
import { otherLocale, site, type Locale } from '@/lib/site';
import { Pagination } from './pagination';

type Props = { locale: Locale; slug: string; page: number };

/**
 * /skribenter/<slug> and /skribenter/<slug>/sida/N: the author, and their articles a page at a
 * time like a topic's. The portrait and bio open the first page; later pages name the author.
 */
export async function AuthorListing({ locale, slug, page }: Props) {
  const author = getAuthor(slug);
  if (!author) notFound();
  const listing = paginate(articlesByAuthor(locale, slug), page, site.pageSize);
  if (!listing) notFound();
  const t = await getTranslations({ locale, namespace: 'Authors' });
  const path = authorPagePath(slug);
  const portrait = portraitOf(author);
  return (
    <PageShell locale={locale} counterpartHref={path(otherLocale(locale), page)} current={{ section: '/skribenter', page: false }}>
      <div className="page-width">
        <header className="author-header">
          {page === 1 ? <Image src={portrait.src} width={160} height={160} alt={author.image.alt} sizes="160px" priority className="author-portrait-large" /> : null}
          <div>
            <h1 className="page-title">{author.name}</h1>
            {author.role ? <p className="author-role" lang="sv">{author.role}</p> : null}
            {page === 1 ? <ArticleBody code={author.body.code} locale="sv" lang={locale === 'sv' ? undefined : 'sv'} /> : null}
          </div>
        </header>
        <section aria-labelledby="author-articles">
          <h2 id="author-articles" className="section-heading">
            {page === 1 ? t('articlesBy', { name: author.name }) : t('articlesByPage', { name: author.name, page, pageCount: listing.pageCount })}
          </h2>
          <ArticleList locale={locale} articles={listing.items} headingLevel={3} columns="one" />
        </section>
        <Pagination page={listing.page} pageCount={listing.pageCount} hrefFor={(n) => path(locale, n)} />
      </div>
    </PageShell>
  );
}

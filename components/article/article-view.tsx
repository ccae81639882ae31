import Image from 'next/image';
import { PageLink } from '@/components/ui/page-link';
import { useTranslations } from 'next-intl';
import { PageShell } from '@/components/layout/page-shell';
import { JsonLd } from '@/components/seo/json-ld';
import { articleCounterpart, articleHeadings, authorOf, bodyCodeOf, bodyImages, isScheduled, leadImage, relatedArticles, topicSlug, type Article } from '@/lib/content/articles';
import { wantsTableOfContents } from '@/lib/mdx/headings';
import { localePath } from '@/lib/routing/paths';
import { articleJsonLd } from '@/lib/seo/structured-data';
import type { Locale } from '@/lib/site';
import { ArticleBody } from './article-body';
import { Byline } from './byline';
import { TableOfContents } from './table-of-contents';
import { PublishedDate } from './published-date';
import { RelatedArticles } from './related-articles';

type Props = { locale: Locale; article: Article };

/** The page the whole site exists for: date, title, byline, body, read-more, related posts. */
export function ArticleView({ locale, article }: Props) {
  const t = useTranslations('Article');
  const counterpart = articleCounterpart(locale, article);
  const author = authorOf(article);
  const related = relatedArticles(locale, article);
  const lead = leadImage(article);
  const headings = articleHeadings(article);
  // An untranslated Swedish article in the English interface keeps its own language.
  const textLang = article.locale === locale ? undefined : article.locale;
  return (
    <PageShell locale={locale} counterpartHref={counterpart.path} current={{ section: '/artiklar', page: false }}>
      <JsonLd data={articleJsonLd(locale, article, article.title)} />
      {/* Only the article itself is indexed for search (scripts/build-search-index.mjs). */}
      <article className="article" lang={textLang} data-pagefind-body="" data-pagefind-meta={`date:${article.date}`}>
        <header className="article-header">
          {textLang ? (
            <p className="notice" lang={locale}>
              {t('untranslatedNotice')}
            </p>
          ) : null}
          {article.draft ? (
            <p className="draft-badge" lang={locale}>
              {t('draft')}
            </p>
          ) : null}
          {isScheduled(article) ? (
            <p className="draft-badge" lang={locale}>
              {t('scheduled')}
            </p>
          ) : null}
          <p className="article-meta" lang={locale} data-pagefind-ignore="">
            <PublishedDate locale={locale} date={article.date} />
            <span aria-hidden="true"> · </span>
            <span>{t('readingTime', { minutes: article.readingMinutes })}</span>
          </p>
          <h1 className="article-title">{article.title}</h1>
          <div data-pagefind-ignore="">
            <Byline locale={locale} author={author} />
          </div>
          {article.updated ? (
            <p className="article-updated" lang={locale}>
              {t('updated')} <PublishedDate locale={locale} date={article.updated} />
            </p>
          ) : null}
        </header>
        {lead && article.image ? (
          <figure className="lead-image">
            <Image src={lead.src} width={lead.width} height={lead.height} alt={article.image.alt} priority sizes="(min-width: 56rem) 48rem, 100vw" />
            {article.image.caption ? <figcaption>{article.image.caption}</figcaption> : null}
          </figure>
        ) : null}
        {wantsTableOfContents(headings, article.readingMinutes) ? <TableOfContents headings={headings} /> : null}
        <ArticleBody code={bodyCodeOf(article)} images={bodyImages(article)} locale={article.locale} />
        {article.tags.length > 0 ? (
          <footer className="article-topics" lang={locale} data-pagefind-ignore="">
            <h2 className="sr-only">{t('topics')}</h2>
            <ul>
              {article.tags.map((tag) => (
                <li key={tag}>
                  <PageLink href={localePath(locale, '/amnen/[slug]', { params: { slug: topicSlug(tag) } })} lang={textLang ?? 'sv'}>
                    {tag}
                  </PageLink>
                </li>
              ))}
            </ul>
          </footer>
        ) : null}
      </article>
      <div lang={locale}>
        <RelatedArticles locale={locale} articles={related} />
      </div>
    </PageShell>
  );
}

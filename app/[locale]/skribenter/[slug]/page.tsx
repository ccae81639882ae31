import type { Metadata } from 'next';
import Image from 'next/image';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleList } from '@/components/article/article-list';
import { PageShell } from '@/components/layout/page-shell';
import { metadataLocale, pageLocale } from '@/i18n/params';
import { articlesByAuthor, getAuthor, getAuthors, portraitOf } from '@/lib/articles';
import { mdxToPlainText, truncateWords } from '@/lib/text';
import { pageMetadata } from '@/lib/metadata';
import { localePath } from '@/lib/paths';
import { otherLocale, type Locale } from '@/lib/site';

// Rendered once per deploy; the publication schedule (lib/publication.ts) revalidates it when an
// article it shows is published. No interval: an unchanged page is never rendered again.
export const revalidate = false;

type Props = { params: Promise<{ locale: string; slug: string }> };

export function generateStaticParams() {
  return getAuthors().map((author) => ({ slug: author.slug }));
}

const authorPath = (locale: Locale, slug: string) => localePath(locale, '/skribenter/[slug]', { params: { slug } });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { slug }] = await Promise.all([metadataLocale(params), params]);
  const author = getAuthor(slug);
  if (!author) return {};
  return pageMetadata({
    locale,
    title: author.name,
    description: truncateWords(mdxToPlainText(author.body.raw), 30),
    path: authorPath(locale, slug),
    languages: { sv: authorPath('sv', slug), en: authorPath('en', slug) },
  });
}

export default async function AuthorPage({ params }: Props) {
  const locale = await pageLocale(params);
  const author = getAuthor((await params).slug);
  if (!author) notFound();
  const t = await getTranslations({ locale, namespace: 'Authors' });
  const portrait = portraitOf(author);
  const articles = articlesByAuthor(locale, author.slug);
  return (
    <PageShell locale={locale} counterpartHref={authorPath(otherLocale(locale), author.slug)} current={{ section: '/skribenter', page: false }}>
      <div className="page-width">
        <header className="author-header">
          <Image src={portrait.src} width={160} height={160} alt={author.image.alt} sizes="160px" priority className="author-portrait-large" />
          <div>
            <h1 className="page-title">{author.name}</h1>
            {author.role ? <p className="author-role" lang="sv">{author.role}</p> : null}
            <ArticleBody code={author.body.code} locale="sv" lang={locale === 'sv' ? undefined : 'sv'} />
          </div>
        </header>
        <section aria-labelledby="author-articles">
          <h2 id="author-articles" className="section-heading">
            {t('articlesBy', { name: author.name })}
          </h2>
          <ArticleList locale={locale} articles={articles} headingLevel={3} columns="one" />
        </section>
      </div>
    </PageShell>
  );
}

import { PageLink } from '@/components/ui/page-link';
import { useTranslations } from 'next-intl';
import { articlePath, type Article } from '@/lib/content/articles';
import type { Locale } from '@/lib/site';
import { PublishedDate } from './published-date';

type Props = { locale: Locale; article: Article; headingLevel?: 2 | 3 };

export function ArticleCard({ locale, article, headingLevel = 2 }: Props) {
  const t = useTranslations('Article');
  const href = articlePath(locale, article);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // An untranslated Swedish article in the English interface: its own words are marked Swedish.
  const textLang = article.locale === locale ? undefined : article.locale;
  return (
    <article className="article-card">
      <PublishedDate locale={locale} date={article.date} className="card-date" />
      <Heading className="card-title" lang={textLang}>
        <PageLink href={href}>{article.title}</PageLink>
      </Heading>
      <p className="card-excerpt" lang={textLang}>{article.excerpt}</p>
      <PageLink href={href} className="card-more" aria-label={t('readFullNamed', { title: article.title })}>
        {t('readFull')}
        <span aria-hidden="true">→</span>
      </PageLink>
    </article>
  );
}

import { useTranslations } from 'next-intl';
import type { Article } from '@/lib/content/articles';
import type { Locale } from '@/lib/site';
import { ArticleList } from './article-list';

type Props = { locale: Locale; articles: Article[] };

export function RelatedArticles({ locale, articles }: Props) {
  const t = useTranslations('Article');
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="related">
      <h2 id="related-heading" className="section-heading">
        {t('related')}
      </h2>
      <ArticleList locale={locale} articles={articles} headingLevel={3} />
    </section>
  );
}

import type { Article } from '@/lib/content/articles';
import type { Locale } from '@/lib/site';
import { ArticleCard } from './article-card';

type Props = { locale: Locale; articles: Article[]; headingLevel?: 2 | 3; columns?: 'one' | 'grid' };

export function ArticleList({ locale, articles, headingLevel = 2, columns = 'grid' }: Props) {
  return (
    <ul className={columns === 'grid' ? 'card-grid' : 'card-stack'}>
      {articles.map((article) => (
        <li key={article._id}>
          <ArticleCard locale={locale} article={article} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}

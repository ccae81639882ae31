import { useTranslations } from 'next-intl';
import type { Heading } from '@/lib/mdx/headings';

type Props = { headings: Heading[] };

export function TableOfContents({ headings }: Props) {
  const t = useTranslations('Article');
  return (
    <nav aria-labelledby="toc-heading" className="toc" data-pagefind-ignore="">
      <h2 id="toc-heading" className="toc-heading">
        {t('contents')}
      </h2>
      <ol>
        {headings.map((heading) => (
          <li key={heading.id} className={heading.level === 3 ? 'toc-sub' : undefined}>
            <a href={`#${heading.id}`}>{heading.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

import { PageLink } from '@/components/ui/page-link';
import { useTranslations } from 'next-intl';

type Props = { page: number; pageCount: number; hrefFor: (page: number) => string };

export function Pagination({ page, pageCount, hrefFor }: Props) {
  const t = useTranslations('Pagination');
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t('label')} className="pagination">
      {page > 1 ? (
        <PageLink href={hrefFor(page - 1)} rel="prev" className="pagination-link">
          <span aria-hidden="true">← </span>
          {t('previous')}
        </PageLink>
      ) : (
        <span />
      )}
      <p className="pagination-status">
        {t('status', { page, pageCount })}
      </p>
      {page < pageCount ? (
        <PageLink href={hrefFor(page + 1)} rel="next" className="pagination-link">
          {t('next')}
          <span aria-hidden="true"> →</span>
        </PageLink>
      ) : (
        <span />
      )}
    </nav>
  );
}

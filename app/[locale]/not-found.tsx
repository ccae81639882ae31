import { useLocale } from 'next-intl';
import { NotFoundView } from '@/components/layout/not-found-view';

// Not async: the locale comes from the layout's setRequestLocale, so reading it keeps pages static.
export default function NotFound() {
  return <NotFoundView locale={useLocale()} />;
}

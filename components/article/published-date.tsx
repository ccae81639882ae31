import { formatDate, stockholmIsoDate, type DateFormat } from '@/lib/dates';
import type { Locale } from '@/lib/site';

type Props = { locale: Locale; date: string; format?: DateFormat; className?: string };

/** Every date a reader sees comes through here: the interface language, Stockholm time. */
export function PublishedDate({ locale, date, format = 'long', className }: Props) {
  return (
    <time dateTime={stockholmIsoDate(date)} className={className}>
      {formatDate(locale, date, format)}
    </time>
  );
}

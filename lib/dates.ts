import type { DateTimeFormatOptions } from 'next-intl';
import type { Locale } from './site';

/** Every date on the site is read and shown in Stockholm time, whatever the server's zone. */
export const TIME_ZONE = 'Europe/Stockholm';

export const dateTimeFormats = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
} satisfies Record<string, DateTimeFormatOptions>;

export type DateFormat = keyof typeof dateTimeFormats;

// The English interface writes dates the British way (8 March 2018), not the American default.
const INTL_LOCALES: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The site's one date formatter: `8 mars 2018` in Swedish, `8 March 2018` in English. */
export function formatDate(locale: Locale, date: string | Date, format: DateFormat = 'long'): string {
  const key = `${locale}:${format}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALES[locale], { ...dateTimeFormats[format], timeZone: TIME_ZONE });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(date));
}

type StockholmParts = { year: string; month: string; day: string; hour: string; minute: string; second: string };

// Made once: creating an Intl.DateTimeFormat costs far more than using one, and every listing
// asks for dozens of dates.
const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function stockholmParts(date: Date): StockholmParts {
  const parts = partsFormatter.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '00';
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** The calendar date in Stockholm, for `<time datetime>`: `2018-03-08`. */
export function stockholmIsoDate(date: string | Date): string {
  const { year, month, day } = stockholmParts(new Date(date));
  return `${year}-${month}-${day}`;
}

/** ISO 8601 with Stockholm's offset of that day: `2018-03-08T00:30:00+01:00`. */
export function stockholmIsoDateTime(date: string | Date): string {
  const instant = new Date(date);
  const p = stockholmParts(instant);
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  const offsetMinutes = Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${sign}${hours}:${minutes}`;
}

/** A key for grouping by month in Stockholm time: `2018-03`. */
export function stockholmMonthKey(date: string | Date): string {
  return stockholmIsoDate(date).slice(0, 7);
}

import type { DateTimeFormatOptions } from 'next-intl';
import { languageTags, type Locale } from './site';

/** Every date on the site is read and shown in Stockholm time, whatever the server's zone. */
export const TIME_ZONE = 'Europe/Stockholm';

export const dateTimeFormats = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
} satisfies Record<string, DateTimeFormatOptions>;

export type DateFormat = keyof typeof dateTimeFormats;

// The English interface writes dates the British way (8 March 2018), not the American default.

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The site's one date formatter: `8 mars 2018` in Swedish, `8 March 2018` in English. */
export function formatDate(locale: Locale, date: string | Date, format: DateFormat = 'long'): string {
  const key = `${locale}:${format}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(languageTags[locale], { ...dateTimeFormats[format], timeZone: TIME_ZONE });
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
  const offsetMinutes = stockholmOffsetMinutes(instant);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${sign}${hours}:${minutes}`;
}

/** A key for grouping by month in Stockholm time: `2018-03`. */
export function stockholmMonthKey(date: string | Date): string {
  return stockholmIsoDate(date).slice(0, 7);
}

const offsetFormatter = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });

/** Stockholm's offset from UTC at an instant, in minutes: 60 in winter, 120 in summer. */
export function stockholmOffsetMinutes(instant: Date): number {
  const name = offsetFormatter.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The instant a Stockholm wall-clock time names (the offset is found by asking Intl twice, for DST edges). */
export function stockholmWallTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const guess = stockholmOffsetMinutes(new Date(asUtc));
  const offset = stockholmOffsetMinutes(new Date(asUtc - guess * 60_000));
  return new Date(asUtc - offset * 60_000);
}

/** A `date` or `updated` value as an editor writes it, in parts; numbers as written, not yet checked. */
export type ContentDateParts = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** As written: `Z`, `+01:00`; absent for Stockholm wall time. */
  offset?: string;
  /** The clock time as written (`09:30`, `09:30:15`), when there is one. */
  time?: string;
};

// A date (`2018-03-08`), or a date-time with optional seconds, fraction and offset.
const CONTENT_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** The parts of a content date, or null when the text does not have its shape. */
export function contentDateParts(text: string): ContentDateParts | null {
  const match = CONTENT_DATE.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, offset] = match;
  return {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h ?? 0),
    minute: Number(mi ?? 0),
    second: Number(s ?? 0),
    ...(offset ? { offset } : {}),
    ...(h ? { time: `${h}:${mi}${s ? `:${s}` : ''}` } : {}),
  };
}

/** The number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why parts are not a real moment: which part is out of range, or null when they are. */
export function contentDateFault(parts: ContentDateParts): 'month' | 'day' | 'time' | 'offset' | null {
  if (parts.month < 1 || parts.month > 12) return 'month';
  if (parts.day < 1 || parts.day > daysInMonth(parts.year, parts.month)) return 'day';
  if (parts.hour > 23 || parts.minute > 59 || parts.second > 59) return 'time';
  if (parts.offset && parts.offset !== 'Z' && (Number(parts.offset.slice(1, 3)) > 14 || Number(parts.offset.slice(4, 6)) > 59)) return 'offset';
  return null;
}

/**
 * The instant a content date names, whatever the zone of the machine: a date is midnight in
 * Stockholm, a date-time without an offset is Stockholm wall time, one with an offset is that
 * exact instant. Null when the text is not a real date.
 */
export function contentDateInstant(text: string): Date | null {
  const parts = contentDateParts(text);
  if (!parts || contentDateFault(parts)) return null;
  return instantOfParts(parts, text);
}

/** The instant of a date already read and found sound (contentDateParts, contentDateFault). */
export function instantOfParts(parts: ContentDateParts, text: string): Date {
  if (parts.offset) return new Date(text.trim());
  return stockholmWallTime(parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second);
}

/** An instant as the content data carries it: `2018-03-07T23:00:00Z`, fractions only when there are any. */
export function contentInstantString(instant: Date): string {
  return instant.toISOString().replace(/\.?0*Z$/, 'Z');
}

import { TIME_ZONE } from '../dates';

export type DateCheck = { ok: true; instant: Date } | { ok: false; reason: string };

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

// A date (`2018-03-08`), or a date-time with optional seconds, fraction and offset.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
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

/** Why a piece of text is not a date, in words for an editor, for text that does not even look like one. */
function shapeReason(text: string): string {
  if (/^\d{4}-\d{2}-\d{2}[ _]\d{2}:\d{2}/.test(text)) return 'skriv ett stort T mellan datum och klockslag, t.ex. 2018-03-08T09:30:00';
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(text)) return 'skriv datumet som år-månad-dag, t.ex. 2018-03-08';
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(text)) return 'månad och dag ska ha två siffror, t.ex. 2018-03-08';
  return 'det är inget datum';
}

/**
 * Checks a `date` or `updated` value. A date means midnight in Stockholm, a date-time without an
 * offset is Stockholm wall time, one with an offset is that exact instant. The checker parses
 * frontmatter with YAML 1.2 (as Contentlayer does), so dates arrive as text; a YAML 1.1 parser
 * would hand over a Date that has already turned 2018-02-30 into 2 March, so a Date is only
 * checked for being a real instant.
 */
export function parseContentDate(value: unknown): DateCheck {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { ok: false, reason: 'det är inget datum' } : { ok: true, instant: value };
  }
  if (typeof value !== 'string') return { ok: false, reason: 'det är inget datum' };
  const text = value.trim();
  const match = ISO_DATE.exec(text);
  if (!match) return { ok: false, reason: shapeReason(text) };
  const [, y, mo, d, h, mi, s, offset] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return { ok: false, reason: `månad ${month} finns inte` };
  const monthName = MONTHS[month - 1] ?? '';
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { ok: false, reason: `${monthName} ${year} har bara ${days} dagar` };
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, reason: `klockslaget ${h}:${mi}${s ? `:${s}` : ''} finns inte` };
  if (offset && offset !== 'Z') {
    const offsetHours = Number(offset.slice(1, 3));
    const offsetMinutes = Number(offset.slice(4, 6));
    if (offsetHours > 14 || offsetMinutes > 59) return { ok: false, reason: `tidszonen ${offset} finns inte` };
  }
  if (offset) return { ok: true, instant: new Date(text) };
  return { ok: true, instant: stockholmWallTime(year, month, day, hour, minute, second) };
}

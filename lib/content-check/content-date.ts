import { contentDateFault, contentDateParts, daysInMonth, instantOfParts } from '../dates';

// The checker's words for a date that is wrong; what a date means is lib/dates.ts's rule.

export type DateCheck = { ok: true; instant: Date } | { ok: false; reason: string };

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

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
  const parts = contentDateParts(text);
  if (!parts) return { ok: false, reason: shapeReason(text) };
  const { year, month, day, offset } = parts;
  switch (contentDateFault(parts)) {
    case 'month':
      return { ok: false, reason: `månad ${month} finns inte` };
    case 'day':
      return { ok: false, reason: `${MONTHS[month - 1] ?? ''} ${year} har bara ${daysInMonth(year, month)} dagar` };
    case 'time':
      return { ok: false, reason: `klockslaget ${parts.time ?? ''} finns inte` };
    case 'offset':
      return { ok: false, reason: `tidszonen ${offset ?? ''} finns inte` };
  }
  return { ok: true, instant: instantOfParts(parts, text) };
}

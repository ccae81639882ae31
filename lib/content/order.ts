const swedishCollator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

/** Alphabetical in Swedish: å, ä and ö come after z. */
export function compareSwedish(a: string, b: string): number {
  return swedishCollator.compare(a, b);
}

/** Newest first; articles of the same moment in title order, so the order never flickers. */
export function compareNewestFirst(a: { date: string; title: string }, b: { date: string; title: string }): number {
  return Date.parse(b.date) - Date.parse(a.date) || compareSwedish(a.title, b.title);
}

export type Page<T> = { items: T[]; page: number; pageCount: number; total: number };

/** One page of a list; `null` when the page does not exist. Page 1 of an empty list exists. */
/** Pages a list of `total` items fills; an empty list still has its first page. */
export function pageCountFor(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function paginate<T>(items: T[], page: number, pageSize: number): Page<T> | null {
  const pageCount = pageCountFor(items.length, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return null;
  return { items: items.slice((page - 1) * pageSize, page * pageSize), page, pageCount, total: items.length };
}

/** A page number from a URL segment: only plain digits without a leading zero count. */
export function parsePageParam(value: string): number | null {
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}

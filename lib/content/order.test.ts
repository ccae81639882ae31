import { describe, expect, it } from 'vitest';
import { compareNewestFirst, compareSwedish, paginate, parsePageParam } from './order';

describe('compareNewestFirst', () => {
  it('keeps same-day articles in a stable order: time, then title', () => {
    const articles = [
      { title: 'Nya satsningar på Smart industri', date: '2018-03-07T23:00:00Z' },
      { title: 'Äldre', date: '2018-02-01T10:00:00Z' },
      { title: 'Morgon', date: '2018-03-08T08:00:00Z' },
      { title: 'Svårt att hitta rätt kompetens', date: '2018-03-07T23:00:00Z' },
    ];
    const order = () => [...articles].sort(compareNewestFirst).map((a) => a.title);
    expect(order()).toEqual(['Morgon', 'Nya satsningar på Smart industri', 'Svårt att hitta rätt kompetens', 'Äldre']);
    articles.reverse();
    expect(order()).toEqual(['Morgon', 'Nya satsningar på Smart industri', 'Svårt att hitta rätt kompetens', 'Äldre']);
  });
});

describe('compareSwedish', () => {
  it('sorts å, ä and ö after z', () => {
    expect(['Örebro', 'Ängel', 'Zebra', 'Åre', 'Apa'].sort(compareSwedish)).toEqual(['Apa', 'Zebra', 'Åre', 'Ängel', 'Örebro']);
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 11 }, (_, i) => i + 1);

  it('splits a list into pages and tells how many there are', () => {
    expect(paginate(items, 1, 5)).toEqual({ items: [1, 2, 3, 4, 5], page: 1, pageCount: 3, total: 11 });
    expect(paginate(items, 3, 5)?.items).toEqual([11]);
  });

  it('has no page past the end, below one, or between integers', () => {
    expect(paginate(items, 4, 5)).toBeNull();
    expect(paginate(items, 0, 5)).toBeNull();
    expect(paginate(items, 1.5, 5)).toBeNull();
  });

  it('has a first page even for an empty list', () => {
    expect(paginate([], 1, 5)).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
  });
});

describe('parsePageParam', () => {
  it('reads plain page numbers only', () => {
    expect(parsePageParam('2')).toBe(2);
    expect(parsePageParam('02')).toBeNull();
    expect(parsePageParam('abc')).toBeNull();
    expect(parsePageParam('-1')).toBeNull();
    expect(parsePageParam('1e3')).toBeNull();
  });
});

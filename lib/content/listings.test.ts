import { describe, expect, it } from 'vitest';
import { laterPageParams, laterPagesOfEach } from './listings';

describe('the later pages the build prerenders', () => {
  it('are pages 2 to 5 of a listing, none for a listing of one page', () => {
    expect(laterPageParams(5)).toEqual([]);
    expect(laterPageParams(6)).toEqual([{ page: '2' }]);
    expect(laterPageParams(12)).toEqual([{ page: '2' }, { page: '3' }]);
    expect(laterPageParams(10_000)).toEqual([{ page: '2' }, { page: '3' }, { page: '4' }, { page: '5' }]);
    expect(laterPageParams(0)).toEqual([]);
    // An archive year's pages hold 200 articles.
    expect(laterPageParams(450, 200)).toEqual([{ page: '2' }, { page: '3' }]);
  });

  it('name their listing when Next gives no key, and only the given listing when it does', () => {
    const topics = [
      { id: 'innovation', total: 12 },
      { id: 'export', total: 3 },
      { id: 'eu-fonder', total: 7 },
    ];
    expect(laterPagesOfEach('slug', topics, undefined)).toEqual([
      { slug: 'innovation', page: '2' },
      { slug: 'innovation', page: '3' },
      { slug: 'eu-fonder', page: '2' },
    ]);
    expect(laterPagesOfEach('slug', topics, 'eu-fonder')).toEqual([{ slug: 'eu-fonder', page: '2' }]);
    expect(laterPagesOfEach('year', [{ id: '2018', total: 401 }], undefined, 200)).toEqual([
      { year: '2018', page: '2' },
      { year: '2018', page: '3' },
    ]);
  });
});

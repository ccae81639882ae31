import { describe, expect, it } from 'vitest';
import { rankRelated } from './related';

const article = (id: string, date: string, tags: string[]) => ({ id, date, tags });

describe('rankRelated', () => {
  const target = article('smart', '2018-03-08', ['Smart industri', 'Tillväxt']);
  const candidates = [
    article('far-two-tags', '2017-01-01', ['Smart industri', 'Tillväxt']),
    article('near-no-tags', '2018-03-09', ['Livsmedel']),
    article('one-tag-near', '2018-03-14', ['Tillväxt']),
    article('one-tag-far', '2018-10-29', ['Smart industri']),
    article('smart', '2018-03-08', ['Smart industri', 'Tillväxt']),
  ];

  it('puts shared topics first, then nearness in time, and never the article itself', () => {
    expect(rankRelated(target, candidates, 10).map((a) => a.id)).toEqual(['far-two-tags', 'one-tag-near', 'one-tag-far', 'near-no-tags']);
  });

  it('stops at the limit', () => {
    expect(rankRelated(target, candidates, 2).map((a) => a.id)).toEqual(['far-two-tags', 'one-tag-near']);
  });

  it('prefers the newer of two equally near articles', () => {
    const ranked = rankRelated(target, [article('before', '2018-03-06', []), article('after', '2018-03-10', [])], 2);
    expect(ranked.map((a) => a.id)).toEqual(['after', 'before']);
  });
});

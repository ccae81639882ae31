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

describe('rankRelated against a full sort', () => {
  // The straightforward definition: score everything, sort, cut.
  const reference = (target: ReturnType<typeof article>, candidates: ReturnType<typeof article>[], limit: number) => {
    const tags = new Set(target.tags);
    const time = Date.parse(target.date);
    return candidates
      .filter((candidate) => candidate.id !== target.id)
      .map((candidate) => ({
        candidate,
        shared: candidate.tags.filter((tag) => tags.has(tag)).length,
        distance: Math.abs(Date.parse(candidate.date) - time),
        time: Date.parse(candidate.date),
      }))
      .sort((a, b) => b.shared - a.shared || a.distance - b.distance || b.time - a.time || a.candidate.id.localeCompare(b.candidate.id))
      .slice(0, limit)
      .map(({ candidate }) => candidate.id);
  };

  it('picks the same articles in the same order as sorting everything', () => {
    // A small seeded generator: the same cases on every run.
    let seed = 20180308;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pool = ['Smart industri', 'Tillväxt', 'Livsmedel', 'Energi', 'Export'];
    for (let round = 0; round < 200; round += 1) {
      const candidates = Array.from({ length: 1 + next(40) }, (_, index) =>
        article(`a${index}`, `201${next(4)}-0${1 + next(9)}-1${next(10)}`, pool.filter(() => next(3) === 0)),
      );
      const target = candidates[next(candidates.length)]!;
      const limit = next(6);
      expect(rankRelated(target, candidates, limit).map((a) => a.id)).toEqual(reference(target, candidates, limit));
    }
  });
});

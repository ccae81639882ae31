import { describe, expect, it } from 'vitest';
import { countWords, mdxToPlainText, readingMinutes, truncateWords } from './text';

describe('mdxToPlainText', () => {
  it('keeps the words a reader sees and drops markup, URLs and components', () => {
    const mdx = [
      '## Fyra fokusområden',
      '',
      'Regeringen har **37 nya åtgärder**, se [Tillväxtverket](https://www.tillvaxtverket.se/).',
      '',
      '– Industri 4.0 – digitalisering',
      '- Hållbar produktion',
      '',
      '<LasMer href="https://www.regeringen.se/">Smart industri</LasMer>',
    ].join('\n');
    expect(mdxToPlainText(mdx)).toBe(
      'Fyra fokusområden Regeringen har 37 nya åtgärder, se Tillväxtverket. Industri 4.0 – digitalisering Hållbar produktion Smart industri',
    );
  });
});

describe('truncateWords', () => {
  it('leaves a short text whole, without an ellipsis', () => {
    expect(truncateWords('Kort text om tillväxt.', 30)).toBe('Kort text om tillväxt.');
  });

  it('cuts after the word limit and ends in …', () => {
    const text = Array.from({ length: 40 }, (_, i) => `ord${i + 1}`).join(' ');
    const excerpt = truncateWords(text, 30);
    expect(excerpt.endsWith('ord30…')).toBe(true);
    expect(countWords(excerpt)).toBe(30);
  });

  it('drops punctuation dangling before the ellipsis', () => {
    expect(truncateWords('ett två, tre fyra', 2)).toBe('ett två…');
  });
});

describe('readingMinutes', () => {
  it('counts about 200 words a minute, at least one', () => {
    expect(readingMinutes('ett två tre')).toBe(1);
    expect(readingMinutes(Array(450).fill('ord').join(' '))).toBe(3);
  });
});

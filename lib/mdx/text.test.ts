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

  it('keeps braces an editor escaped, as the page shows them, and drops expressions', () => {
    expect(mdxToPlainText('Skriv \\{namn\\} i stället för {1 + 1} här.')).toBe('Skriv {namn} i stället för här.');
  });

  it('keeps underscores inside words, and reads _emphasis_ as emphasis', () => {
    expect(mdxToPlainText('Filen heter min_fil_namn.mdx och är _viktig_.')).toBe('Filen heter min_fil_namn.mdx och är viktig.');
  });

  it('is not cut by a > inside a component attribute', () => {
    const mdx = [
      '<Faktaruta title="Tillväxt > 3 procent">',
      '',
      'Text i rutan.',
      '',
      '</Faktaruta>',
      '',
      'Efter <LasMer href="https://example.se/?a>b">rutan</LasMer> kommer mer.',
    ].join('\n');
    expect(mdxToPlainText(mdx)).toBe('Text i rutan. Efter rutan kommer mer.');
  });

  it('drops code, imports, pictures and footnote markers, keeps quotes, tables and footnote text', () => {
    const mdx = [
      'export const x = 1',
      '',
      '> Ett citat[^1] med ![bild](./a.jpg) en bild.',
      '',
      '```js',
      'const kod = true;',
      '```',
      '',
      '| Ort | Antal |',
      '| --- | --- |',
      '| Solna | `12` |',
      '',
      '[^1]: En fotnot.',
    ].join('\n');
    expect(mdxToPlainText(mdx)).toBe('Ett citat med en bild. Ort Antal Solna 12 En fotnot.');
  });

  it('keeps a dash that is not a list marker, and words of separate blocks apart', () => {
    expect(mdxToPlainText('**Fet** – och sedan text.\n\n- ett\n- två')).toBe('Fet – och sedan text. ett två');
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

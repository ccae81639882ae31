import { describe, expect, it } from 'vitest';
import { extractHeadings, headingIds, wantsTableOfContents } from './headings';

describe('headings', () => {
  it('gives Swedish headings transliterated, unique ids', () => {
    expect(headingIds(['Fyra fokusområden', 'Bakgrund', 'Bakgrund', ''])).toEqual(['fyra-fokusomraden', 'bakgrund', 'bakgrund-2', 'rubrik']);
  });

  it('finds ## and ### headings with their text, without markup', () => {
    const source = '# Titel\n\nText.\n\n## Fyra **fokusområden**\n\n### Industri 4.0\n\n```\n## inte en rubrik\n```\n\n## [Länk](https://x.se) här';
    expect(extractHeadings(source)).toEqual([
      { level: 2, text: 'Fyra fokusområden', id: 'fyra-fokusomraden' },
      { level: 3, text: 'Industri 4.0', id: 'industri-4-0' },
      { level: 2, text: 'Länk här', id: 'lank-har' },
    ]);
  });

  it('wants a table of contents only for long articles', () => {
    const two = [
      { id: 'a', text: 'A', level: 2 as const },
      { id: 'b', text: 'B', level: 2 as const },
    ];
    expect(wantsTableOfContents(two, 3)).toBe(true);
    expect(wantsTableOfContents(two, 1)).toBe(false);
    expect(wantsTableOfContents([...two, { id: 'c', text: 'C', level: 2 }], 1)).toBe(true);
  });
});

// Letters that Unicode decomposition does not turn into a base letter plus a mark.
const SPECIAL_LETTERS: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  þ: 'th',
  ð: 'd',
};

/**
 * Makes a URL slug from a Swedish title: å→a, ä→a, ö→o, é→e, lower case,
 * one hyphen between words, none at either end.
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøßđłþð]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/&/g, ' och ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

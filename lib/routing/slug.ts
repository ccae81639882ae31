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

/** The slug rule: lower-case letters and digits, single hyphens between them. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The word an ampersand becomes in a slug, by the language of the text. */
const AND: Record<'sv' | 'en', string> = { sv: 'och', en: 'and' };

/**
 * Makes a URL slug from a title: å→a, ä→a, ö→o, é→e, lower case, one hyphen between words,
 * none at either end. An ampersand is read as the text's word for "and": Swedish "och",
 * English "and" (`R&D` → `r-and-d`).
 */
export function slugify(text: string, locale: 'sv' | 'en' = 'sv'): string {
  return text
    .toLowerCase()
    .replace(/[æøßđłþð]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/&/g, ` ${AND[locale]} `)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * An article's address (the last part of its URL): its own `slug`, else made from its title in
 * the article's language. `npm run new` writes the slug into the file, so a later title edit
 * moves nothing.
 */
export function articleSlug(article: { slug?: string | undefined; title: string }, locale: 'sv' | 'en'): string {
  return article.slug ?? slugify(article.title, locale);
}

export const EXCERPT_WORDS = 30;
const WORDS_PER_MINUTE = 200;

/** Reduces MDX source to the words a reader sees: no markup, no components, no URLs. */
export function mdxToPlainText(source: string): string {
  return (
    source
      // fenced code, import/export lines and JSX expressions carry no prose
      .replace(/```[\s\S]*?```/g, ' ')
      .replace(/^\s*(import|export)\s.*$/gm, ' ')
      .replace(/\{[^{}]*\}/g, ' ')
      // components: keep what they wrap, drop the tags
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
      // images, then links: keep the visible text
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, ' ')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[\^[^\]]+\]:?/g, ' ')
      // headings, quotes, list markers (including Swedish en-dash lists), emphasis
      .replace(/^\s{0,3}#{1,6}\s+/gm, '')
      .replace(/^\s{0,3}>\s?/gm, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
      .replace(/^\s*–\s+/gm, '')
      .replace(/(\*\*|__|\*|_|~~|`)/g, '')
      .replace(/\|/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

export function countWords(text: string): number {
  const words = text.trim().split(/\s+/);
  return words[0] === '' ? 0 : words.length;
}

/** The first `limit` words of a text, ending in "…" when anything was cut. */
export function truncateWords(text: string, limit: number = EXCERPT_WORDS): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length <= limit) return words.join(' ');
  const kept = words.slice(0, limit).join(' ').replace(/[\s,;:.–—-]+$/u, '');
  return `${kept}…`;
}

export function readingMinutes(text: string): number {
  return Math.max(1, Math.ceil(countWords(text) / WORDS_PER_MINUTE));
}

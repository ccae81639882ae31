import { slugify } from './slug';
import { mdxToPlainText } from './text';

export type Heading = { id: string; text: string; level: 2 | 3 };

/** Fragment ids for a list of heading texts: slugs, numbered where two would be the same. */
export function headingIds(texts: string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const base = slugify(text) || 'rubrik';
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count + 1}`;
  });
}

/** The `##` and `###` headings of an MDX body, with the ids rehype-heading-ids gives them. */
export function extractHeadings(source: string): Heading[] {
  const found = [...source.replace(/```[\s\S]*?```/g, '').matchAll(/^(#{2,3})\s+(.+?)\s*#*\s*$/gm)].map((match) => ({
    level: match[1]!.length as 2 | 3,
    text: mdxToPlainText(match[2]!),
  }));
  const ids = headingIds(found.map((heading) => heading.text));
  return found.map((heading, index) => ({ ...heading, id: ids[index]! }));
}

/** Long articles get a table of contents: three headings, or two in a text of three minutes or more. */
export function wantsTableOfContents(headings: Heading[], readingMinutes: number): boolean {
  const sections = headings.filter((heading) => heading.level === 2).length;
  return sections >= 3 || (sections >= 2 && readingMinutes >= 3);
}

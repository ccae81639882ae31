import { ARTICLE, fieldTable } from './contract';

// CONTENT.md's field table sits between these two lines; everything else in the file is written by hand.
export const TABLE_START = '<!-- Tabellen skrivs från lib/content/contract.ts med npm run docs:content. Ändra fälten där, inte här. -->';
export const TABLE_END = '<!-- Slut på tabellen. -->';

/** CONTENT.md with its field table made from the contract. */
export function withFieldTable(markdown: string): string {
  const start = markdown.indexOf(TABLE_START);
  const end = markdown.indexOf(TABLE_END);
  if (start === -1 || end < start) throw new Error(`CONTENT.md: the lines ${TABLE_START} and ${TABLE_END} around the field table are missing`);
  return `${markdown.slice(0, start + TABLE_START.length)}\n${fieldTable(ARTICLE)}\n${markdown.slice(end)}`;
}

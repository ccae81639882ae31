import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { getArticles, type Article } from '../content/articles';
import { atomFeed, rssFeed, xmlCharactersOnly } from './feed';

/** Parses a document as a strict XML 1.0 reader does; throws at the first error. Returns each element's text by name. */
function parseStrictly(xml: string): Map<string, string[]> {
  const parser = new SaxesParser();
  const texts = new Map<string, string[]>();
  const open: { name: string; text: string }[] = [];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => open.push({ name: tag.name, text: '' }));
  parser.on('text', (text) => open.forEach((element) => (element.text += text)));
  parser.on('cdata', (text) => open.forEach((element) => (element.text += text)));
  parser.on('closetag', () => {
    const element = open.pop()!;
    texts.set(element.name, [...(texts.get(element.name) ?? []), element.text]);
  });
  parser.write(xml).close();
  return texts;
}

// A paragraph pasted from Word carries U+000B (its manual line break); a title may too.
const PASTED = 'Klistrat\u000Bfrån Word';

function pastedArticle(): { article: Article; html: string } {
  const original = getArticles('sv')[0]!;
  const article = { ...original, title: `${original.title} ${PASTED}`, description: `${PASTED}\u0000.` };
  return { article, html: `<p>${PASTED}\u001F och \uFFFE mer.</p>` };
}

const channel = { locale: 'sv' as const, title: 'Regionbloggen', description: 'Om tillväxt', selfPath: '/feed.xml' };

describe('feeds with characters XML forbids', () => {
  it('are well-formed for a strict parser, RSS and Atom, with the rest of the text kept', () => {
    const item = pastedArticle();
    const rss = parseStrictly(rssFeed(channel, [item]));
    expect(rss.get('title')).toContain(`${getArticles('sv')[0]!.title} Klistratfrån Word`);
    expect(rss.get('description')).toContain('Klistratfrån Word.');
    expect(rss.get('content:encoded')).toEqual(['<p>Klistratfrån Word och  mer.</p>']);
    const atom = parseStrictly(atomFeed({ ...channel, selfPath: '/atom.xml' }, [item]));
    expect(atom.get('content')).toEqual(['<p>Klistratfrån Word och  mer.</p>']);
  });

  it('would not be well-formed with them: the strict parser does refuse them', () => {
    expect(() => parseStrictly(`<a>${PASTED}</a>`)).toThrow();
    expect(() => parseStrictly(`<a><![CDATA[${PASTED}]]></a>`)).toThrow();
  });

  it('keep tabs, line breaks, Swedish letters and characters beyond the basic plane', () => {
    expect(xmlCharactersOnly('å\tä\nö\r😀 – \u000B\uD800')).toBe('å\tä\nö\r😀 – ');
  });
});

import { compile, run } from '@mdx-js/mdx';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderMdxToHtml } from '@/components/article/article-html';
import { articleBodyCode, contentData } from '../content/content-data';
import type { MediaImage } from '../content/media';
import { extractHeadings, type Heading, headingIds, remarkHeadingIds, wantsTableOfContents } from './headings';
import { remarkPlugins } from './markdown';
import rehypeHeadingIds from './rehype-heading-ids';

/** The body as the page renders it, compiled with the plugins contentlayer.config.ts uses. */
async function renderBody(source: string): Promise<string> {
  const code = await compile(source, { outputFormat: 'function-body', remarkPlugins: [...remarkPlugins, remarkHeadingIds], rehypePlugins: [rehypeHeadingIds] });
  const { default: Content } = await run(code, { ...runtime, baseUrl: import.meta.url });
  const Box = ({ children }: { children?: unknown }) => createElement('aside', null, children as never);
  return renderToStaticMarkup(createElement(Content, { components: { Faktaruta: Box } }));
}

/** The level and id of each h2 and h3 of rendered HTML that carries an id. */
function renderedIds(html: string): { level: number; id: string }[] {
  return [...html.matchAll(/<h([23])\b[^>]*?\sid="([^"]+)"/g)].map((match) => ({ level: Number(match[1]), id: match[2]! }));
}

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

  it('gives a heading in a quote or a list both an entry and the id the page has', async () => {
    const source = [
      '## Bakgrund',
      '',
      '> ## Ett citerat avsnitt',
      '>',
      '> Text.',
      '',
      '- ### I en lista',
      '',
      '## Bakgrund',
      '',
      '### Med `kod` och _betoning_ och \\{klamrar\\}',
    ].join('\n');
    const headings = extractHeadings(source);
    expect(headings).toEqual([
      { level: 2, text: 'Bakgrund', id: 'bakgrund' },
      { level: 2, text: 'Ett citerat avsnitt', id: 'ett-citerat-avsnitt' },
      { level: 3, text: 'I en lista', id: 'i-en-lista' },
      { level: 2, text: 'Bakgrund', id: 'bakgrund-2' },
      { level: 3, text: 'Med kod och betoning och {klamrar}', id: 'med-kod-och-betoning-och-klamrar' },
    ]);
    const html = await renderBody(source);
    expect(renderedIds(html)).toEqual(headings.map(({ level, id }) => ({ level, id })));
    expect(html).toContain('<h2 id="ett-citerat-avsnitt"><a href="#ett-citerat-avsnitt" class="heading-anchor">Ett citerat avsnitt</a></h2>');
  });

  it('gives a heading inside a component neither an entry nor an id, and leaves the footnotes’ heading alone', async () => {
    const source = ['## Före', '', '<Faktaruta>', '', '## I rutan', '', '</Faktaruta>', '', 'Text.[^1]', '', '## Efter', '', '[^1]: En fotnot.'].join('\n');
    const headings = extractHeadings(source);
    expect(headings.map((heading) => heading.id)).toEqual(['fore', 'efter']);
    const html = await renderBody(source);
    expect(renderedIds(html)).toEqual([
      { level: 2, id: 'fore' },
      { level: 2, id: 'efter' },
      { level: 2, id: 'footnote-label' },
    ]);
    expect(html).toContain('<h2>I rutan</h2>');
  });

  it('gives every fixture article the ids its table of contents links to (as Contentlayer built them)', () => {
    const { articles } = contentData();
    const withHeadings = articles.filter((article) => (article.headings as Heading[]).length > 0);
    expect(withHeadings.length).toBeGreaterThan(0);
    for (const article of withHeadings) {
      const html = renderMdxToHtml(articleBodyCode(article), article.locale, (article.bodyImages ?? {}) as Record<string, MediaImage>);
      const ids = renderedIds(html).filter(({ id }) => id !== 'footnote-label');
      expect(ids, article._raw.sourceFilePath).toEqual((article.headings as Heading[]).map(({ level, id }) => ({ level, id })));
    }
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

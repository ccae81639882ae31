import type { ComponentProps, ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createMdxComponents } from './mdx-components';
import { mdxWords } from './mdx-words';

// The compiled body of every article carries remark-gfm's footnote words in Swedish; the
// components put them in the article's own language.
function components(locale: 'sv' | 'en') {
  const mdx = createMdxComponents({ words: mdxWords(locale), Link: (props: ComponentProps<'a'>) => <a {...props} />, Image: () => null, images: {} });
  return { H2: mdx.h2 as ComponentType<ComponentProps<'h2'>>, A: mdx.a as ComponentType<ComponentProps<'a'> & Record<string, unknown>> };
}

describe('footnotes in the article’s language', () => {
  it('says "Footnotes" and "Back to content" in an English article', () => {
    const { H2, A } = components('en');
    expect(renderToStaticMarkup(<H2 id="footnote-label" className="sr-only">Fotnoter</H2>)).toBe('<h2 id="footnote-label" class="sr-only">Footnotes</h2>');
    expect(renderToStaticMarkup(<A href="#user-content-fnref-1" data-footnote-backref="" aria-label="Tillbaka till innehållet">↩</A>)).toContain('aria-label="Back to content"');
  });

  it('keeps Swedish words in a Swedish article, and leaves other headings and links alone', () => {
    const { H2, A } = components('sv');
    expect(renderToStaticMarkup(<H2 id="footnote-label">x</H2>)).toContain('>Fotnoter<');
    expect(renderToStaticMarkup(<A href="#user-content-fnref-1" data-footnote-backref="">↩</A>)).toContain('aria-label="Tillbaka till innehållet"');
    expect(renderToStaticMarkup(<H2 id="fyra-fokusomraden">Fyra fokusområden</H2>)).toBe('<h2 id="fyra-fokusomraden">Fyra fokusområden</h2>');
    expect(renderToStaticMarkup(<A href="/amnen">Ämnen</A>)).toBe('<a href="/amnen">Ämnen</a>');
  });
});

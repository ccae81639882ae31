import { getMDXComponent } from 'next-contentlayer2/hooks';
import type { ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { MediaImage } from '@/lib/content/media';
import type { Locale } from '@/lib/site';
import { createMdxComponents, type ImageProps } from './mdx-components';
import { mdxWords } from './mdx-words';

/**
 * An article's body as plain HTML, for the feeds' full content. Runs at build time
 * (scripts/build-snapshot.ts), for the articles a feed can carry, because Next forbids
 * react-dom/server in route handlers. Links stay as written; the feed makes site paths absolute
 * when it serves them.
 */
export function renderMdxToHtml(code: string, locale: Locale, images: Record<string, MediaImage>): string {
  const Content = getMDXComponent(code);
  const components = createMdxComponents({
    words: mdxWords(locale),
    Link: (props: ComponentProps<'a'>) => <a {...props} />,
    Image: ({ src, width, height, alt }: ImageProps) => <img src={src} width={width} height={height} alt={alt} />,
    images,
  });
  return renderToStaticMarkup(<Content components={components} />);
}

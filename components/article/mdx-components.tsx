import type { MDXComponents } from 'mdx/types';
import type { ComponentProps, ComponentType, ReactNode } from 'react';
import { Children, isValidElement } from 'react';
import type { ComponentName, ComponentProps as ContractProps } from '@/lib/content/contract';
import type { MediaImage } from '@/lib/content/media';

/** The plain text of what an editor wrapped in a component. */
function textOf(node: ReactNode): string {
  return Children.toArray(node)
    .map((child) => {
      if (typeof child === 'string' || typeof child === 'number') return String(child);
      if (isValidElement<{ children?: ReactNode }>(child)) return textOf(child.props.children);
      return '';
    })
    .join('');
}

/** The id remark-gfm gives the heading of an article's footnotes. */
const FOOTNOTE_LABEL_ID = 'footnote-label';

/** The props of an editor's component, as the content contract declares them (lib/content/contract.ts). */
type EditorProps<Name extends ComponentName> = ContractProps<Name, ReactNode>;

/** One component for each the contract declares, each taking exactly the declared props. */
type EditorComponents = { [Name in ComponentName]: (props: EditorProps<Name>) => ReactNode };

export type ImageProps = MediaImage & { alt: string; sizes: string };

export type MdxEnvironment = {
  /** The interface words the components need, in the article's language. */
  words: { readMoreAbout: (topic: string) => string; factBox: string; footnotes: string; footnoteBack: string };
  /** Renders a link: next/link on the site, a plain <a> with an absolute URL in feeds. */
  Link: ComponentType<ComponentProps<'a'>>;
  /** Renders a picture: next/image on the site, a plain <img> in feeds. */
  Image: ComponentType<ImageProps>;
  /** The size and served URL of each picture the article shows, by the src the editor wrote. */
  images: Record<string, MediaImage>;
};

/**
 * The components an editor may write in MDX, by the names they write. One definition serves the
 * article page and the feeds; only links, pictures and words differ.
 */
export function createMdxComponents({ words, Link, Image, images }: MdxEnvironment): MDXComponents {
  const editorComponents: EditorComponents = {
    /** "Läs mer om Smart industri": the read-more link that closes many articles. */
    LasMer: ({ href, children }: EditorProps<'LasMer'>) => (
      <p className="read-more not-prose">
        <Link href={href}>{words.readMoreAbout(textOf(children).trim())}</Link>
      </p>
    ),
    Faktaruta: ({ title, children }: EditorProps<'Faktaruta'>) => (
      <aside className="fact-box not-prose" aria-label={title ?? words.factBox}>
        <p className="fact-box-title">{title ?? words.factBox}</p>
        <div className="fact-box-body">{children}</div>
      </aside>
    ),
    Bild: ({ src, alt, caption }: EditorProps<'Bild'>) => {
      const image = images[src];
      if (!image) return null;
      return (
        <figure className="body-image">
          <Image {...image} alt={alt} sizes="(min-width: 48rem) 42rem, 100vw" />
          {caption ? <figcaption>{caption}</figcaption> : null}
        </figure>
      );
    },
    Citat: ({ source, children }: EditorProps<'Citat'>) => (
      <figure className="quote">
        <blockquote>{children}</blockquote>
        {source ? <figcaption>– {source}</figcaption> : null}
      </figure>
    ),
  };
  return {
    // Markdown footnotes: their heading and back links carry words of their own, set here in the
    // article's language (the compiled body has them in Swedish).
    a: (props: ComponentProps<'a'>) => ('data-footnote-backref' in props ? <Link {...props} aria-label={words.footnoteBack} /> : <Link {...props} />),
    h2: ({ children, ...props }: ComponentProps<'h2'>) => <h2 {...props}>{props.id === FOOTNOTE_LABEL_ID ? words.footnotes : children}</h2>,
    ...editorComponents,
  };
}

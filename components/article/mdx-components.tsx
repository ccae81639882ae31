import type { MDXComponents } from 'mdx/types';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Children, isValidElement, type ComponentProps, type ReactNode } from 'react';

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

function MdxLink({ href = '', children, ...rest }: ComponentProps<'a'>) {
  if (href.startsWith('/') && !href.startsWith('//')) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}

type LasMerProps = { href: string; children: ReactNode };

/** "Läs mer om Smart industri": the read-more link that closes many articles. */
function LasMer({ href, children }: LasMerProps) {
  const t = useTranslations('Article');
  return (
    <p className="read-more not-prose">
      <MdxLink href={href}>{t('readMoreAbout', { topic: textOf(children).trim() })}</MdxLink>
    </p>
  );
}

/** The components an editor may use in MDX, by the names they write. */
export const mdxComponents: MDXComponents = {
  a: MdxLink,
  LasMer,
};

import Image from 'next/image';
import { PageLink } from '@/components/ui/page-link';
import { useMDXComponent } from 'next-contentlayer2/hooks';
import type { ComponentProps } from 'react';
import type { MediaImage } from '@/lib/content/media';
import type { Locale } from '@/lib/site';
import { createMdxComponents, type ImageProps } from './mdx-components';
import { mdxWords } from './mdx-words';

type Props = { code: string; images?: Record<string, MediaImage>; locale: Locale; lang?: string };

function SiteLink({ href = '', children, ...rest }: ComponentProps<'a'>) {
  if (href.startsWith('/') && !href.startsWith('//')) {
    return (
      <PageLink href={href} {...rest}>
        {children}
      </PageLink>
    );
  }
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}

function SiteImage({ src, width, height, alt, sizes }: ImageProps) {
  return <Image src={src} width={width} height={height} alt={alt} sizes={sizes} />;
}

// Not async: useMDXComponent is a hook, rendered on the server only.
export function ArticleBody({ code, images = {}, locale, lang }: Props) {
  const Content = useMDXComponent(code);
  const components = createMdxComponents({
    words: mdxWords(locale),
    Link: SiteLink,
    Image: SiteImage,
    images,
  });
  return (
    <div className="prose article-prose" lang={lang}>
      <Content components={components} />
    </div>
  );
}

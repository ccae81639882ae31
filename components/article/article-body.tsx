import Image from 'next/image';
import Link from 'next/link';
import { useMDXComponent } from 'next-contentlayer2/hooks';
import { useTranslations } from 'next-intl';
import type { ComponentProps } from 'react';
import type { MediaImage } from '@/lib/media';
import { createMdxComponents, type ImageProps } from './mdx-components';

type Props = { code: string; images?: Record<string, MediaImage>; lang?: string };

function SiteLink({ href = '', children, ...rest }: ComponentProps<'a'>) {
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

function SiteImage({ src, width, height, alt, sizes }: ImageProps) {
  return <Image src={src} width={width} height={height} alt={alt} sizes={sizes} />;
}

// Not async: useMDXComponent is a hook, rendered on the server only.
export function ArticleBody({ code, images = {}, lang }: Props) {
  const Content = useMDXComponent(code);
  const t = useTranslations('Article');
  const components = createMdxComponents({
    words: { readMoreAbout: (topic) => t('readMoreAbout', { topic }), factBox: t('factBox') },
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

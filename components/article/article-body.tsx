import { useMDXComponent } from 'next-contentlayer2/hooks';
import { mdxComponents } from './mdx-components';

type Props = { code: string; lang?: string };

// Not async: useMDXComponent is a hook, rendered on the server only.
export function ArticleBody({ code, lang }: Props) {
  const Content = useMDXComponent(code);
  return (
    <div className="prose article-prose" lang={lang}>
      <Content components={mdxComponents} />
    </div>
  );
}

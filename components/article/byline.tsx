import Image from 'next/image';
import { PageLink } from '@/components/ui/page-link';
import { portraitOf, type Author } from '@/lib/content/articles';
import { localePath } from '@/lib/routing/paths';
import type { Locale } from '@/lib/site';

type Props = { locale: Locale; author: Author };

export function Byline({ locale, author }: Props) {
  const portrait = portraitOf(author);
  return (
    <div className="byline">
      <Image src={portrait.src} width={48} height={48} alt={author.image.alt} className="byline-portrait" sizes="48px" />
      <p>
        <PageLink href={localePath(locale, '/skribenter/[slug]', { params: { slug: author.slug } })} rel="author" className="byline-name">
          {author.name}
        </PageLink>
        {author.role ? <span className="byline-role">{author.role}</span> : null}
      </p>
    </div>
  );
}

import { PageLink } from '@/components/ui/page-link';
import { localePath } from '@/lib/routing/paths';
import type { Locale } from '@/lib/site';
import type messages from '@/messages/sv.json';

type Props = { locale: Locale; words: (typeof messages)['NotFound'] };

// Takes its words as props: the root 404 renders outside any locale, where next-intl would
// read request headers and turn every page dynamic.
export function NotFoundContent({ locale, words }: Props) {
  return (
    <div className="page-width not-found">
      <h1 className="page-title">{words.title}</h1>
      <p className="page-intro">{words.text}</p>
      <ul className="not-found-links">
        <li>
          <PageLink href={localePath(locale, '/')}>{words.home}</PageLink>
        </li>
        <li>
          <PageLink href={localePath(locale, '/artiklar')}>{words.articles}</PageLink>
        </li>
      </ul>
    </div>
  );
}

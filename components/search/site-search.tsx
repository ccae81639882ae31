import compile from 'icu-minify/compile';
import { getMessages, getTranslations } from 'next-intl/server';
import { localePath } from '@/lib/routing/paths';
import { keepScripts } from '@/lib/serving/page-scripts.mjs';
import type { Locale } from '@/lib/site';
import { SearchPanel } from './search-panel';

type Props = { locale: Locale };

// icu-minify builds plural branches on null-prototype objects, which React cannot pass to a client
// component; a structured clone is the same data on plain objects.
const compileForClient = (message: string) => structuredClone(compile(message));

/**
 * The search form and results, with a way to every article when JavaScript is off. The client
 * leaf gets its words as props, and the two messages it fills in itself (a count, a query) as
 * compiled ICU, so neither a message bundle nor an ICU parser is shipped to the browser. The only
 * page served with Next's client runtime, which the search needs (lib/serving/page-scripts.mjs):
 * the wrapper's `keepScripts` says so.
 */
export async function SiteSearch({ locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  const { Search: patterns } = await getMessages({ locale });
  return (
    <div {...keepScripts}>
      {/* Never hydrated: plain links, shown only when scripts are off. */}
      <noscript>
        <p className="notice">{t('needsJavaScript')}</p>
        <ul className="not-found-links">
          <li>
            <a href={localePath(locale, '/amnen')}>{t('browseTopics')}</a>
          </li>
          <li>
            <a href={localePath(locale, '/arkiv')}>{t('browseArchive')}</a>
          </li>
        </ul>
      </noscript>
      <SearchPanel
        locale={locale}
        action={localePath(locale, '/sok')}
        words={{ label: t('label'), placeholder: t('placeholder'), submit: t('submit'), loading: t('loading'), error: t('error'), more: t('more'), loadingMore: t('loadingMore') }}
        resultsMessage={compileForClient(patterns.results)}
        noResultsMessage={compileForClient(patterns.noResults)}
        shownMessage={compileForClient(patterns.shown)}
      />
    </div>
  );
}

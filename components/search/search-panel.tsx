'use client';

import format, { type CompiledMessage } from 'icu-minify/format';
import { Fragment, useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { PublishedDate } from '@/components/article/published-date';
import { PageLink } from '@/components/ui/page-link';
import { loadSearch, type Search, type SearchHits, type SearchResult } from '@/lib/search/search';
import { site, type Locale } from '@/lib/site';
import type messages from '@/messages/sv.json';

export type SearchPanelWords = Pick<(typeof messages)['Search'], 'label' | 'placeholder' | 'submit' | 'loading' | 'error' | 'more' | 'loadingMore'>;

type Props = {
  locale: Locale;
  /** This page's own path: the form's GET target, and where the query is kept in the URL. */
  action: string;
  words: SearchPanelWords;
  /** `Search.results`, `Search.noResults` and `Search.shown`, compiled on the server (ICU plural, `{query}`). */
  resultsMessage: CompiledMessage;
  noResultsMessage: CompiledMessage;
  shownMessage: CompiledMessage;
};

/**
 * A search's outcome: every hit counted, the results shown so far, and how many hits those came
 * from (a malformed hit is left out, so the next slice starts at `loaded`, not at the count shown).
 */
type Outcome = { query: string; hits: SearchHits; results: SearchResult[]; loaded: number };

// Typing pauses this long before a search runs; Enter or the button searches at once. Longer
// than the pause between two keys of a reader who types on, short enough to count for little of
// the 500 ms a reader may wait for the first results (issue 16, `npm run bench`).
const DEBOUNCE_MS = 200;

// icu-minify's runtime leaves the Intl objects to the caller (next-intl passes cached ones).
const formatters = {
  getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
};

function formatMessage(message: CompiledMessage, locale: Locale, values: Record<string, string | number>): string {
  const text = format(message, locale, values, { formatters });
  return Array.isArray(text) ? text.join('') : text;
}

/** Reads the query from the address, so the page itself stays static and prerendered. */
function queryFromUrl(): string {
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

/** Keeps the query in the address (`/sok?q=…`) without a navigation, so a search can be shared. */
function writeQueryToUrl(action: string, query: string): void {
  const url = query.trim() === '' ? action : `${action}?${new URLSearchParams({ q: query })}`;
  window.history.replaceState(window.history.state, '', url);
}

/** The search form and its results: the one interactive leaf of the search page. */
export function SearchPanel({ locale, action, words, resultsMessage, noResultsMessage, shownMessage }: Props) {
  const [query, setQuery] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const searchRef = useRef<Promise<Search> | null>(null);
  const latestRef = useRef(0);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [loadingMore, setLoadingMore] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  /** After "Visa fler": the index of the first new result, whose link takes the focus. */
  const focusFromRef = useRef<number | null>(null);

  // Pagefind is fetched once, when the search page has loaded (below): article pages never load it.
  function search(): Promise<Search> {
    searchRef.current ??= loadSearch(locale).catch((error: unknown) => {
      searchRef.current = null;
      throw error;
    });
    return searchRef.current;
  }

  async function run(raw: string) {
    clearTimeout(timerRef.current);
    const term = raw.trim();
    const id = ++latestRef.current;
    if (term === '') {
      setOutcome(null);
      setPending(false);
      setFailed(false);
      return;
    }
    setPending(true);
    try {
      const hits = await (await search()).find(term);
      // The reader typed on meanwhile: this search's results would never be shown.
      if (id !== latestRef.current) return;
      // Only the first few results' text is fetched; "Visa fler" fetches the next few.
      const results = await hits.load(0, site.searchPageSize);
      // A slower, older search must not overwrite a newer one.
      if (id !== latestRef.current) return;
      setOutcome({ query: term, hits, results, loaded: site.searchPageSize });
      setFailed(false);
    } catch {
      if (id !== latestRef.current) return;
      setOutcome(null);
      setFailed(true);
    } finally {
      if (id === latestRef.current) setPending(false);
    }
  }

  async function showMore() {
    if (!outcome || loadingMore) return;
    const id = latestRef.current;
    const from = outcome.loaded;
    setLoadingMore(true);
    try {
      const more = await outcome.hits.load(from, from + site.searchPageSize);
      if (id !== latestRef.current) return;
      focusFromRef.current = outcome.results.length;
      setOutcome({ ...outcome, results: [...outcome.results, ...more], loaded: from + site.searchPageSize });
    } catch {
      if (id === latestRef.current) setFailed(true);
    } finally {
      setLoadingMore(false);
    }
  }

  // Keyboard and screen-reader users land on the first of the results just added.
  useEffect(() => {
    const from = focusFromRef.current;
    if (from === null) return;
    focusFromRef.current = null;
    listRef.current?.querySelectorAll<HTMLElement>(':scope > li h2 a')[from]?.focus();
  }, [outcome]);

  // Once, on arrival: a shared /sok?q=… link runs its search. Otherwise the index starts loading
  // now, while the reader reaches for the box: it is a chain of files, each found in the one
  // before it, and begun at the first keystroke it was still loading when the reader stopped.
  useEffect(() => {
    const initial = queryFromUrl();
    if (initial !== '') {
      setQuery(initial);
      void run(initial);
    } else void search().catch(() => undefined);
    return () => clearTimeout(timerRef.current);
  }, []);

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const value = event.target.value;
    setQuery(value);
    clearTimeout(timerRef.current);
    // A search under way is for words the reader has since changed.
    latestRef.current += 1;
    // The index chunks the word needs load while the reader is still typing.
    if (value.trim() !== '') void search().then((loaded) => loaded.preload(value.trim())).catch(() => undefined);
    // The address changes when the search runs, not at every keystroke: Chromium fetches the
    // page's icon again at each change of address (nine requests for "stockholm").
    timerRef.current = setTimeout(() => {
      writeQueryToUrl(action, value);
      void run(value);
    }, DEBOUNCE_MS);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    writeQueryToUrl(action, query);
    void run(query);
  }

  const status = failed
    ? words.error
    : pending
      ? words.loading
      : outcome
        ? formatMessage(resultsMessage, locale, { count: outcome.hits.total, query: outcome.query })
        : '';
  const hasMore = outcome !== null && !failed && outcome.loaded < outcome.hits.total;

  return (
    <>
      <form role="search" action={action} method="get" className="search-form" onSubmit={onSubmit}>
        <label htmlFor="search-query" className="search-label">
          {words.label}
        </label>
        <input
          id="search-query"
          type="search"
          name="q"
          value={query}
          onChange={onChange}
          onFocus={() => void search().catch(() => undefined)}
          placeholder={words.placeholder}
          autoComplete="off"
          enterKeyHint="search"
          className="search-input"
        />
        <button type="submit" className="button">
          {words.submit}
        </button>
      </form>
      <p role="status" aria-live="polite" aria-atomic="true" className="search-status">
        {status}
      </p>
      {outcome && outcome.results.length === 0 && !failed ? (
        <p className="search-empty">{formatMessage(noResultsMessage, locale, { query: outcome.query })}</p>
      ) : null}
      {outcome && outcome.results.length > 0 && !failed ? (
        <ol ref={listRef} className="card-stack search-results">
          {outcome.results.map((result) => (
            <SearchResultItem key={result.url} locale={locale} result={result} />
          ))}
        </ol>
      ) : null}
      {outcome && hasMore ? (
        <div className="search-more">
          <p className="search-shown">{formatMessage(shownMessage, locale, { shown: outcome.results.length, count: outcome.hits.total })}</p>
          <button type="button" className="button" onClick={() => void showMore()} aria-disabled={loadingMore || undefined}>
            {loadingMore ? words.loadingMore : words.more}
          </button>
        </div>
      ) : null}
    </>
  );
}

function SearchResultItem({ locale, result }: { locale: Locale; result: SearchResult }) {
  // An untranslated Swedish article found from the English interface keeps its own language.
  const textLang = result.lang === locale ? undefined : result.lang;
  return (
    <li>
      <article className="article-card">
        <PublishedDate locale={locale} date={result.date} className="card-date" />
        <h2 className="card-title search-result-title" lang={textLang}>
          <PageLink href={result.url}>{result.title}</PageLink>
        </h2>
        <p className="card-excerpt" lang={textLang}>
          {result.excerpt.map((part, index) => (
            <Fragment key={index}>{part.mark ? <mark>{part.text}</mark> : part.text}</Fragment>
          ))}
        </p>
      </article>
    </li>
  );
}

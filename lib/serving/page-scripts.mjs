// A page is served without Next's client runtime unless it asks for it.
//
// Every page of the site works without JavaScript, and only the search page has anything for a
// script to do (components/search/search-panel.tsx). Yet Next puts its whole client runtime on
// every page: ten script files, 141.5 KB of gzip on an article (bench/reports/latest.md), and the
// page's RSC payload again as inline scripts, two thirds of the article's HTML. On a phone that
// is what Lighthouse measured: the runtime's evaluation held the first paint until 405 ms of an
// unthrottled load, so the simulated LCP counted every script and its CPU (2.1–2.8 s, TBT
// 360–590 ms, performance 84–88). The same page without them, measured the same way: LCP 1.5 s,
// TBT 0–89 ms, performance 100 (three runs each, by hand, 18:30 on 2026-12-01).
//
// So the page an instance serves from its cache (lib/serving/cache-handler/*.mjs) is its HTML less
// the runtime's script tags, script preloads and inline RSC payload. Everything else stays:
// structured data, the speculation rules that make a followed link instant
// (components/layout/speculation-rules.tsx), and any inline script that is not the runtime's. A
// page that needs the runtime carries the attribute `keepScripts` on an element
// (components/search/site-search.tsx) and is served as Next made it. The RSC payloads stay in
// the cache, for navigations made by the runtime where it runs.
//
// Plain JS: the cache handlers load it outside the bundler.

/** The attribute of an element on a page that keeps Next's runtime: spread it onto the element. */
export const keepScripts = Object.freeze({ 'data-page-scripts': 'keep' });

/** The same attribute as React writes it into HTML. */
export const KEEP_SCRIPTS_ATTRIBUTE = Object.entries(keepScripts).map(([name, value]) => `${name}="${value}"`).join(' ');

// React writes these tags itself, always in this form: the runtime's files (`src` under
// /_next/), their preloads, Turbopack's bootstrap (`id="_R_"`) and the RSC payload
// (`self.__next_f`). A `</script` inside the payload is escaped by React (`\u003c/script`), so the
// first `</script>` closes the tag.
const RUNTIME_SCRIPT = /<script(?:\s[^>]*)?\ssrc="\/_next\/[^"]*"[^>]*><\/script>/g;
const RUNTIME_BOOTSTRAP = /<script id="_R_">[\s\S]*?<\/script>/g;
const RSC_PAYLOAD = /<script>\(?self\.__next_f[\s\S]*?<\/script>/g;
const SCRIPT_PRELOAD = /<link rel="(?:preload" as="script"|modulepreload")[^>]*>/g;

/** The HTML without Next's client runtime, unless the page keeps it. */
export function withoutRuntime(html) {
  if (typeof html !== 'string' || html.includes(KEEP_SCRIPTS_ATTRIBUTE)) return html;
  return html.replace(RUNTIME_SCRIPT, '').replace(RUNTIME_BOOTSTRAP, '').replace(RSC_PAYLOAD, '').replace(SCRIPT_PRELOAD, '');
}

/**
 * A cache entry as the handlers return it, with its page's HTML served without the runtime. Only
 * an app page's entry has HTML; every other entry (a route's body, a fetch) comes back as it is.
 */
export function servedEntry(entry) {
  const value = entry?.value;
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string') return entry;
  const html = withoutRuntime(value.html);
  return html === value.html ? entry : { ...entry, value: { ...value, html } };
}

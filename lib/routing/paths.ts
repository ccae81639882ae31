import { defaultLocale, locales, type Locale } from '../site';

/**
 * Every reader-facing route, by its internal (Swedish) name, with the path readers see in each
 * language. next-intl's routing reads this table too, so links and rewrites never disagree.
 */
export const pathnames = {
  '/': '/',
  '/artiklar': { sv: '/artiklar', en: '/articles' },
  '/artiklar/sida/[page]': { sv: '/artiklar/sida/[page]', en: '/articles/page/[page]' },
  '/artiklar/[slug]': { sv: '/artiklar/[slug]', en: '/articles/[slug]' },
  '/amnen': { sv: '/amnen', en: '/topics' },
  '/amnen/[slug]': { sv: '/amnen/[slug]', en: '/topics/[slug]' },
  '/amnen/[slug]/sida/[page]': { sv: '/amnen/[slug]/sida/[page]', en: '/topics/[slug]/page/[page]' },
  '/skribenter': { sv: '/skribenter', en: '/authors' },
  '/skribenter/[slug]': { sv: '/skribenter/[slug]', en: '/authors/[slug]' },
  '/skribenter/[slug]/sida/[page]': { sv: '/skribenter/[slug]/sida/[page]', en: '/authors/[slug]/page/[page]' },
  '/arkiv': { sv: '/arkiv', en: '/archive' },
  '/arkiv/[year]': { sv: '/arkiv/[year]', en: '/archive/[year]' },
  '/arkiv/[year]/sida/[page]': { sv: '/arkiv/[year]/sida/[page]', en: '/archive/[year]/page/[page]' },
  '/sok': { sv: '/sok', en: '/search' },
  '/tillganglighet': { sv: '/tillganglighet', en: '/accessibility' },
} as const;

export type Route = keyof typeof pathnames;

type ParamNames<R extends string> = R extends `${string}[${infer Name}]${infer Rest}` ? Name | ParamNames<Rest> : never;
/** Routes without parameters: `/`, `/artiklar`, `/amnen`, … */
export type StaticRoute = { [R in Route]: [ParamNames<R>] extends [never] ? R : never }[Route];
type DynamicRoute = Exclude<Route, StaticRoute>;

/** The path a reader sees for a route: `/artiklar/x` in Swedish, `/en/articles/x` in English. */
export function localePath(locale: Locale, route: StaticRoute): string;
export function localePath<R extends DynamicRoute>(locale: Locale, route: R, options: { params: Record<ParamNames<R>, string | number> }): string;
export function localePath(locale: Locale, route: Route, options?: { params: Record<string, string | number> }): string {
  const entry: string | Record<Locale, string> = pathnames[route];
  const template = typeof entry === 'string' ? entry : entry[locale];
  const params = options?.params ?? {};
  const path = template.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(String(params[name])));
  if (locale === defaultLocale) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}


export type ResolvedPath = { locale: Locale; route: Route; params: Record<string, string>; internalPath: string };

function templatePattern(template: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split('/')
    .map((part) => {
      const param = /^\[(\w+)\]$/.exec(part);
      if (!param) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param[1]!);
      return '([^/]+)';
    })
    .join('/');
  return { regex: new RegExp(`^${source}$`), names };
}

/**
 * The route behind a path a reader sees (`/en/articles/x` → `/artiklar/[slug]` in English), and
 * the internal path Next knows it by (`/en/artiklar/x`). Null for a path no route serves.
 */
// Compiled once: the revalidation endpoint resolves the paths it is asked for with these.
const patterns: Record<Locale, { route: Route; regex: RegExp; names: string[] }[]> = {
  sv: compilePatterns('sv'),
  en: compilePatterns('en'),
};

function compilePatterns(locale: Locale) {
  return (Object.keys(pathnames) as Route[]).map((route) => {
    const entry: string | Record<Locale, string> = pathnames[route];
    return { route, ...templatePattern(typeof entry === 'string' ? entry : entry[locale]) };
  });
}

/** The first route whose template matches `localPath`, with its parameters as written (still encoded). */
function matchRoute(compiled: readonly { route: Route; regex: RegExp; names: string[] }[], localPath: string): { route: Route; written: Record<string, string> } | null {
  for (const { route, regex, names } of compiled) {
    const match = regex.exec(localPath);
    if (match) return { route, written: Object.fromEntries(names.map((name, index) => [name, match[index + 1]!])) };
  }
  return null;
}

/** A path after its language's first word: `/en/articles/x` → `/articles/x`, `/en` → `/`. */
function withoutLanguage(rest: string[]): string {
  return `/${rest.join('/')}`.replace(/\/$/, '') || '/';
}

export function resolvePublicPath(publicPath: string): ResolvedPath | null {
  const [, first = '', ...rest] = publicPath.split('/');
  const locale: Locale = first === 'en' ? 'en' : defaultLocale;
  const found = matchRoute(patterns[locale], locale === defaultLocale ? publicPath : withoutLanguage(rest));
  if (!found) return null;
  const params = Object.fromEntries(Object.entries(found.written).map(([name, value]) => [name, decodeURIComponent(value)]));
  const internal = found.route.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(params[name]!));
  return { locale, route: found.route, params, internalPath: `/${locale}${internal === '/' ? '' : internal}` };
}

/** The routes by their own names (the internal path after the language), compiled once. */
const internalPatterns = (Object.keys(pathnames) as Route[]).map((route) => ({ route, ...templatePattern(route) }));

/**
 * The path readers see for a path Next knows a page by (`/en/artiklar/x` → `/en/articles/x`,
 * `/sv/amnen/eu-fonder` → `/amnen/eu-fonder`): resolvePublicPath's inverse. Null for a path
 * that is no route of a language (Next's own pages, `/_not-found`).
 */
export function publicPathOf(internalPath: string): string | null {
  const [, first = '', ...rest] = internalPath.split('/');
  const locale = locales.find((candidate) => candidate === first);
  const found = locale ? matchRoute(internalPatterns, withoutLanguage(rest)) : null;
  if (!locale || !found) return null;
  // The internal path's parameters are encoded as the public path's are (localePath).
  return publicTemplate(locale, found.route).replace(/\[(\w+)\]/g, (_, name: string) => found.written[name]!);
}

// ---------------------------------------------------------------------------------------------
// Routing for next.config: rewrites and redirects derived from the same table, so that pages
// need no proxy. Next matches these in its router before any rendering, at a fraction of the
// cost of running proxy.ts on every request (bench/README.md).

type RewriteRule = { source: string; destination: string };
type RedirectRule = RewriteRule & { permanent: true };

/** The template of a route as readers see it in a language: `/en/articles/[slug]`. */
export function publicTemplate(locale: Locale, route: Route): string {
  const entry: string | Record<Locale, string> = pathnames[route];
  const template = typeof entry === 'string' ? entry : entry[locale];
  if (locale === defaultLocale) return template;
  return template === '/' ? `/${locale}` : `/${locale}${template}`;
}

/** The template Next knows the route by: `/en/artiklar/[slug]`. */
function internalTemplate(locale: Locale, route: Route): string {
  return route === '/' ? `/${locale}` : `/${locale}${route}`;
}

/** `/artiklar/[slug]` → `/artiklar/:slug`, the form next.config's rules take. */
export function toRule(template: string): string {
  return template.replace(/\[(\w+)\]/g, ':$1');
}

/**
 * Any other address without a language prefix is looked up in Swedish, so that it gets the
 * Swedish 404 page with the site around it (`/nagot` → `/sv/nagot`). Checked after Next's own
 * files and static routes, before its dynamic routes; first path words that are routes of their
 * own (a language, the share images, the search index, withdrawn articles' 410 page, the sitemap's
 * files) are left alone.
 */
export function unprefixedRewrite(): RewriteRule {
  const own = [...locales, 'og', 'pagefind', 'gone', 'api', 'sitemaps', '_next'].join('|');
  return { source: `/:first((?!(?:${own})(?:/|$))[^/]+)/:rest*`, destination: `/${defaultLocale}/:first/:rest*` };
}

/**
 * The addresses unprefixedRewrite does not already lead to their route: the Swedish front page
 * (`/` → `/sv`) and every English address (`/en/articles/x` → `/en/artiklar/x`). Swedish addresses
 * are the routes' own names, so the one rule after them serves all of them.
 *
 * Few rules on purpose: besides the router, each page's route module runs every rewrite again on
 * every request and compiles each rule's pattern anew as it does (Next 16.4,
 * server/server-utils.js `handleRewrites`), so the cost of a page grows with their number.
 */
export function routeRewrites(): RewriteRule[] {
  return locales.flatMap((locale) =>
    (Object.keys(pathnames) as Route[]).flatMap((route) => {
      // A Swedish address is its route's name: unprefixedRewrite serves all but the front page.
      if (locale === defaultLocale && route !== '/') return [];
      const source = toRule(publicTemplate(locale, route));
      const destination = toRule(internalTemplate(locale, route));
      return source === destination ? [] : [{ source, destination }];
    }),
  );
}

/**
 * Addresses that reach a route without being the address we publish, redirected to the one we
 * do: the Swedish prefix (`/sv/artiklar` → `/artiklar`), English pages under their internal
 * Swedish names (`/en/artiklar/x` → `/en/articles/x`), and English path words without `/en`
 * (`/articles` → `/en/articles`).
 */
export function routeRedirects(): RedirectRule[] {
  const rules: RedirectRule[] = [
    { source: `/${defaultLocale}`, destination: '/', permanent: true },
    { source: `/${defaultLocale}/:path*`, destination: '/:path*', permanent: true },
  ];
  // Page 1 of a listing lives at the listing's own address (`/artiklar/sida/1` → `/artiklar`).
  for (const locale of locales) {
    for (const route of Object.keys(pathnames) as Route[]) {
      const parent = route.replace(/\/sida\/\[page\]$/, '');
      if (parent === route) continue;
      rules.push({ source: toRule(publicTemplate(locale, route)).replace(':page', '1'), destination: toRule(publicTemplate(locale, parent as Route)), permanent: true });
    }
  }
  for (const locale of locales) {
    if (locale === defaultLocale) continue;
    const words = new Set<string>();
    for (const route of Object.keys(pathnames) as Route[]) {
      const internal = toRule(internalTemplate(locale, route));
      const published = toRule(publicTemplate(locale, route));
      if (internal !== published) rules.push({ source: internal, destination: published, permanent: true });
      // The route's first path word in this language, typed without the language prefix.
      const word = publicTemplate(locale, route).split('/')[2];
      const swedishWord = publicTemplate(defaultLocale, route).split('/')[1];
      if (word && word !== swedishWord && !word.startsWith('[')) words.add(word);
    }
    // All of a language's words in two rules (`/articles`, `/topics/x` → `/en/…`): one pattern
    // with alternatives costs the router one match, a rule per word one each.
    if (words.size > 0) {
      const word = `:word(${[...words].join('|')})`;
      rules.push({ source: `/${word}`, destination: `/${locale}/:word`, permanent: true });
      rules.push({ source: `/${word}/:path*`, destination: `/${locale}/:word/:path*`, permanent: true });
    }
  }
  return rules;
}

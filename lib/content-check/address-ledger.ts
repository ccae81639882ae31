// The list of published addresses (content/adresser.json): every address the site has published,
// with the file that published it, and the addresses the editors have withdrawn on purpose.
// `npm run check:content` keeps it and refuses an address that would be lost; next.config.ts
// turns the withdrawn ones into rewrites to a 410 page. The addresses are the routing table's
// (lib/routing/paths.ts); next.config.ts imports this module as the check does.
import fs from 'node:fs';
import path from 'node:path';
import { localePath, publicTemplate, resolvePublicPath, toRule } from '../routing/paths';
import { SLUG_PATTERN } from '../routing/slug';
import type { Locale } from '../site';

export type Ledger = { published: Record<string, string>; withdrawn: string[] };
export type LedgerProblem = { line?: number; message: string };

export const LEDGER_FILE = 'adresser.json';

/** An article's address in a language: `/artiklar/<slug>`, `/en/articles/<slug>`. */
export function articleAddress(locale: Locale, slug: string): string {
  return localePath(locale, '/artiklar/[slug]', { params: { slug } });
}

/** `/artiklar/x` → `{ locale: 'sv', slug: 'x' }`; null for anything that is no article address as published. */
export function parseAddress(address: string): { locale: Locale; slug: string } | null {
  const resolved = resolvePublicPath(address);
  if (resolved?.route !== '/artiklar/[slug]') return null;
  const slug = resolved.params.slug ?? '';
  if (!SLUG_PATTERN.test(slug) || articleAddress(resolved.locale, slug) !== address) return null;
  return { locale: resolved.locale, slug };
}

/** How the messages write an address: `/artiklar/<slug> eller /en/articles/<slug>`. */
const ADDRESS_FORMS = (['sv', 'en'] as const).map((locale) => publicTemplate(locale, '/artiklar/[slug]').replace('[slug]', '<slug>')).join(' eller ');

/**
 * Reads the ledger's text. Returns the addresses and a problem for each thing that is not as it
 * should be, with its line, so an editor who edits the file by hand is told what to fix.
 */
export function parseLedger(text: string | undefined): Ledger & { problems: LedgerProblem[] } {
  const ledger: Ledger & { problems: LedgerProblem[] } = { published: {}, withdrawn: [], problems: [] };
  if (text === undefined) return ledger;
  const lineOf = (needle: string) => {
    const index = text.indexOf(JSON.stringify(needle));
    return index < 0 ? undefined : text.slice(0, index).split('\n').length;
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    ledger.problems.push({ message: `filen går inte att läsa som JSON (${error instanceof Error ? error.message : String(error)}). Återställ den från förra versionen i git.` });
    return ledger;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    ledger.problems.push({ message: 'filen ska innehålla ett objekt med fälten "published" och "withdrawn".' });
    return ledger;
  }
  const record = data as { published?: unknown; withdrawn?: unknown };
  for (const key of Object.keys(record)) {
    if (key !== 'published' && key !== 'withdrawn') ledger.problems.push({ line: lineOf(key), message: `fältet "${key}" är okänt. Tillåtna fält: published, withdrawn.` });
  }
  const published = record.published ?? {};
  if (typeof published !== 'object' || published === null || Array.isArray(published)) {
    ledger.problems.push({ line: lineOf('published'), message: '"published" ska vara ett objekt: adress → artikelns fil.' });
  } else {
    for (const [address, file] of Object.entries(published)) {
      if (!parseAddress(address)) ledger.problems.push({ line: lineOf(address), message: `"${address}" är ingen artikeladress. En adress skrivs ${ADDRESS_FORMS}.` });
      else if (typeof file !== 'string') ledger.problems.push({ line: lineOf(address), message: `filen för "${address}" ska vara text, t.ex. "artiklar/min-artikel.mdx".` });
      else ledger.published[address] = file;
    }
  }
  const withdrawn: unknown = record.withdrawn ?? [];
  if (!Array.isArray(withdrawn)) {
    ledger.problems.push({ line: lineOf('withdrawn'), message: '"withdrawn" ska vara en lista med adresser, t.ex. ["/artiklar/gammal-artikel"].' });
  } else {
    for (const address of withdrawn) {
      if (typeof address !== 'string' || !parseAddress(address)) {
        ledger.problems.push({ line: typeof address === 'string' ? lineOf(address) : lineOf('withdrawn'), message: `${JSON.stringify(address)} i "withdrawn" är ingen artikeladress. En adress skrivs ${ADDRESS_FORMS}.` });
      } else ledger.withdrawn.push(address);
    }
  }
  return ledger;
}

/** The ledger as the tooling writes it: addresses in order, one a line, so a diff shows each change. */
export function formatLedger({ published, withdrawn }: Ledger): string {
  const sorted = Object.fromEntries(Object.entries(published).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ published: sorted, withdrawn: [...new Set(withdrawn)].sort() }, null, 2)}\n`;
}

/** Reads `<contentDir>/adresser.json`; an absent file is an empty ledger. */
export function readLedger(contentDir: string): Ledger & { problems: LedgerProblem[] } {
  const file = path.join(contentDir, LEDGER_FILE);
  return parseLedger(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined);
}

/** Where the 410 page lives (app/gone/[locale]/route.ts); readers never see this path. */
export function gonePath(locale: Locale): string {
  return `/gone/${locale}`;
}

/**
 * Rewrites that send every withdrawn address to the 410 page in the reader's language, for
 * next.config's `rewrites().beforeFiles`: before the pages, so a withdrawn address never reaches
 * the article route (which could only answer 404). A withdrawn Swedish article is gone from its
 * English-interface address too. Each address is matched as readers write it and in the internal
 * form the i18n routing rewrites it to (`/sv/artiklar/x`, `/en/artiklar/x`).
 */
export function withdrawnRewrites(contentDir = process.env.CONTENT_DIR || 'content'): { source: string; destination: string }[] {
  const ledger = readLedger(contentDir);
  const slugs: Record<Locale, string[]> = { sv: [], en: [] };
  for (const address of ledger.withdrawn) {
    const parsed = parseAddress(address);
    if (parsed) slugs[parsed.locale].push(parsed.slug);
  }
  // One rule per address pattern, its slugs as alternatives, however many articles are
  // withdrawn: Next runs every rewrite on every page request (lib/routing/paths.ts, routeRewrites).
  // Slugs are lower-case letters, digits and hyphens (check:content), safe inside the pattern.
  const rule = (locale: Locale, list: string[]) => {
    if (list.length === 0) return [];
    const source = toRule(publicTemplate(locale, '/artiklar/[slug]')).replace(':slug', `:slug(${list.join('|')})`);
    return [{ source, destination: gonePath(locale) }];
  };
  // A Swedish article is also withdrawn from its English address (`/en/articles/<slug>`). The
  // internal forms (`/sv/artiklar/x`, `/en/artiklar/x`) need no rule: the redirects, which run
  // before any rewrite, lead them here.
  const english = [...new Set([...slugs.sv, ...slugs.en])];
  return [...rule('sv', slugs.sv), ...rule('en', english)];
}

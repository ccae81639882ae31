import { localePath } from '@/lib/routing/paths';
import { isLocale, site, type Locale } from '@/lib/site';
import en from '@/messages/en.json';
import sv from '@/messages/sv.json';

// The answer for an address the editors withdrew on purpose (content/adresser.json, "withdrawn"):
// 410 Gone, so readers and crawlers learn the article is gone for good, not missing by mistake.
// A page cannot answer 410, so next.config's rewrites (lib/content-check/address-ledger.ts) send each
// withdrawn address here, with the reader's language in the path.

const MESSAGES = { sv, en };

function gonePage(locale: Locale): string {
  const words = MESSAGES[locale].Gone;
  const link = (href: string, text: string) => `<a href="${href}">${text}</a>`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${words.title} – ${site.name}</title>
<style>body{margin:0;font:1.125rem/1.6 system-ui,sans-serif;color:#1a1a1a;background:#fff}main{max-width:40rem;margin:4rem auto;padding:0 1.25rem}a{color:#0b5394}@media (prefers-color-scheme:dark){body{color:#eee;background:#121212}a{color:#8ab4f8}}</style>
</head>
<body>
<main>
<p>${link(localePath(locale, '/'), site.name)}</p>
<h1>${words.title}</h1>
<p>${words.text}</p>
<p>${link(localePath(locale, '/'), words.home)} · ${link(localePath(locale, '/artiklar'), words.articles)}</p>
</main>
</body>
</html>
`;
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const language = isLocale(locale) ? locale : 'sv';
  return new Response(gonePage(language), {
    status: 410,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Language': language, 'Cache-Control': 'public, max-age=3600' },
  });
}

export const HEAD = GET;

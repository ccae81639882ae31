import { articleAddress, LEDGER_FILE, type Ledger, parseAddress, parseLedger } from './address-ledger';
import type { ArticleFacts } from './fields';
import type { LineMessage, Problem } from './problem';

// Addresses are permanent: the rules that keep every published address answering, checked
// against the list of published addresses (content/adresser.json, lib/content-check/address-ledger.ts).

export type AddressDoc = { file: string; locale: 'sv' | 'en'; facts?: ArticleFacts };

type Claim = { doc: AddressDoc; kind: 'slug' | 'redirect'; line?: number };

/** Every address an article answers at: its own (200) and its earlier ones (308), in the language of its file. */
function claims(docs: readonly AddressDoc[]): Map<string, Claim[]> {
  const byAddress = new Map<string, Claim[]>();
  const add = (address: string, claim: Claim) => byAddress.set(address, [...(byAddress.get(address) ?? []), claim]);
  for (const doc of docs) {
    const facts = doc.facts;
    if (!facts?.slug) continue;
    add(articleAddress(doc.locale, facts.slug.value), { doc, kind: 'slug', line: facts.slug.line });
    for (const old of facts.redirectFrom) add(articleAddress(doc.locale, old.value), { doc, kind: 'redirect', line: old.line });
  }
  return byAddress;
}

export type AddressCheck = {
  problems: Problem[];
  /** The ledger with this content's published addresses added: what `npm run check:content` writes. */
  updated: Ledger;
  /** Published addresses the ledger does not list yet. */
  unrecorded: string[];
};

/**
 * Checks the addresses of every article against each other and against the ledger:
 * - one address, one article: no two articles (or a translation and the English copy of a
 *   Swedish article) answer at the same address, old or new;
 * - no address is lost: every published address is still an article's address or one of its
 *   `redirectFrom`, or the editors have withdrawn it;
 * - a withdrawn address is not published again by mistake.
 */
export function checkAddresses(
  docs: readonly AddressDoc[],
  ledgerText: string | undefined,
  { now, displayPath }: { now: Date; displayPath: (file: string) => string },
): AddressCheck {
  const problems: Problem[] = [];
  const problem = (file: string, { line, message }: LineMessage) => problems.push(line === undefined ? { file, message } : { file, line, message });
  const ledger = parseLedger(ledgerText);
  ledger.problems.forEach((entry) => problem(LEDGER_FILE, entry));
  const ledgerLine = (address: string) => {
    const index = ledgerText?.indexOf(JSON.stringify(address)) ?? -1;
    return index < 0 || ledgerText === undefined ? undefined : ledgerText.slice(0, index).split('\n').length;
  };

  const live = docs.filter((doc) => !doc.facts?.draft);
  const byAddress = claims(live);
  const swedish = live.filter((doc) => doc.locale === 'sv');
  const swedishBySlug = new Map(swedish.flatMap((doc) => (doc.facts?.slug ? [[doc.facts.slug.value, doc] as const] : [])));

  // Redirects and addresses within one language: duplicate current addresses are reported elsewhere.
  for (const [address, group] of byAddress) {
    const redirects = group.filter((claim) => claim.kind === 'redirect');
    if (redirects.length === 0 || group.length < 2) continue;
    for (const claim of redirects) {
      const others = group.filter((other) => other.doc !== claim.doc).map((other) => displayPath(other.doc.file));
      if (others.length === 0) continue;
      problem(claim.doc.file, {
        line: claim.line,
        message: `"redirectFrom" leder ${address} hit, men ${others.join(' och ')} har också den adressen. En adress kan bara leda till en artikel: ta bort den ur redirectFrom i den ena filen.`,
      });
    }
  }

  // Under /en, a translation's address and the English copy of a Swedish article are the same place.
  for (const doc of live.filter((entry) => entry.locale === 'en')) {
    const slug = doc.facts?.slug;
    if (!slug) continue;
    const clash = swedishBySlug.get(slug.value);
    if (!clash || clash.facts?.slug?.value === doc.facts?.translationOf?.value) continue;
    const both = `${displayPath(doc.file)} och ${displayPath(clash.file)}`;
    const message = `två artiklar gör anspråk på adressen /en/articles/${slug.value}: ${both}. Den svenska artikeln visas där i det engelska gränssnittet, och översättningen har samma adress. Ge översättningen ett eget fält slug:.`;
    problem(doc.file, { line: slug.line, message });
    problem(clash.file, { line: clash.facts?.slug?.line, message });
  }

  /** Who answers at an address: an article at it or redirecting from it; under /en also a Swedish article's English copy. */
  const answering = (address: string): Claim[] => {
    const direct = byAddress.get(address) ?? [];
    const parsed = parseAddress(address);
    if (parsed?.locale !== 'en') return direct;
    return [...direct, ...(byAddress.get(articleAddress('sv', parsed.slug)) ?? [])];
  };

  const withdrawn = new Set(ledger.withdrawn);
  for (const address of withdrawn) {
    for (const claim of byAddress.get(address) ?? []) {
      problem(claim.doc.file, {
        line: claim.line,
        message: `adressen ${address} är tillbakadragen (den står under "withdrawn" i ${displayPath(LEDGER_FILE)}), men den här artikeln använder den. Välj en annan adress, eller ta bort raden ur "withdrawn" om artikeln ska publiceras igen.`,
      });
    }
  }

  const filesByName = new Map(docs.map((doc) => [doc.file, doc]));
  for (const [address, file] of Object.entries(ledger.published)) {
    if (withdrawn.has(address) || answering(address).length > 0) continue;
    const doc = filesByName.get(file);
    const old = parseAddress(address)?.slug ?? address;
    if (!doc) {
      problem(LEDGER_FILE, {
        line: ledgerLine(address),
        message: `artikeln ${displayPath(file)} publicerades på ${address}, men filen finns inte längre och ingen annan artikel tar emot adressen. Lägg tillbaka filen, ge artikeln som tar över redirectFrom: [${old}], eller dra tillbaka artikeln: flytta adressen från "published" till "withdrawn" i ${displayPath(LEDGER_FILE)}.`,
      });
    } else if (doc.facts?.draft) {
      problem(file, {
        message: `artikeln är publicerad på ${address} men är nu markerad som utkast (draft: true), så adressen skulle sluta fungera. Ta bort draft: true, eller dra tillbaka artikeln i ${displayPath(LEDGER_FILE)}.`,
      });
    } else if (doc.facts?.slug) {
      const current = doc.facts.slug;
      const field = doc.facts.ownSlug ? `fältet "slug" är "${current.value}"` : `rubriken ger nu adressen "${current.value}"`;
      problem(file, {
        line: current.line,
        message: `${field}, men artikeln är publicerad på ${address}. Den adressen skulle försvinna: lägg till redirectFrom: [${old}] så leder den gamla adressen hit${doc.facts.ownSlug ? '' : ', eller skriv tillbaka slug: ' + old}.`,
      });
    }
  }

  // What this content publishes now, recorded so a later change cannot lose it.
  const updated: Ledger = { published: { ...ledger.published }, withdrawn: [...ledger.withdrawn] };
  const unrecorded: string[] = [];
  for (const doc of live) {
    const slug = doc.facts?.slug;
    const date = doc.facts?.date;
    if (!slug || !date || date.getTime() > now.getTime()) continue;
    const address = articleAddress(doc.locale, slug.value);
    if (withdrawn.has(address)) continue;
    if (updated.published[address] === undefined) unrecorded.push(address);
    updated.published[address] = doc.file;
  }
  return { problems, updated, unrecorded: unrecorded.sort() };
}

import path from 'node:path';
import { formatLedger, LEDGER_FILE } from './address-ledger';
import { imageSize } from 'image-size';
import { SLUG_PATTERN, slugify } from '../routing/slug';
import { checkAddresses } from './addresses';
import { type ArticleFacts, checkArticleFields, checkAuthorFields } from './fields';
import { bundlerFrontmatterProblem, type FieldEntry, parseFrontmatter, splitFrontmatter } from './frontmatter';
import { linkProblem, PARTIAL_NOTE, type SiteIndex } from './links';
import { type BodyLink, checkBody } from './mdx-body';
import type { CheckResult, ContentSource, LineMessage, Problem } from './problem';
import { closestName } from './suggest';

// The images scripts/sync-media.mjs copies to the site; any other file type would never be served.
const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif)$/i;
const IMAGE_TYPES = 'jpg, png, webp, avif eller gif';

export type CheckOptions = {
  /** "Now", for counting scheduled articles. */
  now?: Date;
  /** How a message names another file: the content folder as given on the command line, plus the path. */
  displayPath?: (file: string) => string;
};

type FileKind = 'sv' | 'en' | 'author' | 'asset' | 'ignored' | { stray: string };

/** What a file in the content folder is, or why it does not belong there. */
export function classifyFile(file: string): FileKind {
  const parts = file.split('/');
  const [top] = parts;
  const name = parts.at(-1) ?? '';
  if (top !== 'artiklar' && top !== 'skribenter') return 'ignored';
  if (top === 'skribenter') {
    if (parts.length === 2 && name.endsWith('.mdx')) return 'author';
    if (IMAGE_FILE.test(name)) return 'asset';
    if (name.endsWith('.md')) return { stray: `filen slutar på .md. Skribentfiler ska sluta på .mdx: döp om den till ${name}x.` };
    return { stray: `filen hör inte hemma här. I content/skribenter/ får bara skribentfiler (.mdx) och porträtt (${IMAGE_TYPES}) ligga.` };
  }
  const folders = parts.slice(1, -1);
  if (folders.includes('bilder')) {
    if (IMAGE_FILE.test(name)) return 'asset';
    return { stray: `filen är ingen bild som webbplatsen kan visa. I en bilder-mapp får bara bilder (${IMAGE_TYPES}) ligga.` };
  }
  if (name.endsWith('.mdx')) {
    if (folders.length === 0) return 'sv';
    if (folders.length === 1 && folders[0] === 'en') return 'en';
    return { stray: 'artiklar ska ligga direkt i content/artiklar/ (svenska) eller content/artiklar/en/ (engelska översättningar), inte i en undermapp.' };
  }
  if (name.endsWith('.md')) return { stray: `filen slutar på .md. Artiklar ska sluta på .mdx: döp om den till ${name}x.` };
  if (IMAGE_FILE.test(name)) return { stray: 'bilder ska ligga i en mapp som heter bilder, t.ex. content/artiklar/bilder/.' };
  return { stray: 'filen hör inte hemma här. I content/artiklar/ får bara artiklar (.mdx) och bilder i mappen bilder/ ligga.' };
}

type ParsedDoc = { file: string; fields?: FieldEntry[]; links: BodyLink[]; bodyImages: { src: string; line?: number }[] };

/**
 * Reads one MDX file: frontmatter fields and body, with their problems. Synchronous, and called
 * for one file after the other: what it keeps is the ParsedDoc, and the file's text is garbage
 * once it returns. It used to be async, called for every file at once in a Promise.all: every
 * file's text waited in its suspended call until all of them were parsed. By hand on the bench's
 * 3,000-article corpus, the check peaked at 333 MB before and 268 MB after; with V8's old space
 * capped at 48 MB it now passes, where 64 MB ran out of memory before.
 */
function readDoc(source: ContentSource, file: string, requireBody: boolean, report: (line: LineMessage) => void): ParsedDoc {
  const doc: ParsedDoc = { file, links: [], bodyImages: [] };
  const text = source.readText(file);
  const split = splitFrontmatter(text);
  if (!split.ok) {
    report(split.problem);
    return doc;
  }
  const parsed = parseFrontmatter(split.yaml, split.yamlFirstLine);
  if (parsed.ok) {
    doc.fields = parsed.fields;
    // Only when the first reading passed: one problem is said once.
    const bundler = bundlerFrontmatterProblem(text);
    if (bundler) report(bundler);
  } else parsed.problems.forEach(report);
  if (requireBody && split.body.trim() === '') {
    report({ line: split.bodyFirstLine - 1, message: 'artikeln har ingen text. Skriv brödtexten under den andra raden med ---.' });
    return doc;
  }
  const body = checkBody(split.body, split.bodyFirstLine);
  body.problems.forEach(report);
  doc.links = body.links;
  doc.bodyImages = body.images;
  return doc;
}

type ImageCheck = (file: string, src: string) => string | undefined;

/** Checks that an image written relative to a content file exists and can be read, as lib/build/content-images.ts will. */
function makeImageCheck(source: ContentSource, displayPath: (file: string) => string): ImageCheck {
  const files = new Set(source.files);
  const readable = new Map<string, boolean>();
  return (file, src) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/')) {
      return `bilden "${src}" ska anges med en sökväg från den här filen, t.ex. ./bilder/foto.jpg. Bilder från andra webbplatser kan inte användas.`;
    }
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), src));
    if (target.startsWith('../') || target === '..') return `bilden "${src}" ligger utanför content-mappen. Lägg den i content/artiklar/bilder/.`;
    if (!files.has(target)) {
      const sameLetters = source.files.find((candidate) => candidate.toLowerCase() === target.toLowerCase());
      if (sameLetters) {
        const written = `./${path.posix.relative(path.posix.dirname(file), sameLetters)}`;
        return `bildfilen "${src}" finns inte, men "${written}" gör det. Stora och små bokstäver måste stämma exakt.`;
      }
      return `bildfilen "${src}" finns inte (letade efter ${displayPath(target)}).`;
    }
    if (!IMAGE_FILE.test(target)) return `"${src}" är ingen bildfil som webbplatsen kan visa (${IMAGE_TYPES}).`;
    let ok = readable.get(target);
    if (ok === undefined) {
      try {
        const { width, height } = imageSize(source.readBytes(target));
        ok = Boolean(width && height);
      } catch {
        ok = false;
      }
      readable.set(target, ok);
    }
    return ok ? undefined : `bildfilen "${src}" går inte att läsa som en bild. Spara om den som jpg eller png.`;
  };
}

type ArticleDoc = ParsedDoc & { locale: 'sv' | 'en'; facts?: ArticleFacts };

/** Groups of two or more items that share a key (an address, a translated original). */
function sharedGroups<T>(items: readonly T[], key: (item: T) => string | undefined): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const value = key(item);
    if (value !== undefined) groups.set(value, [...(groups.get(value) ?? []), item]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

/**
 * Checks every article and author in a content folder and returns every problem at once, each
 * with its file and line, in Swedish an editor understands.
 */
export async function checkContent(source: ContentSource, options: CheckOptions = {}): Promise<CheckResult> {
  const now = options.now ?? new Date();
  const displayPath = options.displayPath ?? ((file: string) => `content/${file}`);
  const problems: Problem[] = [];
  const problem = (file: string, { line, message }: LineMessage) => problems.push(line === undefined ? { file, message } : { file, line, message });

  const kinds = source.files.map((file) => ({ file, kind: classifyFile(file) }));
  for (const { file, kind } of kinds) if (typeof kind === 'object') problem(file, { message: kind.stray });
  const filesOf = (wanted: 'sv' | 'en' | 'author') => kinds.filter(({ kind }) => kind === wanted).map(({ file }) => file);
  const authorFiles = filesOf('author');
  const authors = authorFiles.map((file) => path.posix.basename(file, '.mdx'));
  const checkImage = makeImageCheck(source, displayPath);

  if (authorFiles.length === 0) problem('skribenter', { message: 'det finns inga skribenter. Varje artikel behöver en skribentfil i content/skribenter/, t.ex. anna-andersson.mdx.' });

  const authorDocs = authorFiles.map((file) => {
      const report = (line: LineMessage) => problem(file, line);
      const slug = path.posix.basename(file, '.mdx');
      if (!SLUG_PATTERN.test(slug)) {
        report({ message: `filnamnet blir skribentens adress (/skribenter/${slug}) och får bara innehålla små bokstäver a–z, siffror och bindestreck. Döp om filen till ${slugify(slug) || 'fornamn-efternamn'}.mdx.` });
      }
      const doc = readDoc(source, file, false, report);
      if (doc.fields) {
        const checked = checkAuthorFields(doc.fields);
        checked.problems.forEach(report);
        const portrait = checked.portrait;
        if (portrait) {
          const imageProblem = checkImage(file, portrait.src);
          if (imageProblem) report({ line: portrait.line, message: imageProblem });
        }
      }
      return doc;
  });

  const authorExample = authors.find((slug) => SLUG_PATTERN.test(slug)) ?? 'anna-andersson';
  const articleDocs: ArticleDoc[] = (['sv', 'en'] as const).flatMap((locale) =>
      filesOf(locale).map((file): ArticleDoc => {
        const report = (line: LineMessage) => problem(file, line);
        const doc = readDoc(source, file, true, report);
        if (!doc.fields) return { ...doc, locale };
        const checked = checkArticleFields(doc.fields, { locale, authorExample });
        checked.problems.forEach(report);
        return { ...doc, locale, facts: checked.facts };
      }),
  );

  // Rules across files: authors, addresses, translations, links and images.
  const svArticles = articleDocs.filter((doc) => doc.locale === 'sv');
  const enArticles = articleDocs.filter((doc) => doc.locale === 'en');
  const slugsOf = (docs: readonly ArticleDoc[]) => new Set(docs.flatMap((doc) => (doc.facts?.slug ? [doc.facts.slug.value] : [])));
  const index: SiteIndex = {
    svArticles: slugsOf(svArticles),
    enArticles: slugsOf(enArticles),
    topics: new Set(articleDocs.flatMap((doc) => doc.facts?.tags.map((tag) => slugify(tag)) ?? [])),
    authors: new Set(authors),
    partial: articleDocs.some((doc) => !doc.facts?.slug),
  };

  for (const doc of articleDocs) {
    const author = doc.facts?.author;
    if (author && !index.authors.has(author.value)) {
      const suggestion = closestName(author.value, authors);
      const hint = suggestion ? ` Menade du "${suggestion}"?` : authors.length > 0 ? ` Skribenter som finns: ${authors.join(', ')}.` : '';
      problem(doc.file, { line: author.line, message: `skribenten "${author.value}" finns inte: det finns ingen fil ${displayPath(`skribenter/${author.value}.mdx`)}.${hint}` });
    }
    const translationOf = doc.facts?.translationOf;
    if (translationOf && !index.svArticles.has(translationOf.value)) {
      const suggestion = closestName(translationOf.value, [...index.svArticles]);
      const hint = suggestion ? ` Menade du "${suggestion}"?` : '';
      problem(doc.file, {
        line: translationOf.line,
        message: `fältet "translationOf" pekar på "${translationOf.value}", men ingen svensk artikel har den adressen.${hint} Skriv adressen (slug) till den svenska artikeln, som den står i /artiklar/….${index.partial ? ` ${PARTIAL_NOTE}` : ''}`,
      });
    }
    const image = doc.facts?.image;
    if (image) {
      const imageProblem = checkImage(doc.file, image.src);
      if (imageProblem) problem(doc.file, { line: image.line, message: imageProblem });
    }
  }

  // Each file of a clash gets the problem, naming the others, so fixing either file is clear.
  const othersThan = (doc: ArticleDoc, group: readonly ArticleDoc[]) =>
    group
      .filter((other) => other !== doc)
      .map((other) => displayPath(other.file))
      .join(' och ');
  for (const [docs, prefix] of [
    [svArticles, '/artiklar/'],
    [enArticles, '/en/articles/'],
  ] as const) {
    for (const group of sharedGroups(docs, (doc) => doc.facts?.slug?.value)) {
      for (const doc of group) {
        problem(doc.file, {
          line: doc.facts?.slug?.line,
          message: `två artiklar får samma adress ${prefix}${doc.facts?.slug?.value ?? ''}: den här och ${othersThan(doc, group)}. Ändra rubriken i den ena, eller ge den ett eget fält slug:.`,
        });
      }
    }
  }
  for (const group of sharedGroups(enArticles, (doc) => doc.facts?.translationOf?.value)) {
    for (const doc of group) {
      problem(doc.file, {
        line: doc.facts?.translationOf?.line,
        message: `två översättningar anger samma svenska artikel (translationOf: ${doc.facts?.translationOf?.value ?? ''}): den här och ${othersThan(doc, group)}. En artikel kan bara ha en engelsk översättning.`,
      });
    }
  }

  // A link to a renamed article's earlier address still works (308), so it is no broken link.
  const withEarlier = (docs: readonly ArticleDoc[], current: ReadonlySet<string>) => new Set([...current, ...docs.flatMap((doc) => doc.facts?.redirectFrom.map((old) => old.value) ?? [])]);
  const linkIndex: SiteIndex = { ...index, svArticles: withEarlier(svArticles, index.svArticles), enArticles: withEarlier(enArticles, index.enArticles) };
  for (const doc of [...authorDocs, ...articleDocs]) {
    for (const link of doc.links) {
      const message = linkProblem(link, linkIndex);
      if (message) problem(doc.file, { line: link.line, message });
    }
    for (const image of doc.bodyImages) {
      const message = checkImage(doc.file, image.src);
      if (message) problem(doc.file, { line: image.line, message: `i <Bild>: ${message}` });
    }
  }

  const ledgerText = source.files.includes(LEDGER_FILE) ? source.readText(LEDGER_FILE) : undefined;
  const addresses = checkAddresses(articleDocs, ledgerText, { now, displayPath });
  problems.push(...addresses.problems);
  const ledger = formatLedger(addresses.updated);

  const published = articleDocs.filter((doc) => !doc.facts?.draft);
  return {
    problems,
    addresses: { ledger, changed: ledger !== ledgerText, unrecorded: addresses.unrecorded },
    counts: {
      articles: svArticles.length,
      translations: enArticles.length,
      authors: authorFiles.length,
      drafts: articleDocs.length - published.length,
      scheduled: published.filter((doc) => (doc.facts?.date?.getTime() ?? 0) > now.getTime()).length,
    },
  };
}

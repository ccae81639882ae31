import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { stockholmIsoDateTime } from '../dates';
import { SLUG_PATTERN, slugify } from '../routing/slug';
import { parseFrontmatter, splitFrontmatter } from './frontmatter';
import { type CommandInput, type CommandResult, contentDirFrom, makeDisplayPath } from './run';
import { closestName } from './suggest';

/** Now in Stockholm, to the minute, with the offset of the day: `2026-11-25T11:42:00+01:00`. */
export function stockholmNow(now: Date): string {
  return stockholmIsoDateTime(new Date(Math.floor(now.getTime() / 60_000) * 60_000));
}

export type NewArticle = { title: string; slug: string; author: string; date: string };

/** The new file: filled-in fields, hints as YAML comments, and a placeholder body that passes the check. */
export function newArticleText({ title, slug, author, date }: NewArticle): string {
  // stringify quotes the title when YAML needs it (a colon, a leading quote); lineWidth 0 keeps it on one line.
  const titleLine = stringify({ title }, { lineWidth: 0 }).trimEnd();
  return `---
${titleLine}
slug: ${slug} # den permanenta adressen: följer inte med när rubriken ändras (se CONTENT.md)
date: ${date}
author: ${author}
# summary: En mening eller två om artikeln. Utan summary visas textens början i listor och sökresultat.
tags: []
# image:
#   src: ./bilder/foto.jpg
#   alt: Vad bilden visar, för den som inte kan se den
#   caption: Bildtext
draft: true
---
Skriv artikelns första stycke här. Det visas också som utdrag i listor, om du inte skriver en summary.

## En mellanrubrik

Fortsätt texten här. Ta bort raden draft: true överst när artikeln är klar att publiceras.
`;
}

/** The address every existing article in a folder gets, by file, to refuse a second one. */
function takenSlugs(articleDir: string): Map<string, string> {
  const taken = new Map<string, string>();
  if (!fs.existsSync(articleDir)) return taken;
  for (const name of fs.readdirSync(articleDir)) {
    if (!name.endsWith('.mdx')) continue;
    const split = splitFrontmatter(fs.readFileSync(path.join(articleDir, name), 'utf8'));
    if (!split.ok) continue;
    const parsed = parseFrontmatter(split.yaml, split.yamlFirstLine);
    if (!parsed.ok) continue;
    const own = parsed.fields.find((field) => field.key === 'slug')?.value;
    const title = parsed.fields.find((field) => field.key === 'title')?.value;
    const slug = typeof own === 'string' ? own : typeof title === 'string' ? slugify(title) : undefined;
    if (slug) taken.set(slug, name);
  }
  return taken;
}

const USAGE = 'Användning: npm run new -- "Rubriken på svenska" [--author fornamn-efternamn]';

/** `npm run new -- "Titel" [--author x]`: writes content/artiklar/<slug>.mdx as a draft, never over an existing file. */
export function runNewCommand({ argv, env, cwd, now = new Date() }: CommandInput): CommandResult {
  const fail = (message: string, exitCode = 1): CommandResult => ({ exitCode, stdout: '', stderr: `${message}\n` });
  let parsed: { values: { dir?: string | undefined; author?: string | undefined; help?: boolean | undefined }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { dir: { type: 'string' }, author: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2);
  }
  if (parsed.values.help) return { exitCode: 0, stdout: `${USAGE}\n`, stderr: '' };

  // Without quotes the shell splits the title into words; joining them gives it back.
  const title = parsed.positionals.join(' ').replace(/\s+/g, ' ').trim();
  if (title === '') return fail(`Ange artikelns rubrik.\n${USAGE}`, 2);
  const slug = slugify(title);
  if (slug === '') return fail('Rubriken måste innehålla minst en bokstav eller siffra, annars får artikeln ingen adress.');

  const dir = contentDirFrom(parsed.values, env);
  const root = path.resolve(cwd, dir);
  const displayPath = makeDisplayPath(dir, cwd);
  const authorDir = path.join(root, 'skribenter');
  const authors = fs.existsSync(authorDir)
    ? fs
        .readdirSync(authorDir)
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => name.slice(0, -'.mdx'.length))
        .filter((name) => SLUG_PATTERN.test(name))
        .sort()
    : [];
  if (authors.length === 0) return fail(`Det finns inga skribenter i ${displayPath('skribenter')}/. Lägg till en skribentfil först (se CONTENT.md).`);
  const author = parsed.values.author?.trim() ?? authors[0] ?? '';
  if (!authors.includes(author)) {
    const suggestion = closestName(author, authors);
    return fail(`Skribenten "${author}" finns inte i ${displayPath('skribenter')}/.${suggestion ? ` Menade du "${suggestion}"?` : ''} Skribenter som finns: ${authors.join(', ')}.`);
  }

  const articleDir = path.join(root, 'artiklar');
  const fileName = `${slug}.mdx`;
  const shown = displayPath(`artiklar/${fileName}`);
  const other = takenSlugs(articleDir).get(slug);
  if (other && other !== fileName) {
    return fail(`Artikeln ${displayPath(`artiklar/${other}`)} har redan adressen /artiklar/${slug}. Välj en annan rubrik.`);
  }
  fs.mkdirSync(articleDir, { recursive: true });
  try {
    // `wx` fails when the file exists, so an existing article is never overwritten.
    fs.writeFileSync(path.join(articleDir, fileName), newArticleText({ title, slug, author, date: stockholmNow(now) }), { flag: 'wx' });
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') {
      return fail(`Filen ${shown} finns redan och skrivs inte över. Välj en annan rubrik, eller öppna den befintliga filen.`);
    }
    throw error;
  }
  return {
    exitCode: 0,
    stdout: `Skapade ${shown}\nArtikeln är ett utkast (draft: true). Skriv texten, förhandsgranska med npm run dev och ta bort raden draft: true när den ska publiceras.\n`,
    stderr: '',
  };
}

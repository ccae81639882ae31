import { ARTICLE, AUTHOR } from '../content/contract';
import { SLUG_PATTERN, slugify } from '../routing/slug';
import { parseContentDate } from './content-date';
import type { FieldEntry } from './frontmatter';
import type { LineMessage } from './problem';
import { closestName } from './suggest';

// The fields and their names come from the content contract (lib/content/contract.ts); the
// messages, which say what to write, are the check's own.
export const ARTICLE_FIELDS = Object.keys(ARTICLE) as readonly (keyof typeof ARTICLE)[];
export const ARTICLE_IMAGE_FIELDS = Object.keys(ARTICLE.image.fields) as readonly (keyof typeof ARTICLE.image.fields)[];
export const AUTHOR_FIELDS = Object.keys(AUTHOR) as readonly (keyof typeof AUTHOR)[];
export const PORTRAIT_FIELDS = Object.keys(AUTHOR.image.fields) as readonly (keyof typeof AUTHOR.image.fields)[];

type Named = { synonyms?: readonly string[] };

/** Each word an editor may write for a field (`titel`, `bild`), mapped to the field's name. */
function synonymsOf(...groups: Readonly<Record<string, Named>>[]): Record<string, string> {
  return Object.fromEntries(groups.flatMap((fields) => Object.entries(fields).flatMap(([name, field]) => (field.synonyms ?? []).map((word) => [word, name]))));
}

// Field names an editor may write in Swedish, at the top level and under `image:`.
const FIELD_SYNONYMS = synonymsOf(ARTICLE, AUTHOR);
const IMAGE_SYNONYMS = synonymsOf(ARTICLE.image.fields, AUTHOR.image.fields);

/** A value as an editor would describe it: `"igår"`, `talet 2018`, `en lista`, `tomt`. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'tomt';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'number') return `talet ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return 'en lista';
  if (value instanceof Date) return `"${value.toISOString()}"`;
  return 'en grupp med underfält';
}

/** Messages, each tagged with the field it reports missing, if that is what it says. */
type Messages = (LineMessage & { missing?: string })[];

/**
 * Drops "field is missing" for a field the editor did write, only misspelled (`titel:`): the
 * "Menade du title?" message already says what to do.
 */
function withoutMissingMisspelt(out: Messages, entries: readonly FieldEntry[], allowed: readonly string[], synonyms: Record<string, string>): LineMessage[] {
  const meant = new Set(entries.filter((entry) => !allowed.includes(entry.key)).map((entry) => closestName(entry.key, allowed, synonyms)));
  return out.filter((message) => message.missing === undefined || !meant.has(message.missing)).map(({ line, message }) => (line === undefined ? { message } : { line, message }));
}

function unknownFields(entries: readonly FieldEntry[], allowed: readonly string[], synonyms: Record<string, string>, parent: string | undefined, out: Messages): void {
  for (const entry of entries) {
    if (allowed.includes(entry.key)) continue;
    const suggestion = closestName(entry.key, allowed, synonyms);
    const name = parent ? `underfältet "${entry.key}" i "${parent}"` : `fältet "${entry.key}"`;
    const hint = suggestion ? `Menade du "${suggestion}"?` : `Tillåtna fält${parent ? ` i "${parent}"` : ''}: ${allowed.join(', ')}.`;
    out.push({ line: entry.line, message: `${name} är okänt. ${hint}` });
  }
}

function find(entries: readonly FieldEntry[] | undefined, key: string): FieldEntry | undefined {
  return entries?.find((entry) => entry.key === key);
}

type TextRule = {
  /** The field's name, to match a misspelling of it. */
  name: string;
  /** How messages name the field: `fältet "title"`, `underfältet "alt" i "image"`. */
  label: string;
  required: boolean;
  /** What to write, added to the message when a required field is missing or empty. */
  hint?: string;
};

/** A text field: returns the text, or reports why there is none. */
function textField(entry: FieldEntry | undefined, rule: TextRule, out: Messages, missingLine?: number): string | undefined {
  if (!entry) {
    if (rule.required) out.push({ line: missingLine, message: `${rule.label} saknas. ${rule.hint ?? ''}`.trim(), missing: rule.name });
    return undefined;
  }
  const { value, line } = entry;
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (value === null || value === undefined || typeof value === 'string') {
    out.push({ line, message: `${rule.label} är tomt. ${rule.required ? (rule.hint ?? '') : 'Skriv något, eller ta bort raden.'}`.trim() });
    return undefined;
  }
  const asText = Array.isArray(value) ? value.join(', ') : String(value);
  out.push({ line, message: `${rule.label} ska vara text, men är ${describeValue(value)}. Sätt värdet inom citattecken om det ska läsas som text, t.ex. "${asText}".` });
  return undefined;
}

function dateField(entry: FieldEntry | undefined, name: string, required: boolean, out: Messages): Date | undefined {
  if (!entry) {
    if (required) out.push({ message: `fältet "${name}" saknas. Skriv publiceringsdagen, t.ex. ${name}: 2018-03-08`, missing: name });
    return undefined;
  }
  const result = parseContentDate(entry.value);
  if (result.ok) return result.instant;
  out.push({
    line: entry.line,
    message: `fältet "${name}" ska vara ett datum som 2018-03-08 eller 2018-03-08T09:30:00+01:00, men är ${describeValue(entry.value)}: ${result.reason}.`,
  });
  return undefined;
}

export type ImageRef = { src: string; line: number };

function imageField(entry: FieldEntry | undefined, kind: 'lead' | 'portrait', out: Messages): ImageRef | undefined {
  const contract = kind === 'lead' ? ARTICLE.image : AUTHOR.image;
  if (!entry) {
    if (contract.required) {
      out.push({
        message: 'fältet "image" (skribentens porträtt) saknas. Lägg till image: med de indragna underfälten src: (bildfilen, t.ex. ./anna-andersson.jpg) och alt: (vad bilden visar).',
        missing: 'image',
      });
    }
    return undefined;
  }
  const allowed: readonly string[] = Object.keys(contract.fields);
  if (!entry.nested) {
    out.push({
      line: entry.line,
      message: `fältet "image" ska ha underfälten ${allowed.join(', ')} på egna rader, indragna med två mellanslag (t.ex. "  src: ./bilder/foto.jpg"), men är ${describeValue(entry.value)}.`,
    });
    return undefined;
  }
  const nestedOut: Messages = [];
  unknownFields(entry.nested, allowed, IMAGE_SYNONYMS, 'image', nestedOut);
  const example = kind === 'lead' ? './bilder/foto.jpg' : './anna-andersson.jpg';
  const srcRule = { name: 'src', label: 'underfältet "src" i "image"', required: contract.fields.src.required, hint: `Skriv sökvägen till bildfilen, räknat från den här filen, t.ex. src: ${example}` };
  const src = textField(find(entry.nested, 'src'), srcRule, nestedOut, entry.line);
  const altExample = kind === 'lead' ? 'Två personer tar emot ett pris på en scen' : 'Porträtt av Anna Andersson, som ler mot kameran';
  const altRule = {
    name: 'alt',
    label: 'underfältet "alt" (alt-texten) i "image"',
    required: contract.fields.alt.required,
    hint: `Skriv i alt: vad bilden visar, för läsare som inte kan se den, t.ex. alt: ${altExample}.`,
  };
  textField(find(entry.nested, 'alt'), altRule, nestedOut, entry.line);
  if (kind === 'lead') textField(find(entry.nested, 'caption'), { name: 'caption', label: 'underfältet "caption" (bildtexten) i "image"', required: ARTICLE.image.fields.caption.required }, nestedOut);
  out.push(...withoutMissingMisspelt(nestedOut, entry.nested, allowed, IMAGE_SYNONYMS));
  return src === undefined ? undefined : { src, line: find(entry.nested, 'src')?.line ?? entry.line };
}

export type Located<T> = { value: T; line: number };

export type ArticleFacts = {
  title?: Located<string>;
  /** The article's address: its own `slug`, else made from the title. */
  slug?: Located<string>;
  /** True when the address is written in the file (`slug:`), not made from the title. */
  ownSlug: boolean;
  /** Earlier addresses of a renamed article (`redirectFrom:`), each answering 308 to `slug`. */
  redirectFrom: Located<string>[];
  author?: Located<string>;
  tags: string[];
  translationOf?: Located<string>;
  date?: Date;
  draft: boolean;
  image?: ImageRef;
};

export type ArticleContext = { locale: 'sv' | 'en'; authorExample: string };

/** Checks an article's frontmatter fields one by one; cross-file rules come later. */
export function checkArticleFields(fields: readonly FieldEntry[], context: ArticleContext): { problems: LineMessage[]; facts: ArticleFacts } {
  const out: Messages = [];
  unknownFields(fields, ARTICLE_FIELDS, FIELD_SYNONYMS, undefined, out);

  const titleEntry = find(fields, 'title');
  const title = textField(titleEntry, { name: 'title', label: 'fältet "title"', required: ARTICLE.title.required, hint: 'Skriv rubriken, t.ex. title: Nya satsningar på Smart industri' }, out);
  const date = dateField(find(fields, 'date'), 'date', ARTICLE.date.required, out);
  const authorEntry = find(fields, 'author');
  const authorHint = `Skriv skribentens filnamn i content/skribenter/ utan .mdx, t.ex. author: ${context.authorExample}`;
  const author = textField(authorEntry, { name: 'author', label: 'fältet "author"', required: ARTICLE.author.required, hint: authorHint }, out);
  textField(find(fields, 'summary'), { name: 'summary', label: 'fältet "summary"', required: ARTICLE.summary.required }, out);

  const tags: string[] = [];
  const tagsEntry = find(fields, 'tags');
  if (tagsEntry) {
    const { value, line } = tagsEntry;
    if (!Array.isArray(value)) {
      out.push({ line, message: `fältet "tags" ska vara en lista inom hakparenteser, t.ex. tags: [Smart industri, Tillväxt], men är ${describeValue(value)}.` });
    } else {
      value.forEach((tag: unknown, index) => {
        const label = `ämne nr ${index + 1} i "tags"`;
        if (typeof tag !== 'string') out.push({ line, message: `${label} ska vara text, men är ${describeValue(tag)}. Sätt det inom citattecken.` });
        else if (tag.trim() === '') out.push({ line, message: `${label} är tomt. Ta bort det extra kommatecknet.` });
        else if (slugify(tag) === '') out.push({ line, message: `ämnet "${tag}" i "tags" måste innehålla minst en bokstav eller siffra, annars får det ingen adress.` });
        else tags.push(tag);
      });
    }
  }

  const image = imageField(find(fields, 'image'), 'lead', out);
  const updatedEntry = find(fields, 'updated');
  const updated = dateField(updatedEntry, 'updated', ARTICLE.updated.required, out);
  if (date && updated && updatedEntry && updated.getTime() < date.getTime()) {
    out.push({ line: updatedEntry.line, message: 'fältet "updated" är tidigare än "date". En artikel kan inte uppdateras innan den publiceras: rätta något av datumen.' });
  }

  let draft = false;
  const draftEntry = find(fields, 'draft');
  if (draftEntry) {
    if (typeof draftEntry.value === 'boolean') draft = draftEntry.value;
    else out.push({ line: draftEntry.line, message: `fältet "draft" ska vara true (utkast) eller false (publiceras), men är ${describeValue(draftEntry.value)}.` });
  }

  let slug: Located<string> | undefined;
  const slugEntry = find(fields, 'slug');
  if (slugEntry) {
    const own = textField(slugEntry, { name: 'slug', label: 'fältet "slug"', required: ARTICLE.slug.required }, out);
    if (own !== undefined && !SLUG_PATTERN.test(own)) {
      const proposal = slugify(own, context.locale);
      out.push({
        line: slugEntry.line,
        message: `fältet "slug" får bara innehålla små bokstäver a–z, siffror och enkla bindestreck mellan orden, men är "${own}".${proposal ? ` Skriv till exempel slug: ${proposal}` : ''}`,
      });
    } else if (own !== undefined) slug = { value: own, line: slugEntry.line };
  } else if (title !== undefined && titleEntry) {
    const made = slugify(title, context.locale);
    if (made) slug = { value: made, line: titleEntry.line };
    else out.push({ line: titleEntry.line, message: 'rubriken innehåller inga bokstäver eller siffror, så artikeln får ingen adress. Lägg till ett fält slug: med adressen, t.ex. slug: min-artikel' });
  }

  const redirectFrom: Located<string>[] = [];
  const redirectEntry = find(fields, 'redirectFrom');
  if (redirectEntry) {
    const { value, line } = redirectEntry;
    if (!Array.isArray(value)) {
      out.push({ line, message: `fältet "redirectFrom" ska vara en lista med tidigare adresser inom hakparenteser, t.ex. redirectFrom: [gammal-adress], men är ${describeValue(value)}.` });
    } else {
      for (const old of value as unknown[]) {
        if (typeof old !== 'string' || !SLUG_PATTERN.test(old)) {
          out.push({ line, message: `den tidigare adressen ${describeValue(old)} i "redirectFrom" ska skrivas som den stod efter /artiklar/, med små bokstäver a–z, siffror och bindestreck, t.ex. redirectFrom: [gammal-adress].` });
        } else if (old === slug?.value) {
          out.push({ line, message: `"${old}" i "redirectFrom" är artikelns nuvarande adress. Där ska bara tidigare adresser stå: ta bort den ur listan.` });
        } else redirectFrom.push({ value: old, line });
      }
    }
  }

  let translationOf: Located<string> | undefined;
  const translationEntry = find(fields, 'translationOf');
  if (context.locale === 'sv' && translationEntry) {
    out.push({
      line: translationEntry.line,
      message: 'fältet "translationOf" hör bara hemma i engelska översättningar i content/artiklar/en/. Ta bort raden, eller flytta filen dit om den är en översättning.',
    });
  } else if (context.locale === 'en') {
    const translationRule = {
      name: 'translationOf',
      label: 'fältet "translationOf"',
      required: true,
      hint: 'En engelsk översättning ska ange adressen (slug) till den svenska artikel den översätter, t.ex. translationOf: nya-satsningar-pa-smart-industri',
    };
    const value = textField(translationEntry, translationRule, out);
    if (value !== undefined && translationEntry) translationOf = { value, line: translationEntry.line };
  }

  const facts: ArticleFacts = { tags, draft, ownSlug: slugEntry !== undefined, redirectFrom };
  if (title !== undefined && titleEntry) facts.title = { value: title, line: titleEntry.line };
  if (slug) facts.slug = slug;
  if (author !== undefined && authorEntry) facts.author = { value: author.trim(), line: authorEntry.line };
  if (translationOf) facts.translationOf = translationOf;
  if (date) facts.date = date;
  if (image) facts.image = image;
  return { problems: withoutMissingMisspelt(out, fields, ARTICLE_FIELDS, FIELD_SYNONYMS), facts };
}

/** Checks an author file's frontmatter: name, role, portrait. */
export function checkAuthorFields(fields: readonly FieldEntry[]): { problems: LineMessage[]; portrait?: ImageRef } {
  const out: Messages = [];
  unknownFields(fields, AUTHOR_FIELDS, FIELD_SYNONYMS, undefined, out);
  textField(find(fields, 'name'), { name: 'name', label: 'fältet "name"', required: AUTHOR.name.required, hint: 'Skriv skribentens namn, t.ex. name: Anna Andersson' }, out);
  textField(find(fields, 'role'), { name: 'role', label: 'fältet "role"', required: AUTHOR.role.required }, out);
  const portrait = imageField(find(fields, 'image'), 'portrait', out);
  const problems = withoutMissingMisspelt(out, fields, AUTHOR_FIELDS, FIELD_SYNONYMS);
  return portrait ? { problems, portrait } : { problems };
}

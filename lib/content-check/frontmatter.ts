import matter from 'gray-matter';
import { type Document, isMap, isNode, isScalar, LineCounter, parseDocument, type YAMLError } from 'yaml';
import { isRecord, type LineMessage } from './problem';

export type SplitFile =
  | { ok: true; yaml: string; yamlFirstLine: number; body: string; bodyFirstLine: number }
  | { ok: false; problem: LineMessage };

/**
 * Separates the frontmatter (between the two `---` lines) from the body, keeping the line each
 * part starts on so every message can point at a line of the file. Follows gray-matter, which
 * Contentlayer uses: the file must start with `---`.
 */
export function splitFrontmatter(text: string): SplitFile {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    return {
      ok: false,
      problem: {
        line: 1,
        message: 'filen ska börja med en rad med bara tre bindestreck (---), sedan fälten (title, date, author …) och sedan en rad till med ---.',
      },
    };
  }
  const end = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (end === -1) {
    return { ok: false, problem: { line: 1, message: 'fälten överst i filen avslutas aldrig: lägg till en rad med bara --- efter det sista fältet.' } };
  }
  return { ok: true, yaml: lines.slice(1, end).join('\n'), yamlFirstLine: 2, body: lines.slice(end + 1).join('\n'), bodyFirstLine: end + 2 };
}

/** One frontmatter field: its name, the line it is on, its value, and its sub-fields when it has them. */
export type FieldEntry = { key: string; line: number; value: unknown; nested?: FieldEntry[] };

export type ParsedFrontmatter = { ok: true; fields: FieldEntry[] } | { ok: false; problems: LineMessage[] };

/** The field name written on a line, for messages about that line. */
function keyOnLine(line: string | undefined): string | undefined {
  return line ? /^\s*([^\s:#][^:#]*?)\s*:/.exec(line)?.[1] : undefined;
}

/** A YAML parser's complaint, in an editor's words. */
function yamlMessage(error: YAMLError, lineText: string | undefined): string {
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = keyOnLine(lineText);
      return key ? `fältet "${key}" står två gånger. Ta bort den ena raden.` : 'ett fält står två gånger. Ta bort den ena raden.';
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'raden går inte att läsa. Innehåller värdet ett kolon följt av mellanslag? Sätt då hela värdet inom citattecken, t.ex. title: "Industri 4.0: vad betyder det?". Är nästa rad indragen för långt? Låt den börja i samma kolumn som de andra fälten.';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'raden går inte att läsa: varje fält skrivs på en egen rad som namn: värde, med kolon och mellanslag efter namnet.';
    case 'MISSING_CHAR':
      return /quote/i.test(error.message)
        ? 'ett citattecken stängs aldrig. Ett värde som börjar med " eller \' ska sluta med samma tecken på samma rad.'
        : 'en parentes stängs aldrig. En lista som börjar med [ ska sluta med ] på samma rad, t.ex. tags: [Innovation, Tillväxt].';
    case 'BAD_INDENT':
      return 'raden är indragen på fel sätt. Fält på samma nivå ska börja i samma kolumn; underfälten till image: dras in med två mellanslag.';
    case 'TAB_AS_INDENT':
      return 'raden är indragen med tabb. Använd mellanslag i stället (två mellanslag för underfälten till image:).';
    case 'BAD_SCALAR_START':
      return 'ett värde börjar med ett tecken som har en särskild betydelse (till exempel @, `, %, | eller >). Sätt hela värdet inom citattecken.';
    case 'BLOCK_IN_FLOW':
    case 'UNEXPECTED_TOKEN':
      return 'raden innehåller tecken som inte går att läsa här. Sätt värdet inom citattecken, och kontrollera att listor skrivs som [a, b].';
    default:
      return `fälten överst i filen går inte att läsa (${error.message.split('\n')[0] ?? error.code}).`;
  }
}

function entriesOf(doc: Document.Parsed, node: unknown, lineCounter: LineCounter, firstLine: number): FieldEntry[] | undefined {
  if (!isMap(node)) return undefined;
  const entries: FieldEntry[] = [];
  for (const pair of node.items) {
    const keyNode = pair.key;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const offset = isNode(keyNode) && keyNode.range ? keyNode.range[0] : 0;
    const line = lineCounter.linePos(offset).line + firstLine - 1;
    // toJS is typed `any`; keep it unknown so every use must narrow it.
    const value: unknown = isNode(pair.value) ? pair.value.toJS(doc) : pair.value;
    const nested = entriesOf(doc, pair.value, lineCounter, firstLine);
    entries.push(nested ? { key, line, value, nested } : { key, line, value });
  }
  return entries;
}

/**
 * Parses the frontmatter with the `yaml` package's YAML 1.2 core schema, the one Contentlayer
 * uses, so dates stay text (`2018-03-08`) and `draft: yes` is text, not true. `firstLine` is the
 * file line the YAML starts on.
 */
export function parseFrontmatter(yaml: string, firstLine: number): ParsedFrontmatter {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const lines = yaml.split('\n');
  if (doc.errors.length > 0) {
    const problems: LineMessage[] = [];
    const seen = new Set<number>();
    for (const error of doc.errors) {
      const yamlLine = error.linePos?.[0].line ?? 1;
      // One error often sets off more on the same line; the first says what is wrong.
      if (seen.has(yamlLine)) continue;
      seen.add(yamlLine);
      problems.push({ line: yamlLine + firstLine - 1, message: yamlMessage(error, lines[yamlLine - 1]) });
    }
    return { ok: false, problems };
  }
  if (doc.contents === null) return { ok: true, fields: [] };
  const fields = entriesOf(doc, doc.contents, lineCounter, firstLine);
  if (!fields) {
    return { ok: false, problems: [{ line: firstLine, message: 'fälten överst i filen ska skrivas som namn: värde, ett fält per rad (t.ex. title: Rubriken).' }] };
  }
  return { ok: true, fields };
}

// What js-yaml (YAML 1.1) refuses to read: control characters, which a paragraph pasted from a
// word processor brings along (U+000B, a line break in Word), quoted or not.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/;

/**
 * The build reads the frontmatter twice: Contentlayer with the `yaml` package (parseFrontmatter
 * above), and mdx-bundler, which compiles the body inside Contentlayer, with gray-matter and its
 * js-yaml, which is stricter. Contentlayer reports what js-yaml refuses as "possibly a bug in
 * Contentlayer"; here it is read the same way, from the whole file, and said in an editor's words.
 */
export function bundlerFrontmatterProblem(text: string): LineMessage | undefined {
  try {
    // Options (even empty ones) keep gray-matter from caching every file it has read, as mdx-bundler does.
    matter(text, {});
    return undefined;
  } catch (error) {
    const mark = isRecord(error) && isRecord(error.mark) ? error.mark : undefined;
    const reason = isRecord(error) && typeof error.reason === 'string' ? error.reason : String(error);
    // js-yaml counts lines from 0 in the text after the first ---, which begins with that line's end.
    const line = typeof mark?.line === 'number' ? mark.line + 1 : undefined;
    const lineText = line === undefined ? undefined : text.replace(/\r\n?/g, '\n').split('\n')[line - 1];
    const key = keyOnLine(lineText);
    const field = key ? `fältet "${key}"` : 'ett fält';
    const control = lineText === undefined ? null : CONTROL_CHARACTER.exec(lineText);
    const message = control
      ? `${field} innehåller ett osynligt styrtecken (U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}), som ofta följer med när text klistras in från ett ordbehandlingsprogram. Ta bort det genom att skriva om värdet för hand, eller klistra in texten som oformaterad text.`
      : `${field} går inte att läsa för bygget (${reason}). Sätt värdet inom citattecken, eller skriv om det för hand.`;
    return line === undefined ? { message } : { line, message };
  }
}

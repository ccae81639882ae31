import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { COMPONENTS as CONTRACT } from '../content/contract';
import { isRecord, type LineMessage } from './problem';
import { closestName } from './suggest';

type PropRule = 'required' | 'optional';
type ComponentRule = { props: Record<string, PropRule>; children: 'required' | 'none'; example: string };

/** The components an editor may use, with their props, from the content contract (lib/content/contract.ts). */
export const COMPONENTS: Record<string, ComponentRule> = Object.fromEntries(
  Object.entries(CONTRACT).map(([name, component]) => [
    name,
    {
      props: Object.fromEntries(Object.entries(component.props).map(([prop, rule]) => [prop, rule.required ? 'required' : 'optional'])),
      children: component.children,
      example: component.example,
    },
  ]),
);

const COMPONENT_NAMES = Object.keys(COMPONENTS);
/** "LasMer, Faktaruta, Bild och Citat". */
const COMPONENT_LIST = `${COMPONENT_NAMES.slice(0, -1).join(', ')} och ${COMPONENT_NAMES.at(-1) ?? ''}`;

// What to write instead of the HTML tags editors most often reach for.
const HTML_INSTEAD: Record<string, string> = {
  img: 'Använd <Bild src="./bilder/foto.jpg" alt="…" /> i stället.',
  a: 'Skriv länken som [text](adress) i stället.',
  br: 'Börja ett nytt stycke med en tom rad i stället.',
  p: 'Skriv stycken som vanlig text med en tom rad emellan.',
  b: 'Skriv **fet text** i stället.',
  strong: 'Skriv **fet text** i stället.',
  i: 'Skriv *kursiv text* i stället.',
  em: 'Skriv *kursiv text* i stället.',
  blockquote: 'Använd <Citat>…</Citat> i stället.',
  ul: 'Skriv listan som rader som börjar med "– " i stället.',
  ol: 'Skriv listan som rader som börjar med "1. ", "2. " … i stället.',
  li: 'Skriv listan som rader som börjar med "– " i stället.',
  h1: 'Skriv mellanrubriker som ## Rubrik i stället.',
  h2: 'Skriv mellanrubriker som ## Rubrik i stället.',
  h3: 'Skriv mellanrubriker som ### Rubrik i stället.',
  iframe: 'Innehåll från andra webbplatser kan inte bäddas in; länka till det i stället.',
};

/** A link in the body; `component` names the tag when it is an `href` prop (`LasMer`). */
export type BodyLink = { url: string; line?: number; component?: string };
export type BodyImage = { src: string; line?: number };
export type BodyResult = { problems: LineMessage[]; links: BodyLink[]; images: BodyImage[] };

type Position = { start: { line: number } };

function lineOf(node: { position?: Position | undefined }): number | undefined {
  return node.position?.start.line;
}

/** Whether a component has something between its tags (text, or another component). */
function hasContent(node: Nodes): boolean {
  if (node.type === 'text') return node.value.trim() !== '';
  if (node.type === 'paragraph') return node.children.some(hasContent);
  return true;
}

/** The location in a message such as "… (1:1-1:23)", for errors that carry no position of their own. */
function lineInReason(reason: string): number | undefined {
  const match = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(reason);
  return match ? Number(match[1]) : undefined;
}

/** An MDX syntax error in an editor's words. Lines are already counted from the top of the file. */
export function syntaxProblem(error: unknown): LineMessage {
  if (!isRecord(error) || typeof error.reason !== 'string') {
    return { message: `texten kunde inte läsas som MDX (${error instanceof Error ? error.message : String(error)}).` };
  }
  const reason = error.reason;
  const line = typeof error.line === 'number' ? error.line : lineInReason(reason);
  const ruleId = typeof error.ruleId === 'string' ? error.ruleId : '';
  const source = typeof error.source === 'string' ? error.source : '';
  const say = (message: string, at: number | undefined = line): LineMessage => (at === undefined ? { message } : { line: at, message });

  let match = /^Expected a closing tag for `<([^>]*)>` \((\d+):/.exec(reason);
  if (match) {
    const name = match[1] ?? '';
    return say(`taggen <${name}> stängs aldrig. Avsluta med </${name}>, eller skriv <${name} … /> om den inte har något innehåll.`, Number(match[2]));
  }
  match = /^Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>` \((\d+):/.exec(reason);
  if (match) {
    return say(`</${match[1] ?? ''}> stänger fel tagg: <${match[2] ?? ''}> på rad ${match[3] ?? '?'} ska stängas först, med </${match[2] ?? ''}>.`);
  }
  if (ruleId === 'unexpected-closing-slash') return say('här finns en sluttagg (</…>) utan någon starttagg före.');
  if (ruleId === 'unexpected-character' && /`!`/.test(reason)) {
    return say('HTML-kommentarer (<!-- … -->) fungerar inte i MDX. Skriv en kommentar som {/* kommentar */} i stället.');
  }
  if (ruleId === 'unexpected-character' && /before name/.test(reason)) {
    return say('tecknet < läses som början på en komponent. Menar du tecknet mindre än, skriv \\< i stället.');
  }
  if (ruleId === 'unexpected-character' && /attribute value/.test(reason)) {
    return say('värdet på en egenskap i en komponent ska stå inom citattecken, t.ex. src="./bilder/foto.jpg".');
  }
  if (source.includes('mdx-expression')) {
    return say('klammerparenteser { } läses som kod i MDX. Menar du tecknen i texten, skriv \\{ och \\}. En kommentar skrivs {/* så här */}.');
  }
  if (ruleId === 'unexpected-eof' || ruleId === 'unexpected-lazy') {
    return say('en tagg (<…>) avslutas aldrig med >. Kontrollera att taggen är skriven hela och på rätt ställe.');
  }
  return say(`texten kunde inte läsas som MDX: ${reason}`);
}

function checkComponent(node: Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>, result: BodyResult): void {
  const line = lineOf(node);
  const say = (message: string): void => {
    result.problems.push(line === undefined ? { message } : { line, message });
  };
  const name = node.name;

  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== 'href' || typeof attribute.value !== 'string') continue;
    result.links.push({ url: attribute.value, line, component: name ?? '' });
  }

  if (name === null) return say(`tomma taggar <>…</> kan inte användas. Använd någon av komponenterna ${COMPONENT_LIST}, eller ta bort taggarna.`);
  if (name === 'script') return say('<script> är inte tillåtet: ett skript i en artikel skulle köras i varje läsares webbläsare. Ta bort det.');
  if (!/^[A-Z]/.test(name)) {
    const component = COMPONENT_NAMES.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    if (component) return say(`<${name}> ska skrivas <${component}>, med stora bokstäver på samma ställen.`);
    const instead = HTML_INSTEAD[name] ?? `Skriv vanlig text, eller använd någon av komponenterna ${COMPONENT_LIST}.`;
    return say(`HTML-taggen <${name}> kan inte användas i artiklar. ${instead}`);
  }
  const rule = COMPONENTS[name];
  if (!rule) {
    const suggestion = closestName(name, COMPONENT_NAMES);
    return say(`komponenten <${name}> finns inte. ${suggestion ? `Menade du <${suggestion}>? ` : ''}Komponenter som finns: ${COMPONENT_LIST}.`);
  }

  const seen = new Set<string>();
  const props = Object.keys(rule.props);
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      say(`<${name}> kan inte ta emot kod inom { }. Skriv egenskaperna som namn="värde", t.ex. ${rule.example}`);
      continue;
    }
    const prop = attribute.name;
    if (seen.has(prop)) say(`egenskapen "${prop}" står två gånger i <${name}>. Ta bort den ena.`);
    seen.add(prop);
    if (!(prop in rule.props)) {
      const suggestion = closestName(prop, props);
      const known = props.length > 0 ? `Egenskaper som finns: ${props.join(', ')}.` : '';
      say(`<${name}> har ingen egenskap "${prop}". ${suggestion ? `Menade du "${suggestion}"? ` : ''}${known}`.trim());
      continue;
    }
    const value = attribute.value;
    if (value === null || value === undefined) say(`egenskapen "${prop}" i <${name}> saknar värde. Skriv ${prop}="…".`);
    else if (typeof value !== 'string') say(`egenskapen "${prop}" i <${name}> ska skrivas inom citattecken, ${prop}="…", inte inom { }.`);
    else if (value.trim() === '' && rule.props[prop] === 'required') {
      say(name === 'Bild' && prop === 'alt' ? '<Bild> har en tom alt-text. Skriv i alt="…" vad bilden visar, för läsare som inte kan se den.' : `egenskapen "${prop}" i <${name}> är tom.`);
    } else if (name === 'Bild' && prop === 'src') result.images.push({ src: value, line });
  }
  for (const [prop, need] of Object.entries(rule.props)) {
    if (need !== 'required' || seen.has(prop)) continue;
    const what = name === 'Bild' && prop === 'alt' ? ' (alt-texten: vad bilden visar, för läsare som inte kan se den)' : '';
    say(`<${name}> saknar egenskapen "${prop}"${what}. Så här ser den ut: ${rule.example}`);
  }
  const content = node.children.some(hasContent);
  if (rule.children === 'required' && !content) say(`<${name}> har ingen text mellan <${name}> och </${name}>. Så här ser den ut: ${rule.example}`);
  if (rule.children === 'none' && content) say(`<${name}> ska inte ha något innehåll mellan taggarna. Skriv den som ${rule.example}`);
}

function walk(node: Nodes, result: BodyResult): void {
  const line = lineOf(node);
  const say = (message: string): void => {
    result.problems.push(line === undefined ? { message } : { line, message });
  };
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkComponent(node, result);
      break;
    case 'mdxjsEsm':
      say('rader som börjar med import eller export är kod och kan inte användas i artiklar. Ta bort raden: komponenterna finns redan utan import.');
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      // `{/* … */}` is how MDX writes a comment; any other expression is code.
      if ((node.data?.estree?.body.length ?? 0) > 0) {
        say('text inom klammerparenteser { } läses som kod och kan inte användas i artiklar. Menar du tecknen i texten, skriv \\{ och \\}.');
      }
      break;
    case 'image':
    case 'imageReference':
      say('bilder läggs in med <Bild src="./bilder/foto.jpg" alt="…" />, inte med ![…](…), så att bilden får rätt adress och storlek.');
      break;
    case 'link':
    case 'definition':
      result.links.push({ url: node.url, line });
      break;
    default:
      break;
  }
  if ('children' in node) for (const child of node.children) walk(child, result);
}

// The MDX syntax the build compiles (remark-mdx, the parser @mdx-js/mdx uses) with GitHub's
// additions. Every MDX syntax error is raised while parsing; what only compiling could refuse
// (imports, exports, code in { }, components that do not exist) the walk below reports itself.
// Parsing alone takes about a third of a compile: the check runs beside Contentlayer in the build.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/**
 * Reads the body as MDX, as the build does, and checks what it contains. The body is padded
 * with the frontmatter's lines so every position is a line of the file.
 */
export function checkBody(body: string, bodyFirstLine: number): BodyResult {
  const result: BodyResult = { problems: [], links: [], images: [] };
  let tree: Root;
  try {
    // remark-parse makes a Root; unified's types lose it once remark-gfm is in (as lib/mdx/markdown.ts).
    tree = parser.runSync(parser.parse('\n'.repeat(bodyFirstLine - 1) + body)) as Root;
  } catch (error) {
    result.problems.push(syntaxProblem(error));
    return result;
  }
  walk(tree, result);
  return result;
}

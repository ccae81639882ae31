import { parseMdx } from './markdown';

export const EXCERPT_WORDS = 30;
const WORDS_PER_MINUTE = 200;

// Nodes whose content a reader does not see as prose: code, the body's imports and JavaScript
// expressions (`{…}`; an escaped `\{` is text and stays), pictures, footnote markers, HTML.
const UNSEEN = new Set(['code', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'image', 'imageReference', 'footnoteReference', 'definition', 'html', 'yaml']);

// Nodes whose text stands apart from the next node's: a space keeps their words from running together.
const BLOCKS = new Set([
  'paragraph', 'heading', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell', 'thematicBreak', 'break',
  'footnoteDefinition', 'mdxJsxFlowElement',
]);

// A line a Swedish writer starts with an en dash is a list item whose dash is its marker, also
// where it stands alone and remark-en-dash-lists leaves it a paragraph.
const FIRST_LINE_DASH = /^[ \t]*–[ \t]+/;
const LATER_LINE_DASH = /\n[ \t]*–[ \t]+/g;

type Node = { type: string; value?: unknown; children?: Node[] };

function collect(node: Node, out: string[]): void {
  if (UNSEEN.has(node.type)) return;
  if (typeof node.value === 'string') out.push(node.value);
  else if (node.children) {
    node.children.forEach((child, index) => {
      if (node.type === 'paragraph' && child.type === 'text' && typeof child.value === 'string') {
        // Only a dash at the start of a line: one after bold text (`**Fet** – text`) stays.
        const value = index === 0 ? child.value.replace(FIRST_LINE_DASH, '') : child.value;
        out.push(value.replace(LATER_LINE_DASH, '\n'));
      } else collect(child, out);
    });
  }
  if (BLOCKS.has(node.type)) out.push(' ');
}

/**
 * The words a reader sees in a node of a body's tree: text, link text and what components wrap,
 * without markup, attributes, code or URLs of links, whitespace collapsed. Built by walking the
 * tree rather than with mdast-util-to-string, which runs paragraphs together ("slut.Början") and
 * keeps the source of `{…}` expressions.
 */
export function plainText(node: Node): string {
  const out: string[] = [];
  collect(node, out);
  return out.join('').replace(/\s+/g, ' ').trim();
}

// The excerpt, the description and the reading time each ask for the same body's text: it is
// kept beside the tree parseMdx keeps, and goes with it.
const textOfTree = new WeakMap<object, string>();

/** Reduces an MDX body to the words a reader sees: no markup, no components, no URLs. */
export function mdxToPlainText(source: string): string {
  const tree = parseMdx(source);
  let text = textOfTree.get(tree);
  if (text === undefined) {
    text = plainText(tree);
    textOfTree.set(tree, text);
  }
  return text;
}

export function countWords(text: string): number {
  const words = text.trim().split(/\s+/);
  return words[0] === '' ? 0 : words.length;
}

/** The first `limit` words of a text, ending in "…" when anything was cut. */
export function truncateWords(text: string, limit: number = EXCERPT_WORDS): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length <= limit) return words.join(' ');
  const kept = words.slice(0, limit).join(' ').replace(/[\s,;:.–—-]+$/u, '');
  return `${kept}…`;
}

export function readingMinutes(text: string): number {
  return Math.max(1, Math.ceil(countWords(text) / WORDS_PER_MINUTE));
}

import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';

// Swedish writers start list items with an en dash ("– Industri 4.0 – …"). Markdown reads such
// lines as one paragraph; this plugin turns two or more of them into a real list.
const DASH = /^–\s+/;

type Line = PhrasingContent[];

function splitLines(paragraph: Paragraph): Line[] {
  const lines: Line[] = [[]];
  for (const node of paragraph.children) {
    if (node.type !== 'text' || !node.value.includes('\n')) {
      lines[lines.length - 1]!.push(node);
      continue;
    }
    node.value.split('\n').forEach((piece, index) => {
      if (index > 0) lines.push([]);
      if (piece) lines[lines.length - 1]!.push({ type: 'text', value: piece });
    });
  }
  return lines.filter((line) => line.length > 0);
}

function startsWithDash(line: Line): boolean {
  const first = line[0];
  return first?.type === 'text' && DASH.test(first.value);
}

function withoutDash(line: Line): Line {
  const [first, ...rest] = line;
  if (first?.type !== 'text') return line;
  const value = first.value.replace(DASH, '');
  return value ? [{ type: 'text', value }, ...rest] : rest;
}

function dashLines(node: RootContent): Line[] | null {
  if (node.type !== 'paragraph') return null;
  const lines = splitLines(node);
  return lines.length > 0 && lines.every(startsWithDash) ? lines : null;
}

function toList(lines: Line[]): List {
  const items: ListItem[] = lines.map((line) => ({
    type: 'listItem',
    spread: false,
    children: [{ type: 'paragraph', children: withoutDash(line) }],
  }));
  return { type: 'list', ordered: false, spread: false, children: items, data: { hProperties: { className: ['dash-list'] } } };
}

export function convertEnDashLists(tree: { children: RootContent[] }): void {
  const result: RootContent[] = [];
  let run: Line[] = [];
  let runNodes: RootContent[] = [];
  const flush = () => {
    if (run.length >= 2) result.push(toList(run));
    else result.push(...runNodes);
    run = [];
    runNodes = [];
  };
  for (const node of tree.children) {
    const lines = dashLines(node);
    if (lines) {
      run.push(...lines);
      runNodes.push(node);
      continue;
    }
    flush();
    if ('children' in node && node.type === 'blockquote') convertEnDashLists(node);
    result.push(node);
  }
  flush();
  tree.children = result;
}

export default function remarkEnDashLists() {
  return (tree: Root) => convertEnDashLists(tree);
}

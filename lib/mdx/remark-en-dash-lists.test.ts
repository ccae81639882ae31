import type { List, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { convertEnDashLists } from './remark-en-dash-lists';

function convert(markdown: string): Root {
  const tree = fromMarkdown(markdown);
  convertEnDashLists(tree);
  return tree;
}

function itemTexts(list: List): string[] {
  return list.children.map((item) => {
    const paragraph = item.children[0];
    if (paragraph?.type !== 'paragraph') return '';
    return paragraph.children.map((node) => ('value' in node ? node.value : 'children' in node ? node.children.map((c) => ('value' in c ? c.value : '')).join('') : '')).join('');
  });
}

describe('convertEnDashLists', () => {
  it('turns lines that start with an en dash into a real list', () => {
    const tree = convert('Fyra områden:\n\n– Industri 4.0 – digitalisering\n– Hållbar produktion\n– Kunskapslyft industri\n– Testbädd Sverige\n\nSlut.');
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'list', 'paragraph']);
    expect(itemTexts(tree.children[1] as List)).toEqual(['Industri 4.0 – digitalisering', 'Hållbar produktion', 'Kunskapslyft industri', 'Testbädd Sverige']);
  });

  it('keeps bold lead-ins and links inside the items', () => {
    const tree = convert('– **Industriklivet** minskar utsläpp\n– [Kompetenslyftet](https://example.se) bygger kunskap');
    const list = tree.children[0] as List;
    expect(list.type).toBe('list');
    expect(itemTexts(list)).toEqual(['Industriklivet minskar utsläpp', 'Kompetenslyftet bygger kunskap']);
  });

  it('joins dash paragraphs separated by blank lines into one list', () => {
    const tree = convert('– Ett\n\n– Två\n\n– Tre');
    expect(tree.children).toHaveLength(1);
    expect(itemTexts(tree.children[0] as List)).toEqual(['Ett', 'Två', 'Tre']);
  });

  it('leaves a single dash line alone: a line of dialogue is not a list', () => {
    const tree = convert('– Det här är en replik, sa hon.');
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
  });

  it('leaves a paragraph alone when only some lines start with a dash', () => {
    const tree = convert('Vanlig rad\n– rad med streck');
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
  });
});

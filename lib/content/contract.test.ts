import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMdxComponents } from '../../components/article/mdx-components';
import { mdxWords } from '../../components/article/mdx-words';
import { Article, Author } from '../../contentlayer.config';
import { checkArticleFields, checkAuthorFields } from '../content-check/fields';
import { COMPONENTS as CHECKED_COMPONENTS } from '../content-check/mdx-body';
import { withFieldTable } from './content-md';
import { ARTICLE, AUTHOR, COMPONENTS, type Field } from './contract';

// Everything that states the content contract is made from lib/content/contract.ts; these tests
// show each derived copy says what the declaration says, and that CONTENT.md is up to date.

type ContentlayerField = { type: string; required?: boolean; of?: unknown };
type ContentlayerFields = Record<string, ContentlayerField>;

function fieldsOf(type: { def: () => { fields?: unknown } }): ContentlayerFields {
  return (type.def().fields ?? {}) as ContentlayerFields;
}

/** The fields of a nested type field (`image`). */
function nestedFields(field: ContentlayerField | undefined): ContentlayerFields {
  const of = field?.of as { def?: () => { fields?: unknown } } | undefined;
  return of?.def ? fieldsOf({ def: of.def }) : {};
}

const requiredIn = (fields: Readonly<Record<string, { required?: boolean }>>) => Object.keys(fields).filter((name) => fields[name]!.required === true);

/** The fields whose absence the check reports as `fältet "…" saknas` (or the portrait's own message). */
function missingReported(problems: { message: string }[]): string[] {
  return problems.flatMap((problem) => /^fältet "(\w+)"(?: \([^)]*\))? saknas/.exec(problem.message)?.[1] ?? []).sort();
}

describe('the content contract', () => {
  it('is what Contentlayer reads: the same fields, types and required fields', () => {
    const contentlayerType: Record<Field['type'], string> = { text: 'string', date: 'string', boolean: 'boolean', 'text-list': 'list', image: 'nested' };
    for (const [documentType, contract] of [
      [Article, ARTICLE],
      [Author, AUTHOR],
    ] as const) {
      const fields = fieldsOf(documentType);
      expect(Object.keys(fields)).toEqual(Object.keys(contract));
      for (const [name, field] of Object.entries(contract) as [string, Field][]) {
        expect(fields[name]?.type).toBe(contentlayerType[field.type]);
        expect(fields[name]?.required).toBe(field.required);
        if (field.fields) {
          expect(Object.keys(nestedFields(fields[name]))).toEqual(Object.keys(field.fields));
          expect(requiredIn(nestedFields(fields[name]))).toEqual(requiredIn(field.fields));
        }
      }
    }
  });

  it('is what the check requires: a file without fields is told each required field is missing', () => {
    const article = checkArticleFields([], { locale: 'sv', authorExample: 'johan-genneby' });
    expect(missingReported(article.problems)).toEqual(requiredIn(ARTICLE).sort());
    const author = checkAuthorFields([]);
    expect(missingReported(author.problems)).toEqual(requiredIn(AUTHOR).sort());
  });

  it('is what the check and the article know of components: the same names and props', () => {
    const rendered = createMdxComponents({ words: mdxWords('sv'), Link: () => null, Image: () => null, images: {} });
    const components = Object.keys(rendered).filter((name) => /^[A-Z]/.test(name));
    expect(components.sort()).toEqual(Object.keys(COMPONENTS).sort());
    for (const [name, component] of Object.entries(COMPONENTS)) {
      const checked = CHECKED_COMPONENTS[name];
      expect(Object.keys(checked?.props ?? {})).toEqual(Object.keys(component.props));
      expect(Object.entries(checked?.props ?? {}).filter(([, need]) => need === 'required').map(([prop]) => prop)).toEqual(requiredIn(component.props));
    }
  });

  it('is what CONTENT.md says: its field table is the one the contract makes (npm run docs:content)', () => {
    const text = fs.readFileSync(path.resolve(import.meta.dirname, '../../CONTENT.md'), 'utf8');
    expect(text).toBe(withFieldTable(text));
    for (const name of Object.keys(COMPONENTS)) expect(text).toContain(`<${name}`);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMdxComponents } from '../../components/article/mdx-components';
import { mdxWords } from '../../components/article/mdx-words';
import { Article, Author } from '../../contentlayer.config';
import { ARTICLE_FIELDS, ARTICLE_IMAGE_FIELDS, AUTHOR_FIELDS, checkArticleFields, PORTRAIT_FIELDS } from './fields';
import { COMPONENTS } from './mdx-body';

// The content contract is still written in four places (Contentlayer's document types, the
// checker's field rules, the components' props, CONTENT.md's table); until it is one
// declaration, this test makes them agree: a field added to one and not the others fails here.

type Field = { type: string; required?: boolean; of?: unknown };
type Fields = Record<string, Field>;

function fieldsOf(type: { def: () => { fields?: unknown } }): Fields {
  return (type.def().fields ?? {}) as Fields;
}

/** The fields of a nested type field (`image`). */
function nestedFields(field: Field | undefined): Fields {
  const of = field?.of as { def?: () => { fields?: unknown } } | undefined;
  return of?.def ? fieldsOf({ def: of.def }) : {};
}

const required = (fields: Fields) => Object.keys(fields).filter((name) => fields[name]!.required === true);

/** CONTENT.md's field table: each row's field (`image → src` for sub-fields) and its "Måste finnas?" cell. */
function documentedFields(): { name: string; mustExist: string }[] {
  const text = fs.readFileSync(path.resolve(import.meta.dirname, '../../CONTENT.md'), 'utf8');
  const section = text.slice(text.indexOf('## Fälten överst i filen'), text.indexOf('## Adresser är permanenta'));
  return [...section.matchAll(/^\| `(\w+)`(?: → `(\w+)`)? \| ([^|]+) \|/gm)].map((match) => ({
    name: match[2] ? `${match[1]}.${match[2]}` : match[1]!,
    mustExist: match[3]!.trim(),
  }));
}

describe('the content contract', () => {
  const article = fieldsOf(Article);
  const image = nestedFields(article.image);

  it('has the same article fields in Contentlayer, the checker and CONTENT.md', () => {
    expect(Object.keys(article)).toEqual([...ARTICLE_FIELDS]);
    expect(Object.keys(image)).toEqual([...ARTICLE_IMAGE_FIELDS]);
    const documented = documentedFields().map((field) => field.name);
    expect(documented).toEqual([...ARTICLE_FIELDS.flatMap((name) => (name === 'image' ? ['image', ...ARTICLE_IMAGE_FIELDS.map((sub) => `image.${sub}`)] : [name]))]);
  });

  it('requires the same fields everywhere: Contentlayer, the checker (in its messages) and CONTENT.md', () => {
    const { problems } = checkArticleFields([], { locale: 'sv', authorExample: 'johan-genneby' });
    const missing = problems.flatMap((problem) => /^fältet "(\w+)" saknas/.exec(problem.message)?.[1] ?? []);
    expect(missing.sort()).toEqual(required(article).sort());
    const documented = documentedFields();
    expect(documented.filter((field) => field.mustExist === 'ja').map((field) => field.name).sort()).toEqual(required(article).sort());
    expect(documented.filter((field) => field.mustExist === 'ja, om `image` finns').map((field) => field.name.replace('image.', '')).sort()).toEqual(required(image).sort());
  });

  it('has the same author fields in Contentlayer and the checker', () => {
    const author = fieldsOf(Author);
    expect(Object.keys(author)).toEqual([...AUTHOR_FIELDS]);
    expect(Object.keys(nestedFields(author.image))).toEqual([...PORTRAIT_FIELDS]);
  });

  it('knows the components the article renders, and CONTENT.md names each', () => {
    const rendered = createMdxComponents({ words: mdxWords('sv'), Link: () => null, Image: () => null, images: {} });
    const components = Object.keys(rendered).filter((name) => /^[A-Z]/.test(name));
    expect(Object.keys(COMPONENTS).sort()).toEqual(components.sort());
    const text = fs.readFileSync(path.resolve(import.meta.dirname, '../../CONTENT.md'), 'utf8');
    for (const name of components) expect(text).toContain(`<${name}`);
  });
});

import { describe, expect, it } from 'vitest';
import { ARTICLE_FIELDS } from './fields';
import { COMPONENTS } from './mdx-body';
import { closestName, editDistance } from './suggest';

describe('editDistance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('date', 'date')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('closestName', () => {
  it('suggests the field an editor most likely meant', () => {
    expect(closestName('titel', ARTICLE_FIELDS)).toBe('title');
    expect(closestName('Title', ARTICLE_FIELDS)).toBe('title');
    expect(closestName('auther', ARTICLE_FIELDS)).toBe('author');
    expect(closestName('translationof', ARTICLE_FIELDS)).toBe('translationOf');
  });

  it('understands Swedish field names through synonyms', () => {
    expect(closestName('datum', ARTICLE_FIELDS, { datum: 'date' })).toBe('date');
  });

  it('suggests nothing when nothing is close', () => {
    expect(closestName('färg', ARTICLE_FIELDS)).toBeUndefined();
  });

  it('suggests a component for a misspelt one', () => {
    expect(closestName('Faktarutan', Object.keys(COMPONENTS))).toBe('Faktaruta');
    expect(closestName('Lasmer', Object.keys(COMPONENTS))).toBe('LasMer');
  });
});

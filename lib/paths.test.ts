import { describe, expect, it } from 'vitest';
import { localePath } from './paths';

describe('localePath', () => {
  it('serves Swedish without a prefix and English under /en with translated path words', () => {
    expect(localePath('sv', '/')).toBe('/');
    expect(localePath('en', '/')).toBe('/en');
    expect(localePath('sv', '/artiklar/[slug]', { params: { slug: 'nya-satsningar-pa-smart-industri' } })).toBe('/artiklar/nya-satsningar-pa-smart-industri');
    expect(localePath('en', '/artiklar/[slug]', { params: { slug: 'x' } })).toBe('/en/articles/x');
    expect(localePath('sv', '/artiklar/sida/[page]', { params: { page: 2 } })).toBe('/artiklar/sida/2');
    expect(localePath('en', '/artiklar/sida/[page]', { params: { page: 2 } })).toBe('/en/articles/page/2');
    expect(localePath('sv', '/amnen')).toBe('/amnen');
    expect(localePath('en', '/skribenter/[slug]', { params: { slug: 'johan-genneby' } })).toBe('/en/authors/johan-genneby');
    expect(localePath('en', '/tillganglighet')).toBe('/en/accessibility');
    expect(localePath('en', '/sok')).toBe('/en/search');
  });
});

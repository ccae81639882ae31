import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it('transliterates å, ä and ö in a Swedish title', () => {
    expect(slugify('Nya satsningar på Smart industri')).toBe('nya-satsningar-pa-smart-industri');
    expect(slugify('Stort intresse för AI – Stockholm i täten')).toBe('stort-intresse-for-ai-stockholm-i-taten');
    expect(slugify('ÅÄÖ åäö')).toBe('aao-aao');
  });

  it('drops accents such as é and ü', () => {
    expect(slugify('Café på Söder')).toBe('cafe-pa-soder');
    expect(slugify('Müller och Øresund')).toBe('muller-och-oresund');
  });

  it('turns punctuation into single hyphens, none repeated or trailing', () => {
    expect(slugify('Vad hindrar innovationen i livsmedelsbranschen?')).toBe('vad-hindrar-innovationen-i-livsmedelsbranschen');
    expect(slugify('  Industri 4.0 -- nu!  ')).toBe('industri-4-0-nu');
    expect(slugify('---Hej---då---')).toBe('hej-da');
    expect(slugify('”Citat”, kolon: och (parentes)')).toBe('citat-kolon-och-parentes');
  });

  it('writes an ampersand as "och", so a tag like "Forskning & utveckling" gets a readable slug', () => {
    expect(slugify('Forskning & utveckling')).toBe('forskning-och-utveckling');
  });

  it('writes an ampersand as "and" in an English title', () => {
    expect(slugify('R&D in the Stockholm region', 'en')).toBe('r-and-d-in-the-stockholm-region');
    expect(slugify('FoU & innovation', 'sv')).toBe('fou-och-innovation');
  });

  it('gives an empty slug for text without letters or digits', () => {
    expect(slugify('–––')).toBe('');
  });
});

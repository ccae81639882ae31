import { describe, expect, it } from 'vitest';
import { articleCounterpart, prerenderedArticleSlugs, articlesByAuthor, getArchiveYear, getArchiveYears, getArticle, groupByMonth, getArticles, getTopic, getTopics, relatedArticles } from './articles';

// Runs against the tests' own site, test/fixtures/site/ (12 Swedish articles, 2 translations), as
// Contentlayer generated it for the unit tests (test/global-setup.ts): never against content/.
const SMART = 'nya-satsningar-pa-smart-industri';
const SMART_EN = 'new-initiatives-for-smart-industry';

function found(lookup: ReturnType<typeof getArticle>) {
  if (!lookup || !('article' in lookup)) throw new Error(`expected an article, got ${JSON.stringify(lookup)}`);
  return lookup.article;
}

describe('the content gateway', () => {
  it('lists the published Swedish articles newest first, same-day ones by title', () => {
    const articles = getArticles('sv');
    expect(articles).toHaveLength(12);
    expect(articles[0]?.urlSlug).toBe('vad-hindrar-innovationen-i-livsmedelsbranschen');
    const march8 = articles.filter((article) => article.date.startsWith('2018-03-07T23'));
    expect(march8.map((article) => article.title)).toEqual(['Nya satsningar på Smart industri', 'Svårt att hitta rätt kompetens i innovativ industri']);
  });

  it('hides articles whose date has not come: a future date schedules an article', () => {
    const before = getArticles('sv', Date.parse('2018-03-08T12:00:00+01:00'));
    expect(before.map((article) => article.urlSlug)).toContain(SMART);
    expect(before.map((article) => article.urlSlug)).not.toContain('regional-samverkan-i-europa-genom-projektet-higher');
    expect(getArticle('sv', 'regional-samverkan-i-europa-genom-projektet-higher', Date.parse('2018-03-10'))).toBeNull();
    expect(getArticles('sv', Date.parse('2017-01-01'))).toEqual([]);
  });

  it('works a list out once while the same articles are published, and again when the clock passes a date', () => {
    const higher = 'regional-samverkan-i-europa-genom-projektet-higher';
    const published = Date.parse(found(getArticle('sv', higher)).date);
    const slugs = (now: number) => getArticles('sv', now).map((article) => article.urlSlug);
    expect(slugs(published - 1)).not.toContain(higher);
    expect(slugs(published)).toContain(higher);
    // Back before the date (a test may ask about any moment): no list from later leaks in.
    expect(slugs(published - 1)).not.toContain(higher);
    expect(getTopics('sv', published - 1).reduce((sum, topic) => sum + topic.count, 0)).toBeLessThan(getTopics('sv', published).reduce((sum, topic) => sum + topic.count, 0));
    // Within one set of published articles the same list is handed out, not rebuilt.
    expect(getArticles('sv', published + 1)).toBe(getArticles('sv', published));
  });

  it('lists every article in English, translations in place of their originals', () => {
    const english = getArticles('en');
    expect(english).toHaveLength(12);
    expect(english.filter((article) => article.locale === 'en').map((article) => article.urlSlug).sort()).toEqual(['great-interest-in-ai-stockholm-leads-the-way', SMART_EN]);
    expect(english.map((article) => article.urlSlug)).not.toContain(SMART);
  });

  it('finds articles by slug in each interface, and leads a translated Swedish slug under /en to its translation', () => {
    expect(found(getArticle('sv', SMART)).title).toBe('Nya satsningar på Smart industri');
    expect(found(getArticle('en', SMART_EN)).locale).toBe('en');
    expect(getArticle('en', SMART)).toEqual({ redirectTo: `/en/articles/${SMART_EN}` });
    expect(found(getArticle('en', 'eu-satsning-pa-testmiljoer-i-stockholm')).locale).toBe('sv');
    expect(getArticle('sv', SMART_EN)).toBeNull();
    expect(getArticle('sv', 'finns-inte')).toBeNull();
    expect(prerenderedArticleSlugs('en')).toEqual(expect.arrayContaining(['great-interest-in-ai-stockholm-leads-the-way', SMART_EN, SMART, 'eu-satsning-pa-testmiljoer-i-stockholm']));
    // 2 translations and the Swedish slugs leading to them, 10 untranslated copies, 3 old addresses.
    expect(prerenderedArticleSlugs('en')).toHaveLength(17);
    expect(prerenderedArticleSlugs('sv')).toHaveLength(14);
  });

  it('leads an earlier address of a renamed article (redirectFrom) to its current one, in both interfaces', () => {
    expect(getArticle('sv', 'stort-intresse-for-ai')).toEqual({ redirectTo: '/artiklar/stort-intresse-for-ai-stockholm-i-taten' });
    // Under /en an old Swedish slug leads where the current one does: the translation.
    expect(getArticle('en', 'stort-intresse-for-ai')).toEqual({ redirectTo: '/en/articles/great-interest-in-ai-stockholm-leads-the-way' });
    expect(getArticle('en', 'great-interest-in-ai')).toEqual({ redirectTo: '/en/articles/great-interest-in-ai-stockholm-leads-the-way' });
    expect(getArticle('en', 'eu-satsning-pa-testmiljoer')).toEqual({ redirectTo: '/en/articles/eu-satsning-pa-testmiljoer-i-stockholm' });
    // A translation's old slug is no Swedish address.
    expect(getArticle('sv', 'great-interest-in-ai')).toBeNull();
    // Before the article is published its old address leads nowhere either.
    expect(getArticle('sv', 'stort-intresse-for-ai', Date.parse('2018-01-01'))).toBeNull();
    expect(prerenderedArticleSlugs('sv')).toEqual(expect.arrayContaining(['stort-intresse-for-ai', 'eu-satsning-pa-testmiljoer']));
    expect(prerenderedArticleSlugs('en')).toEqual(expect.arrayContaining(['great-interest-in-ai', 'stort-intresse-for-ai', 'eu-satsning-pa-testmiljoer']));
    // The listings know only the current addresses.
    expect(getArticles('sv').map((article) => article.urlSlug)).not.toContain('stort-intresse-for-ai');
  });

  it('names the counterpart in the other language, and whether it is a real translation', () => {
    expect(articleCounterpart('sv', found(getArticle('sv', SMART)))).toEqual({ locale: 'en', path: `/en/articles/${SMART_EN}`, translated: true });
    expect(articleCounterpart('en', found(getArticle('en', SMART_EN)))).toEqual({ locale: 'sv', path: `/artiklar/${SMART}`, translated: true });
    const untranslated = found(getArticle('sv', 'eu-satsning-pa-testmiljoer-i-stockholm'));
    expect(articleCounterpart('sv', untranslated)).toEqual({ locale: 'en', path: '/en/articles/eu-satsning-pa-testmiljoer-i-stockholm', translated: false });
    expect(articleCounterpart('en', untranslated)).toEqual({ locale: 'sv', path: '/artiklar/eu-satsning-pa-testmiljoer-i-stockholm', translated: false });
  });

  it('relates ten articles, never the article itself nor its translation, shared topics first', () => {
    const smart = found(getArticle('sv', SMART));
    const related = relatedArticles('sv', smart);
    expect(related).toHaveLength(10);
    expect(related.map((article) => article.urlSlug)).not.toContain(SMART);
    const shared = related.map((article) => article.tags.filter((tag) => smart.tags.includes(tag)).length);
    expect([...shared].sort((a, b) => b - a)).toEqual(shared);
    const english = relatedArticles('en', found(getArticle('en', SMART_EN)));
    expect(english.map((article) => article.urlSlug)).not.toContain(SMART);
    expect(english.map((article) => article.urlSlug)).not.toContain(SMART_EN);
  });

  it('lists topics in Swedish order with counts, and a topic with an ampersand by its slug', () => {
    const topics = getTopics('sv');
    expect(topics.map((topic) => topic.name)).toEqual([...topics.map((topic) => topic.name)].sort(new Intl.Collator('sv').compare));
    expect(topics.find((topic) => topic.name === 'Smart industri')?.count).toBe(4);
    expect(getTopic('sv', 'forskning-och-utveckling')?.articles).toHaveLength(2);
    expect(getTopic('sv', 'finns-inte')).toBeNull();
  });

  it('splits the archive by Stockholm year, newest first, and a year by month', () => {
    const years = getArchiveYears('sv');
    expect(years.map((entry) => [entry.year, entry.articles.length])).toEqual([
      ['2018', 11],
      ['2017', 1],
    ]);
    const months = groupByMonth(getArchiveYear('sv', '2018')!.articles);
    expect(months.map((month) => month.key)).toEqual(['2018-10', '2018-09', '2018-08', '2018-06', '2018-05', '2018-03', '2018-02']);
    expect(months.find((month) => month.key === '2018-03')?.articles).toHaveLength(4);
    // The English interface lists every article too: the same years.
    expect(getArchiveYears('en').map((entry) => entry.articles.length)).toEqual([11, 1]);
    expect(getArchiveYear('sv', '2016')).toBeNull();
    expect(getArchiveYear('sv', '2017')!.articles.map((article) => article.urlSlug)).toEqual(['eu-satsning-pa-testmiljoer-i-stockholm']);
  });

  it('lists an author’s articles newest first, in both interfaces', () => {
    const swedish = articlesByAuthor('sv', 'johan-genneby');
    expect(swedish).toEqual(getArticles('sv'));
    expect(articlesByAuthor('en', 'johan-genneby')).toHaveLength(12);
    expect(articlesByAuthor('sv', 'finns-inte')).toEqual([]);
  });
});

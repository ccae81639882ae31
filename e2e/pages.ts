/** One page of every type, in both languages, for sweeps across the site. */
export const PAGE_TYPES: { name: string; sv: string; en: string }[] = [
  { name: 'front page', sv: '/', en: '/en' },
  { name: 'all articles', sv: '/artiklar', en: '/en/articles' },
  { name: 'all articles, page 2', sv: '/artiklar/sida/2', en: '/en/articles/page/2' },
  { name: 'article', sv: '/artiklar/nya-satsningar-pa-smart-industri', en: '/en/articles/new-initiatives-for-smart-industry' },
  { name: 'article with lead image', sv: '/artiklar/dataspel-i-byggbranschen-och-ren-luft-till-salu', en: '/en/articles/dataspel-i-byggbranschen-och-ren-luft-till-salu' },
  { name: 'topics', sv: '/amnen', en: '/en/topics' },
  { name: 'topic', sv: '/amnen/smart-industri', en: '/en/topics/smart-industri' },
  { name: 'authors', sv: '/skribenter', en: '/en/authors' },
  { name: 'author', sv: '/skribenter/johan-genneby', en: '/en/authors/johan-genneby' },
  { name: 'author, page 2', sv: '/skribenter/johan-genneby/sida/2', en: '/en/authors/johan-genneby/page/2' },
  { name: 'archive', sv: '/arkiv', en: '/en/archive' },
  { name: 'archive year', sv: '/arkiv/2018', en: '/en/archive/2018' },
  { name: 'search', sv: '/sok?q=robotisering', en: '/en/search?q=robotisation' },
  { name: 'accessibility statement', sv: '/tillganglighet', en: '/en/accessibility' },
  { name: '404', sv: '/artiklar/finns-inte', en: '/en/articles/does-not-exist' },
];

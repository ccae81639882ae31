// Types for corpus.mjs, so the unit test (TypeScript, checked by `npm run typecheck`) can import it.
export declare const DEFAULT_SEED: number;
export declare const AUTHOR: string;
export declare const TOPICS: readonly string[];

export type Random = {
  next: () => number;
  int: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(list: readonly T[]) => T;
  sample: <T>(list: readonly T[], count: number) => T[];
  triangular: (min: number, mode: number, max: number) => number;
};

export type CorpusArticle = {
  /** Path inside the corpus folder: `artiklar/<slug>.mdx`. */
  file: string;
  slug: string;
  title: string;
  /** As written in the frontmatter: `2019-09-02` or `2019-09-02T09:30:00+02:00`. */
  date: string;
  tags: string[];
  /** Words a reader sees in the body. */
  words: number;
  /** The whole MDX file. */
  source: string;
};

export declare function createRandom(seed: number): Random;
export declare function slugify(text: string): string;
export declare function countBodyWords(body: string): number;
export declare function generateCorpus(options: { count: number; seed?: number }): CorpusArticle[];
export declare function writeCorpus(dir: string, articles: CorpusArticle[], authorsDir: string): void;

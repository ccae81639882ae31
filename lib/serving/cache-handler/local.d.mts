export declare function synchronousReads<T extends object>(cacheFs: T): T & { readFile: (file: string, encoding?: BufferEncoding) => Promise<string | Buffer>; stat: (file: string) => Promise<import('node:fs').Stats> };
export default class LocalCacheHandler {
  constructor(context: unknown);
}

import type { IncomingMessage, ServerResponse } from 'node:http';

export declare const DEFAULT_ANSWER_BYTES: number;
export declare function cacheChanged(): void;
export declare function cacheWritten(key: string): void;
export declare function cacheRead(key: string): void;
export declare function sitemapPaths(xml: string): { path: string; modified: number }[];
export declare function keepWarm(options: { origin: string; answers: Answers; prerendered?: Set<string> | null; log?: (line: string) => void; delayMs?: number }): { stop(): void };
export declare function readPrerenderedPaths(file: string): Set<string> | null;
export declare function askable(request: IncomingMessage): boolean;
export declare function keepable(statusCode: number, headers: Record<string, string | string[] | number | undefined>): boolean;
export type Answer = { headers: Record<string, string | string[]>; gzip: Buffer; length: number | undefined; bytes: number; keys: string[] };
export declare class Answers {
  constructor(maxBytes?: number);
  maxBytes: number;
  bytes: number;
  generation: number;
  hits: number;
  kept: number;
  entries: Map<string, Answer>;
  readonly full: boolean;
  get(url: string): Answer | undefined;
  delete(url: string): void;
  set(url: string, answer: Answer, generationAtStart: number, writesAtStart?: number): boolean;
  static now(): { generation: number; writes: number };
}
export declare function rememberAnswers(
  handler: (request: IncomingMessage, response: ServerResponse) => unknown,
  options?: { answers?: Answers },
): (request: IncomingMessage, response: ServerResponse) => unknown;

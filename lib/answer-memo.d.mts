import type { IncomingMessage, ServerResponse } from 'node:http';

export declare const DEFAULT_ANSWER_BYTES: number;
export declare function cacheChanged(): void;
export declare function askable(request: IncomingMessage): boolean;
export declare function keepable(statusCode: number, headers: Record<string, string | string[] | number | undefined>): boolean;
export type Answer = { headers: Record<string, string | string[]>; gzip: Buffer; length: number | undefined; bytes: number };
export declare class Answers {
  constructor(maxBytes?: number);
  maxBytes: number;
  bytes: number;
  generation: number;
  hits: number;
  kept: number;
  get(url: string): Answer | undefined;
  set(url: string, answer: Answer, generationAtStart: number): void;
}
export declare function rememberAnswers(
  handler: (request: IncomingMessage, response: ServerResponse) => unknown,
  options?: { answers?: Answers },
): (request: IncomingMessage, response: ServerResponse) => unknown;

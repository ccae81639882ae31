import type { IncomingMessage, ServerResponse } from 'node:http';

export declare const DEFAULT_MEMO_BYTES: number;
export declare function addVary(current: string | string[] | number | undefined): string;
export declare function acceptsGzip(header: string | undefined): boolean;
export declare class CompressedBodies {
  constructor(maxBytes?: number);
  maxBytes: number;
  bytes: number;
  hits: number;
  misses: number;
  gzip(body: Buffer): Buffer;
}
export declare function compressOnce(
  handler: (request: IncomingMessage, response: ServerResponse) => unknown,
  options?: { bodies?: CompressedBodies },
): (request: IncomingMessage, response: ServerResponse) => unknown;
export declare function writeArgs(chunk?: unknown, encoding?: unknown, callback?: unknown): { chunk: unknown; encoding: BufferEncoding | undefined; callback: (() => void) | undefined };
export declare function ownBytes(buffer: Buffer): Buffer;
export declare function toBuffer(chunk: unknown, encoding?: BufferEncoding): Buffer | null;
export declare function adoptWriteHead(response: ServerResponse, statusCode: number, rest: unknown[]): boolean;

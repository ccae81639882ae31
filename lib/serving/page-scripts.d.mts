export declare const keepScripts: Readonly<{ 'data-page-scripts': 'keep' }>;
export declare const KEEP_SCRIPTS_ATTRIBUTE: string;
export declare function withoutRuntime<T>(html: T): T;
export declare function servedEntry<T>(entry: T): T;
export declare function storedValue<T>(value: T): T;
export declare function rendersWithoutRuntime(
  handler: (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => unknown,
  options?: { notFoundPage?: (url: string) => Promise<string> },
): (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => unknown;

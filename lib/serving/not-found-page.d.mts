export declare const NOT_FOUND_PAGE_WORD: string;
export declare const NOT_FOUND_REQUEST_HEADER: string;
export declare function isEnglishAddress(url: string): boolean;
export declare function notFoundPagePath(url: string): string;
export declare function asksForNotFoundPage(url: string): boolean;
export declare function fetchNotFoundPage(origin: string, url: string): Promise<string>;
export declare function keptPerLanguage(read: (url: string) => Promise<string>): (url: string) => Promise<string>;

export declare function stripBuiltPages(appDir: string, progress?: { onStart?: (pages: number) => void; onPage?: () => void }): { pages: number; stripped: number; bytesBefore: number; bytesAfter: number; served: string[] };
export declare function prerenderedStatus(htmlFile: string): number;

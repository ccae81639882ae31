export declare function stripBuiltPages(appDir: string, options?: { progress?: (pages: number) => { tick: () => void } }): { pages: number; stripped: number; bytesBefore: number; bytesAfter: number; served: string[] };
export declare function prerenderedStatus(htmlFile: string): number;

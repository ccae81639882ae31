export declare function stripBuiltPages(appDir: string): { pages: number; stripped: number; bytesBefore: number; bytesAfter: number; served: string[] };
export declare function prerenderedStatus(htmlFile: string): number;

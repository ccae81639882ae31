export declare const distDir: string;
export declare const contentSnapshotDir: string;
export declare const searchIndexDir: string;
export declare const articleBodiesDir: string;
export declare function articleBodyFile(id: string): string;
export declare const prerenderedPathsFile: string;

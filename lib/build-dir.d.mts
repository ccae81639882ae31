export declare const distDir: string;
export declare const contentSnapshotDir: string;
export declare const searchIndexDir: string;

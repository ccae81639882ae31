export declare function bodyStoreDir(contentlayerDir: string): string;
export declare function storeBody(contentlayerDir: string, code: Uint8Array): Promise<string>;
export declare function resolveBodyCode(code: string, contentlayerDir: string, documentPath: string): string;

export declare function generatedDir(workspace: string): string;
export declare function generateContent(options: { contentDir: string; workspace: string }): string;

export function formatDuration(ms: number): string;
export function createProgress(options: { label: string; unit: string; total: number; everyMs?: number; write?: (line: string) => void; now?: () => number }): { tick(count?: number): void; readonly done: number };

export type Status = 'pass' | 'fail' | 'not measured' | '';
export type Row = { section: string; figure: string; value: string; budget: string; status: Status };
export function readBudgets(file: string): Record<string, any>;
export function evaluate(budgets: Record<string, any>, results: Record<string, unknown>): Row[];
export function toMarkdown(results: Record<string, unknown>, rows: Row[]): string;
export function writeReports(dir: string, results: Record<string, unknown>, rows: Row[], markdown: string): { json: string; latestJson: string; latestMd: string };

/** A message about one line of a file (or the whole file when `line` is missing). */
export type LineMessage = { line?: number; message: string };

/** One thing an editor must fix: the file (relative to the content folder), the line, what is wrong. */
export type Problem = LineMessage & { file: string };

/**
 * The content folder as the checker sees it. The runner reads it from disk; keeping the checker
 * behind this shape lets it stay free of file-system calls.
 */
export type ContentSource = {
  /** Every file in the folder, as `/`-separated paths relative to it, hidden files left out. */
  files: readonly string[];
  readText(file: string): string;
  readBytes(file: string): Uint8Array;
};

export type ContentCounts = { articles: number; translations: number; authors: number; drafts: number; scheduled: number };

export type CheckResult = {
  problems: Problem[];
  counts: ContentCounts;
  /** The list of published addresses as it should now read, and the addresses it does not list yet. */
  addresses: { ledger: string; changed: boolean; unrecorded: string[] };
};

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

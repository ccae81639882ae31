import { LEDGER_FILE } from './address-ledger';
import type { CheckResult, ContentCounts, Problem } from './problem';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The one line a clean check prints: `Innehållet är i ordning: 11 artiklar, 2 översättningar, 1 skribent.` */
export function summaryLine(counts: ContentCounts): string {
  const parts = [count(counts.articles, 'artikel', 'artiklar'), count(counts.translations, 'översättning', 'översättningar'), count(counts.authors, 'skribent', 'skribenter')];
  const waiting = [counts.drafts > 0 ? count(counts.drafts, 'utkast', 'utkast') : '', counts.scheduled > 0 ? count(counts.scheduled, 'schemalagd', 'schemalagda') : ''].filter(Boolean);
  const later = waiting.length > 0 ? ` Ännu inte publicerade: ${waiting.join(' och ')}.` : '';
  return `Innehållet är i ordning: ${parts.join(', ')}.${later}`;
}

/** `content/artiklar/x.mdx:3 – fältet "titel" är okänt. Menade du "title"?` */
export function formatProblem(problem: Problem, displayPath: (file: string) => string): string {
  const where = problem.line === undefined ? displayPath(problem.file) : `${displayPath(problem.file)}:${problem.line}`;
  return `${where} – ${problem.message}`;
}

/**
 * Every problem, grouped by file (files in path order, problems by line, whole-file problems
 * first), a blank line between files, then the count.
 */
export function formatProblems(problems: readonly Problem[], displayPath: (file: string) => string): string {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const files = [...byFile.keys()].sort();
  const blocks = files.map((file) =>
    (byFile.get(file) ?? [])
      .map((problem, order) => ({ problem, order }))
      .sort((a, b) => (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.order - b.order)
      .map(({ problem }) => formatProblem(problem, displayPath))
      .join('\n'),
  );
  const total = `${count(problems.length, 'problem', 'problem')} i ${count(files.length, 'fil', 'filer')} hittades. Inget publiceras förrän ${problems.length === 1 ? 'det är rättat' : 'de är rättade'}.`;
  return `${blocks.join('\n\n')}\n\n${total}`;
}

/** What the command prints: the summary on success, else every problem. */
export function formatResult(result: CheckResult, displayPath: (file: string) => string): { ok: boolean; text: string } {
  if (result.problems.length === 0) return { ok: true, text: summaryLine(result.counts) };
  return { ok: false, text: formatProblems(result.problems, displayPath) };
}

/** A workflow command's data and property values, escaped as GitHub Actions reads them. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Every problem as a GitHub Actions annotation (`::error file=…,line=…::…`), one a line, so the
 * pull request shows it on the file and line to fix; an address the list of published addresses
 * lacks becomes a warning on that list.
 */
export function annotations(result: CheckResult, displayPath: (file: string) => string): string {
  const errors = result.problems.map((problem) => {
    const where = [`file=${escapeProperty(displayPath(problem.file))}`, ...(problem.line === undefined ? [] : [`line=${problem.line}`])].join(',');
    return `::error ${where}::${escapeData(problem.message)}\n`;
  });
  const warnings =
    result.problems.length === 0 && result.addresses.unrecorded.length > 0
      ? [`::warning file=${escapeProperty(displayPath(LEDGER_FILE))}::${escapeData(`Adresslistan saknar ${result.addresses.unrecorded.join(', ')}. Kör npm run check:content och checka in filen.`)}\n`]
      : [];
  return [...errors, ...warnings].join('');
}

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from './check-content';
import type { ContentSource } from './problem';
import { LEDGER_FILE } from './address-ledger';
import { annotations, formatResult } from './report';

/** Reads a content folder from disk; hidden files (.DS_Store, editor swap files) are not content. */
export function readContentSource(dir: string): ContentSource {
  const files = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')))
    .sort();
  return {
    files,
    readText: (file) => fs.readFileSync(path.join(dir, file), 'utf8'),
    readBytes: (file) => fs.readFileSync(path.join(dir, file)),
  };
}

/** How messages name a file: the folder as the user gave it (relative to cwd when inside it), plus the path. */
export function makeDisplayPath(dir: string, cwd: string): (file: string) => string {
  const absolute = path.resolve(cwd, dir);
  const relative = path.relative(cwd, absolute);
  const shown = relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
  const base = shown.split(path.sep).join('/');
  return (file) => (base === '.' ? file : `${base}/${file}`);
}

export type CommandResult = { exitCode: number; stdout: string; stderr: string };

export type CommandInput = { argv: readonly string[]; env: Readonly<Record<string, string | undefined>>; cwd: string; now?: Date };

/** The content folder: `--dir <path>`, else `CONTENT_DIR`, else `content` (an empty variable counts as unset). */
export function contentDirFrom(values: { dir?: string | undefined }, env: CommandInput['env']): string {
  return values.dir || env.CONTENT_DIR || 'content';
}

const USAGE = [
  'Användning: npm run check:content [-- --dir <mapp>] [-- --no-write]',
  'Kontrollerar alla artiklar och skribenter i content/ (eller mappen i CONTENT_DIR / --dir), och för in',
  'nya publicerade adresser i adresser.json (inte i CI, och inte med --no-write).',
].join('\n');

/** In CI the check only reads: a runner's copy of the repository is thrown away. */
export function inCi(env: CommandInput['env']): boolean {
  return env.CI === 'true' || env.CI === '1' || env.GITHUB_ACTIONS === 'true';
}

/** `npm run check:content`: exit 0 with a summary line, or 1 with every problem. */
export async function runCheckCommand({ argv, env, cwd, now }: CommandInput): Promise<CommandResult> {
  let values: { dir?: string | undefined; help?: boolean | undefined; 'no-write'?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { dir: { type: 'string' }, help: { type: 'boolean', short: 'h' }, 'no-write': { type: 'boolean' } },
      allowPositionals: false,
    }));
  } catch (error) {
    return { exitCode: 2, stdout: '', stderr: `${error instanceof Error ? error.message : String(error)}\n${USAGE}\n` };
  }
  if (values.help) return { exitCode: 0, stdout: `${USAGE}\n`, stderr: '' };

  const dir = contentDirFrom(values, env);
  const absolute = path.resolve(cwd, dir);
  const displayPath = makeDisplayPath(dir, cwd);
  if (!fs.existsSync(absolute) || !fs.statSync(absolute).isDirectory()) {
    return { exitCode: 1, stdout: '', stderr: `Mappen ${displayPath('').replace(/\/$/, '') || dir} finns inte. Ange innehållsmappen med --dir eller CONTENT_DIR.\n` };
  }
  const result = await checkContent(readContentSource(absolute), { displayPath, ...(now ? { now } : {}) });
  const { ok, text } = formatResult(result, displayPath);
  const ci = inCi(env);
  // GitHub shows these on the pull request, at the file and line of each problem.
  const marks = ci ? annotations(result, displayPath) : '';
  if (!ok) return { exitCode: 1, stdout: marks, stderr: `${text}\n` };

  const ledgerShown = displayPath(LEDGER_FILE);
  const listed = (addresses: readonly string[]) => (addresses.length <= 5 ? addresses.join(', ') : `${addresses.slice(0, 5).join(', ')} och ${addresses.length - 5} till`);
  const { unrecorded, changed, ledger } = result.addresses;
  let note = '';
  if (changed && !ci && !values['no-write']) {
    fs.writeFileSync(path.join(absolute, LEDGER_FILE), ledger);
    note = unrecorded.length > 0 ? `\n${ledgerShown}: ${unrecorded.length} ${unrecorded.length === 1 ? 'ny publicerad adress' : 'nya publicerade adresser'} har förts in (${listed(unrecorded)}). Checka in filen tillsammans med artiklarna.` : `\n${ledgerShown} är uppdaterad. Checka in filen tillsammans med artiklarna.`;
  } else if (unrecorded.length > 0) {
    note = `\n${ledgerShown} saknar ${unrecorded.length === 1 ? 'en publicerad adress' : `${unrecorded.length} publicerade adresser`} (${listed(unrecorded)}). Kör npm run check:content på din dator och checka in filen, så skyddas ${unrecorded.length === 1 ? 'adressen' : 'adresserna'} från att försvinna.`;
  }
  return { exitCode: 0, stdout: `${marks}${text}${note}\n`, stderr: '' };
}

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// End to end: the scripts as npm runs them, through tsx, in child processes.
const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = 'test/fixtures/content';

type Run = { status: number | null; stdout: string; stderr: string };

function runScript(script: string, args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    // The child must not inherit what changes its output from the shell that runs the tests: a
    // CONTENT_DIR, or CI's variables (in CI the check also prints annotations on stdout).
    const childEnv: NodeJS.ProcessEnv = { ...process.env };
    for (const name of ['CONTENT_DIR', 'CI', 'GITHUB_ACTIONS']) delete childEnv[name];
    Object.assign(childEnv, env);
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: REPO_ROOT, env: childEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-cli-'));
fs.cpSync(path.join(REPO_ROOT, FIXTURES, 'valid'), tempDir, { recursive: true });
afterAll(() => fs.rmSync(tempDir, { recursive: true, force: true }));

let real: Run;
let several: Run;
let fromEnv: Run;
let scaffolded: Run;
let afterScaffold: Run;

// Each run starts Node and tsx (about a second), so they run side by side.
beforeAll(async () => {
  // Say what is missing rather than failing four tests with a module-resolution trace.
  if (!fs.existsSync(path.join(REPO_ROOT, 'node_modules', 'tsx'))) throw new Error('tsx is not installed: it is a devDependency (npm install).');
  [real, several, fromEnv, [scaffolded, afterScaffold]] = await Promise.all([
    runScript('scripts/check-content.ts', ['--no-write']),
    runScript('scripts/check-content.ts', ['--dir', `${FIXTURES}/several-problems`, '--no-write']),
    runScript('scripts/check-content.ts', ['--no-write'], { CONTENT_DIR: `${FIXTURES}/broken-yaml` }),
    (async (): Promise<[Run, Run]> => {
      const created = await runScript('scripts/new-article.ts', ['Nya satsningar på Smart industri', '--dir', tempDir]);
      return [created, await runScript('scripts/check-content.ts', ['--dir', tempDir])];
    })(),
  ]);
}, 20_000);

describe('scripts/check-content.ts', () => {
  it('exits 0 with the summary line for the real content', () => {
    expect(real.stderr).toBe('');
    expect(real.status).toBe(0);
    expect(real.stdout).toMatch(/^Innehållet är i ordning: \d+ artiklar, \d+ översättning(ar)?, \d+ skribent(er)?\./);
  });

  it('exits 1 and lists every problem with --dir', () => {
    expect(several.status).toBe(1);
    expect(several.stdout).toBe('');
    expect(several.stderr).toContain(`${FIXTURES}/several-problems/artiklar/manga-fel.mdx:2 – fältet "titel" är okänt. Menade du "title"?`);
    expect(several.stderr).toContain(`${FIXTURES}/several-problems/artiklar/andra-filen.mdx:6 – bildfilen "./bilder/saknas.jpg" finns inte`);
    expect(several.stderr).toContain('7 problem i 2 filer hittades. Inget publiceras förrän de är rättade.');
  });

  it('reads the folder from CONTENT_DIR', () => {
    expect(fromEnv.status).toBe(1);
    expect(fromEnv.stderr).toContain(`${FIXTURES}/broken-yaml/artiklar/trasig-yaml.mdx:2 – raden går inte att läsa.`);
  });
});

describe('scripts/new-article.ts', () => {
  it('writes the article, which then passes the check', () => {
    const file = path.join(tempDir, 'artiklar', 'nya-satsningar-pa-smart-industri.mdx');
    expect(scaffolded.status).toBe(0);
    expect(scaffolded.stdout).toContain(`Skapade ${file}`);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^---\ntitle: Nya satsningar på Smart industri\nslug: nya-satsningar-pa-smart-industri #[^\n]*\ndate: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+0[12]:00\nauthor: anna-andersson\n/);
    expect(afterScaffold.status).toBe(0);
    expect(afterScaffold.stdout).toContain('Ännu inte publicerade: 1 utkast.');
  });
});

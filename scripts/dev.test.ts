import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run dev` with stand-ins for npm and npx on PATH: Contentlayer's watcher dies, next dev
// would run for a minute. The preview must stop, fail, and take next dev with it.
const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'dev-children-'));
afterAll(() => fs.rmSync(bin, { recursive: true, force: true }));

function standIn(name: string, script: string) {
  fs.writeFileSync(path.join(bin, name), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
}

function runDev(contentlayerExit: number): Promise<{ code: number | null; stderr: string; ms: number }> {
  standIn('npm', 'exit 0');
  standIn('npx', `case "$1" in\n  contentlayer2) sleep 0.5; exit ${contentlayerExit} ;;\n  next) sleep 60; touch "${bin}/next-finished" ;;\nesac`);
  const started = Date.now();
  const child = spawn(process.execPath, [path.join('scripts', 'dev.mjs')], { cwd: REPO_ROOT, env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr, ms: Date.now() - started })));
}

describe('npm run dev', () => {
  it('fails, and stops next dev, when Contentlayer’s watcher dies', async () => {
    const { code, stderr, ms } = await runDev(3);
    expect(code).toBe(1);
    expect(stderr).toContain('npm run dev: contentlayer stopped (exit 3), so the other was stopped too.');
    expect(ms).toBeLessThan(30_000);
    expect(fs.existsSync(path.join(bin, 'next-finished'))).toBe(false);
  }, 40_000);

  it('fails too when a child ends without an error: a preview half alive is no preview', async () => {
    const { code } = await runDev(0);
    expect(code).toBe(1);
  }, 40_000);
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Lock = { packages: Record<string, { version?: string }> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;

function installed(name: string): number[] {
  const version = lock.packages[`node_modules/${name}`]?.version ?? '0.0.0';
  return version.split(/[.-]/).slice(0, 3).map(Number);
}

function atLeast(version: number[], floor: number[]): boolean {
  for (let index = 0; index < floor.length; index += 1) {
    if ((version[index] ?? 0) !== floor[index]) return (version[index] ?? 0) > floor[index]!;
  }
  return true;
}

describe('dependency floors (versions before these carry published advisories)', () => {
  it.each([
    ['next', [16, 3, 3]],
    ['react', [19, 2, 8]],
    ['react-dom', [19, 2, 8]],
  ] as const)('%s is at least %j', (name, floor) => {
    expect(atLeast(installed(name), [...floor]), `${name} ${installed(name).join('.')}`).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration } from './build-progress.mjs';

describe('build progress', () => {
  it('says how many of how many as it goes, at most every few seconds, and its time when done', () => {
    const lines: string[] = [];
    let clock = 0;
    const progress = createProgress({ label: 'content', unit: 'documents compiled', total: 10_000, everyMs: 5_000, write: (line) => lines.push(line), now: () => clock });
    for (let done = 0; done < 10_000; done += 100) {
      clock += 1_000;
      progress.tick(100);
    }
    expect(lines[0]).toBe('content: 500 of 10,000 documents compiled (5.0 s)');
    expect(lines.at(-1)).toBe('content: 10,000 of 10,000 documents compiled in 1 min 40 s');
    expect(lines).toHaveLength(20);
    expect(progress.done).toBe(10_000);
  });

  it('writes durations for people', () => {
    expect(formatDuration(12_345)).toBe('12.3 s');
    expect(formatDuration(165_000)).toBe('2 min 45 s');
  });
});

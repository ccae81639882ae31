// Progress of a long build step, printed as it goes: `content: 4,000 of 10,000 documents (1 min 2 s)`,
// then its time when done. Plain JS: the build scripts and contentlayer.config.ts share it.

const number = new Intl.NumberFormat('en-GB');

/** `2 min 45 s`, `12.3 s`. */
export function formatDuration(ms) {
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

/**
 * Counts `total` things of a step. A line at most every `everyMs` while it runs, and one when the
 * last is done, with the step's time. `write` takes a whole line (stderr by default).
 * @param {{ label: string; unit: string; total: number; everyMs?: number; write?: (line: string) => void; now?: () => number }} options
 */
export function createProgress({ label, unit, total, everyMs = 5_000, write = (line) => process.stderr.write(`${line}\n`), now = Date.now }) {
  const started = now();
  let done = 0;
  let lastLine = started;
  let finished = false;
  const line = (at) => `${label}: ${number.format(done)} of ${number.format(total)} ${unit}`;
  return {
    /** `count` more done. */
    tick(count = 1) {
      done += count;
      const at = now();
      if (!finished && done >= total) {
        finished = true;
        write(`${line(at)} in ${formatDuration(at - started)}`);
      } else if (!finished && at - lastLine >= everyMs) {
        lastLine = at;
        write(`${line(at)} (${formatDuration(at - started)})`);
      }
    },
    get done() {
      return done;
    },
  };
}

// Child processes of the benchmark: each runs in its own process group, so the whole tree it starts
// (npm → sh → node → Next's workers) can be measured and stopped together, also on Ctrl+C or an error.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

/** Process groups still running, by their leader's pid. */
const groups = new Set();

/**
 * Starts a command as the leader of a new process group, its output appended to `logFile`.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string; env: NodeJS.ProcessEnv; logFile: string }} options
 */
export function spawnGroup(command, args, { cwd, env, logFile }) {
  const log = fs.openSync(logFile, 'a');
  fs.writeSync(log, `\n$ ${[command, ...args].join(' ')}\n`);
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  const pid = child.pid;
  groups.add(pid);
  /** @type {Promise<number>} the exit code (128 + n when killed by signal n) */
  const exited = new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      groups.delete(pid);
      resolve(code ?? 128 + (signal ? os.constants.signals[signal] : 0));
    });
  });
  return { pid, exited };
}

/** Signals a whole group; false when it is already gone. */
export function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Stops a group politely, then firmly after `graceMs`. */
export async function stopGroup(pid, exited, graceMs = 5000) {
  if (!signalGroup(pid, 'SIGTERM')) return;
  const timer = new Promise((resolve) => setTimeout(resolve, graceMs, 'timeout'));
  if ((await Promise.race([exited.then(() => 'exited'), timer])) === 'timeout') signalGroup(pid, 'SIGKILL');
  // The leader may be gone while a worker it started lingers in the group.
  signalGroup(pid, 'SIGKILL');
}

/** Kills every group still running: the last thing the benchmark does, however it ends. */
export function killAllGroups() {
  for (const pid of groups) signalGroup(pid, 'SIGKILL');
  groups.clear();
}

let pageSize = 4096;
try {
  pageSize = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || pageSize;
} catch {
  // getconf is missing on very small images; 4 KiB is the page size of every common Linux.
}

/** Every process's parent and resident memory, from /proc/<pid>/stat. */
function readProcessTable() {
  /** @type {Map<number, { ppid: number; rss: number }>} */
  const table = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // exited between readdir and read
    }
    // The command name may hold spaces and parentheses: the fields that follow start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    table.set(Number(name), { ppid: Number(fields[1]), rss: Number(fields[21]) * pageSize });
  }
  return table;
}

/**
 * Resident memory of a process and all its descendants, summed. Pages shared between processes
 * (libraries, copy-on-write) count once per process, so this is an upper bound of real use.
 */
export function treeRss(rootPid) {
  const table = readProcessTable();
  /** @type {Map<number, number[]>} */
  const children = new Map();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = /** @type {number} */ (stack.pop());
    total += table.get(pid)?.rss ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export const isLinuxProc = fs.existsSync('/proc/self/stat');

/** The machine's idle and total CPU time so far, from the first line of /proc/stat. */
function cpuTimes() {
  const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: idle and iowait are the idle time.
  return { idle: (fields[3] ?? 0) + (fields[4] ?? 0), total: fields.slice(0, 8).reduce((sum, value) => sum + value, 0) };
}

/**
 * Waits until the whole machine was idle for at least `idleShare` of a second, at most
 * `timeoutMs`: what a load run leaves behind (the server's collections, a process still ending)
 * must not weigh on a measurement that runs on the clock, as Lighthouse's does.
 * @returns {Promise<{ waitedMs: number; idleShare: number }>} the last second's idle share
 */
export async function waitForQuiet({ idleShare = 0.9, timeoutMs = 30_000 } = {}) {
  const started = Date.now();
  let share = 1;
  if (!isLinuxProc) return { waitedMs: 0, idleShare: share };
  for (;;) {
    const before = cpuTimes();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = cpuTimes();
    share = (after.idle - before.idle) / Math.max(1, after.total - before.total);
    if (share >= idleShare || Date.now() - started >= timeoutMs) return { waitedMs: Date.now() - started, idleShare: share };
  }
}

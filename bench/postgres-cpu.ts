// CPU time PostgreSQL's processes on this machine use, for `npm run bench`: where the service, the database and the
// load generator share the cores, what the database spends per message decides as much as what the service spends.
// Linux only (/proc), and only for a server on this machine.
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

const SAMPLE_EVERY_MS = 500;

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

export function isLocalServer(url: string | undefined): boolean {
  if (!url) return false;
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

/** User and system clock ticks of each running `postgres` process; null without /proc. */
async function ticksByProcess(known: Map<string, boolean>): Promise<Map<string, number> | null> {
  let pids: string[];
  try {
    pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const ticks = new Map<string, number>();
  for (const pid of pids) {
    try {
      let isPostgres = known.get(pid);
      if (isPostgres === undefined) {
        isPostgres = (await readFile(`/proc/${pid}/comm`, 'utf8')).trim() === 'postgres';
        known.set(pid, isPostgres);
      }
      if (!isPostgres) continue;
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      // The fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended while being read.
    }
  }
  return ticks;
}

/**
 * Adds up the CPU time of PostgreSQL's processes from when it starts, sampling each process often: a connection
 * closed by a pool takes its time with it, so only what it used since the last sample is missed.
 */
export async function startPostgresCpu(): Promise<{ micros(): Promise<number>; stop(): void } | null> {
  const known = new Map<string, boolean>();
  let last = await ticksByProcess(known);
  if (!last || last.size === 0) return null;
  let total = 0;
  const sample = async () => {
    const now = await ticksByProcess(known);
    if (!now || !last) return;
    for (const [pid, ticks] of now) total += ticks - (last.get(pid) ?? 0);
    last = now;
  };
  let sampling = Promise.resolve();
  const timer = setInterval(() => {
    sampling = sampling.then(sample);
  }, SAMPLE_EVERY_MS);
  return {
    async micros() {
      sampling = sampling.then(sample);
      await sampling;
      return (total * 1_000_000) / ticksPerSecond;
    },
    stop: () => clearInterval(timer),
  };
}

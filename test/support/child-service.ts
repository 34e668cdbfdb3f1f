import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll } from 'vitest';
import { projectPath } from '../../src/common/project-paths.js';

export interface Child {
  process: ChildProcess;
  output(): string;
  /** Resolves with the first match of `pattern` in the output, or rejects after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  exited(timeoutMs?: number): Promise<number | null>;
}

/** Every child still running; each test file's hooks end them, whatever way its tests ended. */
const running = new Set<ChildProcess>();

/** Kills a child's whole process group (the service and anything it started). */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

/** Ends every child still running: SIGTERM, then SIGKILL for those that have not exited after `graceMs`. */
export async function stopChildren(graceMs = 5_000): Promise<void> {
  const children = [...running];
  await Promise.all(
    children.map(async (child) => {
      const exited = new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve();
        else child.once('exit', () => resolve());
      });
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    }),
  );
}

// A timed-out test skips its own clean-up; the file's last hook does not. If the test process exits, so do the children.
afterAll(() => stopChildren());
process.once('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});

/**
 * Runs one of the project's entry points (src/main.ts, src/demo.ts, …) as its own process, as npm scripts do: Node
 * with tsx's loader, in a process group of its own so that it can be ended with everything it started.
 */
export function runEntryPoint(entry: string, env: Record<string, string | undefined>): Child {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: undefined, REDIS_URL: undefined, ...env };
  for (const key of Object.keys(childEnv)) if (childEnv[key] === undefined) delete childEnv[key];
  const child = spawn(process.execPath, ['--import', 'tsx', projectPath(entry)], {
    cwd: projectPath(),
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running.add(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exit = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  return {
    process: child,
    output: () => output,
    async waitFor(pattern, timeoutMs = 30_000) {
      const deadline = performance.now() + timeoutMs;
      while (performance.now() < deadline) {
        const match = output.match(pattern);
        if (match) return match;
        if (child.exitCode !== null) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`did not see ${pattern} in the output:\n${output}`);
    },
    async exited(timeoutMs = 20_000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
      });
      const result = await Promise.race([exit, timeout]);
      clearTimeout(timer);
      if (result === 'timeout') {
        killGroup(child, 'SIGKILL');
        throw new Error(`the process did not exit in time:\n${output}`);
      }
      return result;
    },
  };
}

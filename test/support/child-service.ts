import { type ChildProcess, spawn } from 'node:child_process';
import { projectPath } from '../../src/common/project-paths.js';

export interface Child {
  process: ChildProcess;
  output(): string;
  /** Resolves with the first match of `pattern` in the output, or rejects after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  exited(timeoutMs?: number): Promise<number | null>;
}

/** Runs one of the project's entry points (src/main.ts, src/demo.ts, …) as its own process, as npm scripts do. */
export function runEntryPoint(entry: string, env: Record<string, string | undefined>): Child {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: undefined, REDIS_URL: undefined, ...env };
  for (const key of Object.keys(childEnv)) if (childEnv[key] === undefined) delete childEnv[key];
  const child = spawn(process.execPath, [projectPath('node_modules', 'tsx', 'dist', 'cli.mjs'), projectPath(entry)], {
    cwd: projectPath(),
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
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
      const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeoutMs));
      const result = await Promise.race([exit, timer]);
      if (result === 'timeout') {
        child.kill('SIGKILL');
        throw new Error(`the process did not exit in time:\n${output}`);
      }
      return result;
    },
  };
}

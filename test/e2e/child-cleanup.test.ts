import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/common/project-paths.js';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('end-to-end tests clean up after themselves', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kjtpy-cleanup-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('ends the service a test started when that test times out', async () => {
    const pidFile = path.join(dir, 'pid');
    const run = spawn(
      process.execPath,
      [projectPath('node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/e2e/child-timeout.fixture.test.ts'],
      {
        cwd: projectPath(),
        env: { ...process.env, KJTPY_CHILD_PID_FILE: pidFile, KJTPY_CHILD_DATA_DIR: path.join(dir, 'data') },
        stdio: 'ignore',
      },
    );
    const code = await new Promise<number | null>((resolve) => run.once('exit', resolve));
    expect(code).not.toBe(0); // the fixture's test timed out
    const pid = Number(await readFile(pidFile, 'utf8'));
    expect(pid).toBeGreaterThan(0);
    expect(alive(pid)).toBe(false);
  }, 90_000);
});

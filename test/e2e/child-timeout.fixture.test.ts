import { writeFile } from 'node:fs/promises';
import { describe, it } from 'vitest';
import { runEntryPoint } from '../support/child-service.js';

// Run only by test/e2e/child-cleanup.test.ts: a test that times out while the service it started is running.
const pidFile = process.env.KJTPY_CHILD_PID_FILE;

describe.runIf(pidFile)('a test that times out', () => {
  it('leaves its service running when the time runs out', async () => {
    const child = runEntryPoint('src/main.ts', {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: process.env.KJTPY_CHILD_DATA_DIR,
      LOG_LEVEL: 'info',
    });
    // Written before the service has started: on a loaded machine the time may run out while it is still starting,
    // and it must be ended then too.
    await writeFile(pidFile as string, String(child.process.pid));
    await child.waitFor(/service started/);
    await new Promise((resolve) => setTimeout(resolve, 120_000));
  }, 20_000);
});

import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/common/logger.js';
import { runExclusively, startScheduler } from '../../src/jobs/scheduler.js';
import { testStore } from '../support/test-service.js';

describe('scheduled jobs', () => {
  const store = testStore();
  afterAll(async () => {
    await store.close();
  });

  it('runs a job on one instance when several fire at once', async () => {
    let runs = 0;
    const work = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
    };
    // Two instances sharing the store fire the same job at the same moment.
    const outcomes = await Promise.all([runExclusively(store, 'quota', work), runExclusively(store, 'quota', work)]);
    expect(outcomes.sort()).toEqual(['ran', 'skipped']);
    expect(runs).toBe(1);
    // Once finished, the next period's run goes ahead.
    expect(await runExclusively(store, 'quota', work)).toBe('ran');
    expect(runs).toBe(2);
  });

  it('frees the job when a run fails, so the next run is not blocked', async () => {
    await expect(
      runExclusively(store, 'digest', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await runExclusively(store, 'digest', async () => {})).toBe('ran');
  });

  it('refuses an invalid schedule at start', () => {
    expect(() =>
      startScheduler([{ name: 'broken', schedule: '61 9 * * *', run: async () => {} }], {
        store,
        logger: createLogger('silent'),
      }),
    ).toThrow(/broken/);
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/common/clock.js';
import { createLogger } from '../../src/common/logger.js';
import type { JobRunLog } from '../../src/jobs/job-run-log.js';
import { lastFiring, runExclusively, startScheduler } from '../../src/jobs/scheduler.js';
import { testStore } from '../support/test-service.js';

function memoryRuns(): JobRunLog & { done: { job: string; scheduledFor: Date }[] } {
  const done: { job: string; scheduledFor: Date }[] = [];
  return {
    done,
    finished: async (job, at) => done.some((r) => r.job === job && r.scheduledFor.getTime() === at.getTime()),
    record: async (run) => {
      done.push(run);
    },
  };
}

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
      startScheduler([{ name: 'broken', schedule: '61 9 * * *', run: async () => 0 }], {
        store,
        logger: createLogger('silent'),
        runs: memoryRuns(),
        clock: fixedClock('2026-11-24T02:00:00Z'),
      }),
    ).toThrow(/broken/);
  });

  it('knows the last firing of a schedule in Asia/Shanghai', () => {
    // Tuesday 24 November 2026, 10:00 in Shanghai.
    const now = new Date('2026-11-24T02:00:00Z');
    expect(lastFiring('20 9 * * *', now).toISOString()).toBe('2026-11-24T01:20:00.000Z');
    expect(lastFiring('10 9 * * 1', now).toISOString()).toBe('2026-11-23T01:10:00.000Z');
  });

  it('on start, runs a firing of the last hours that did not finish, once, as of its scheduled time', async () => {
    const runs = memoryRuns();
    const seen: Date[] = [];
    const jobs = [
      {
        name: 'catch-up-digest',
        schedule: '20 9 * * *',
        run: async (at: Date) => {
          seen.push(at);
          return 1;
        },
      },
      { name: 'catch-up-weekly', schedule: '10 9 * * 1', run: async () => 1 }, // fired yesterday: too long ago
    ];
    const deps = { store, logger: createLogger('silent'), runs, clock: fixedClock('2026-11-24T02:00:00Z') };
    const first = startScheduler(jobs, deps);
    await first.caughtUp;
    first.stop();
    expect(seen.map((d) => d.toISOString())).toEqual(['2026-11-24T01:20:00.000Z']);
    expect(runs.done.map((r) => r.job)).toEqual(['catch-up-digest']);
    // A second start (another restart) finds the run finished and does nothing.
    const second = startScheduler(jobs, deps);
    await second.caughtUp;
    second.stop();
    expect(seen).toHaveLength(1);
  });
});

import cron from 'node-cron';
import { PROGRAMME_TIME_ZONE } from '../common/local-date.js';
import type { Logger } from '../common/logger.js';
import type { KeyValueStore } from '../store/key-value-store.js';

export interface Job {
  name: string;
  /** A cron expression, read in Asia/Shanghai. */
  schedule: string;
  run(at: Date): Promise<void>;
}

export interface Scheduler {
  stop(): void;
}

/** How long one instance may hold a job before others may take it over (a crashed holder's lock expires). */
const JOB_LOCK_TTL_MS = 10 * 60_000;

/**
 * Runs `work` on at most one instance at a time: the instance that takes the job's lock runs it, the others skip.
 * Exactly-once per period is the job's own business (dedupe keys in the outbox); the lock only avoids duplicate work.
 */
export async function runExclusively(
  store: KeyValueStore,
  name: string,
  work: () => Promise<void>,
): Promise<'ran' | 'skipped'> {
  const lock = await store.acquireLock(`job:${name}`, JOB_LOCK_TTL_MS);
  if (!lock) return 'skipped';
  try {
    await work();
    return 'ran';
  } finally {
    await lock.release();
  }
}

export function startScheduler(jobs: Job[], deps: { store: KeyValueStore; logger: Logger }): Scheduler {
  const tasks = jobs.map((job) => {
    if (!cron.validate(job.schedule)) throw new Error(`Job ${job.name}: invalid cron expression "${job.schedule}"`);
    return cron.schedule(
      job.schedule,
      async () => {
        const started = Date.now();
        try {
          const outcome = await runExclusively(deps.store, job.name, () => job.run(new Date()));
          deps.logger.info({ job: job.name, outcome, ms: Date.now() - started }, 'job finished');
        } catch (error) {
          deps.logger.error({ job: job.name, err: error }, 'job failed');
        }
      },
      { name: job.name, timezone: PROGRAMME_TIME_ZONE, noOverlap: true },
    );
  });
  return {
    stop() {
      for (const task of tasks) task.stop();
    },
  };
}

import { CronExpressionParser } from 'cron-parser';
import cron from 'node-cron';
import type { Clock } from '../common/clock.js';
import { PROGRAMME_TIME_ZONE } from '../common/local-date.js';
import type { Logger } from '../common/logger.js';
import type { KeyValueStore } from '../store/key-value-store.js';
import type { JobRunLog } from './job-run-log.js';

export interface Job {
  name: string;
  /** A cron expression, read in Asia/Shanghai. */
  schedule: string;
  /** Runs the job as of its scheduled time; returns how many messages it enqueued. */
  run(at: Date): Promise<number>;
}

export interface Scheduler {
  stop(): void;
  /** Settles when the start-up catch-up is done (tests). */
  caughtUp: Promise<void>;
}

/** How long one instance may hold a job before others may take it over (a crashed holder's lock expires). */
const JOB_LOCK_TTL_MS = 10 * 60_000;
/** A run missed (or cut short) less than this long ago is run on start. */
export const CATCH_UP_MS = 6 * 3_600_000;

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

/** The latest time at or before `now` the schedule fires. */
export function lastFiring(schedule: string, now: Date): Date {
  return CronExpressionParser.parse(schedule, {
    currentDate: new Date(now.getTime() + 1_000),
    tz: PROGRAMME_TIME_ZONE,
  })
    .prev()
    .toDate();
}

interface SchedulerDeps {
  store: KeyValueStore;
  logger: Logger;
  runs: JobRunLog;
  clock: Clock;
}

/** Runs a job for one scheduled time unless that run already finished, and records it. */
export async function runScheduled(job: Job, scheduledFor: Date, deps: SchedulerDeps): Promise<void> {
  const now = () => deps.clock.now();
  const outcome = await runExclusively(deps.store, job.name, async () => {
    if (await deps.runs.finished(job.name, scheduledFor)) return;
    const startedAt = now();
    const enqueued = await job.run(scheduledFor);
    const finishedAt = now();
    await deps.runs.record({ job: job.name, scheduledFor, startedAt, finishedAt, enqueued });
    deps.logger.info(
      { job: job.name, scheduledFor, enqueued, ms: finishedAt.getTime() - startedAt.getTime() },
      'job finished',
    );
  });
  if (outcome === 'skipped') deps.logger.info({ job: job.name }, 'job running on another instance');
}

/**
 * Fires each job on its schedule (Asia/Shanghai), and on start runs any run of the last hours that did not finish
 * (the instance was down, or restarted in the middle): the outbox's dedupe keys keep messages from repeating.
 */
export function startScheduler(jobs: Job[], deps: SchedulerDeps): Scheduler {
  const now = () => deps.clock.now();
  const guarded = (job: Job, at: Date) =>
    runScheduled(job, at, deps).catch((error) => deps.logger.error({ job: job.name, err: error }, 'job failed'));
  const tasks = jobs.map((job) => {
    if (!cron.validate(job.schedule)) throw new Error(`Job ${job.name}: invalid cron expression "${job.schedule}"`);
    return cron.schedule(job.schedule, () => guarded(job, lastFiring(job.schedule, now())), {
      name: job.name,
      timezone: PROGRAMME_TIME_ZONE,
      noOverlap: true,
    });
  });
  const caughtUp = (async () => {
    for (const job of jobs) {
      const last = lastFiring(job.schedule, now());
      if (now().getTime() - last.getTime() <= CATCH_UP_MS) await guarded(job, last);
    }
  })();
  return {
    caughtUp,
    stop() {
      for (const task of tasks) task.stop();
    },
  };
}

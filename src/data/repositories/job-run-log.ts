import type { JobRunLog } from '../../jobs/job-run-log.js';
import type { Db } from '../database.js';

export class PrismaJobRunLog implements JobRunLog {
  constructor(private readonly db: Db) {}

  async finished(job: string, scheduledFor: Date): Promise<boolean> {
    return (await this.db.jobRun.count({ where: { job, scheduledFor } })) > 0;
  }

  async record(run: { job: string; scheduledFor: Date; startedAt: Date; finishedAt: Date; enqueued: number }) {
    await this.db.jobRun.createMany({ data: [run], skipDuplicates: true });
  }
}

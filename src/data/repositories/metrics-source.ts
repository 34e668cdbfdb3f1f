import type { MetricsSource } from '../../observability/metrics.js';
import type { Db } from '../database.js';

export class PrismaMetricsSource implements MetricsSource {
  constructor(private readonly db: Db) {}

  async outboxByStatus() {
    const rows = await this.db.outboxMessage.groupBy({ by: ['status', 'channel'], _count: { _all: true } });
    return rows.map((row) => ({ status: row.status, channel: row.channel, count: row._count._all }));
  }

  async questionsByAnswered() {
    const rows = await this.db.policyQuestion.groupBy({ by: ['answered'], _count: { _all: true } });
    return rows.map((row) => ({ answered: row.answered, count: row._count._all }));
  }

  async jobRuns() {
    const rows = await this.db.$queryRaw<{ job: string; runs: bigint; last_seconds: number; last_finished: Date }[]>`
      SELECT DISTINCT ON (job) job,
             count(*) OVER (PARTITION BY job) AS runs,
             extract(epoch FROM finished_at - started_at)::float8 AS last_seconds,
             finished_at AS last_finished
      FROM job_runs ORDER BY job, finished_at DESC`;
    return rows.map((row) => ({
      job: row.job,
      runs: Number(row.runs),
      lastSeconds: row.last_seconds,
      lastFinished: new Date(row.last_finished),
    }));
  }
}

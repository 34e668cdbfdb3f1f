/** Which scheduled runs finished (so a restart can tell which one to run again). */
export interface JobRunLog {
  finished(job: string, scheduledFor: Date): Promise<boolean>;
  record(run: { job: string; scheduledFor: Date; startedAt: Date; finishedAt: Date; enqueued: number }): Promise<void>;
}

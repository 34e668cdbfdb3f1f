import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Figures read from the database at scrape time, so every instance reports the same, whole-service values. */
export interface MetricsSource {
  outboxByStatus(): Promise<{ status: string; channel: string; count: number }[]>;
  questionsByAnswered(): Promise<{ answered: boolean; count: number }[]>;
  jobRuns(): Promise<{ job: string; runs: number; lastSeconds: number; lastFinished: Date }[]>;
}

/** The service's Prometheus metrics, in a registry of its own (several services may share a process in tests). */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  private readonly httpDuration: Histogram<'method' | 'route'>;
  private readonly chatMessages: Counter<'channel' | 'intent'>;

  constructor(source: MetricsSource) {
    const registers = [this.registry];
    this.httpRequests = new Counter({
      name: 'kjtpy_http_requests_total',
      help: 'HTTP requests by route and status',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.httpDuration = new Histogram({
      name: 'kjtpy_http_request_duration_seconds',
      help: 'HTTP request latency by route',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.chatMessages = new Counter({
      name: 'kjtpy_chat_messages_total',
      help: 'Chat messages handled by this instance, by channel and intent',
      labelNames: ['channel', 'intent'],
      registers,
    });
    new Gauge({
      name: 'kjtpy_outbox_messages',
      help: 'Outbox messages by status and channel (PENDING is the backlog, FAILED the failures)',
      labelNames: ['status', 'channel'],
      registers,
      async collect() {
        this.reset();
        for (const row of await source.outboxByStatus())
          this.set({ status: row.status, channel: row.channel }, row.count);
      },
    });
    new Gauge({
      name: 'kjtpy_policy_questions',
      help: 'Policy questions asked, by whether the documents answered them',
      labelNames: ['answered'],
      registers,
      async collect() {
        this.reset();
        for (const row of await source.questionsByAnswered()) this.set({ answered: String(row.answered) }, row.count);
      },
    });
    // Each gauge collects for itself: the registry collects them all at once.
    const perJob = (
      name: string,
      help: string,
      value: (row: Awaited<ReturnType<MetricsSource['jobRuns']>>[number]) => number,
    ) =>
      new Gauge({
        name,
        help,
        labelNames: ['job'],
        registers,
        async collect() {
          this.reset();
          for (const row of await source.jobRuns()) this.set({ job: row.job }, value(row));
        },
      });
    perJob('kjtpy_job_runs', 'Finished scheduled job runs', (row) => row.runs);
    perJob(
      'kjtpy_job_last_duration_seconds',
      'Duration of the latest finished run of each job',
      (row) => row.lastSeconds,
    );
    perJob(
      'kjtpy_job_last_finished_timestamp_seconds',
      'When the latest run of each job finished',
      (row) => row.lastFinished.getTime() / 1000,
    );
  }

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    this.httpRequests.inc({ method, route, status: String(status) });
    this.httpDuration.observe({ method, route }, seconds);
  }

  countMessage(channel: string, intent: string): void {
    this.chatMessages.inc({ channel, intent });
  }
}

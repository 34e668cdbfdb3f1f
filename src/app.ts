import type { Router } from '@koa/router';
import Koa from 'koa';
import type { InboundProcessor } from './bot/inbound-processor.js';
import type { Bot } from './bot/pipeline.js';
import type { Clock } from './common/clock.js';
import type { Logger } from './common/logger.js';
import type { Config } from './config/env.js';
import type { AssessmentService } from './domain/assessment/assessment-service.js';
import type { AssessmentSource } from './domain/assessment/assessment-source.js';
import type { FeedbackService } from './domain/feedback/feedback-service.js';
import type { Outbox } from './domain/outbox/outbox.js';
import type { OutcomeLedger } from './domain/outcomes/outcome-ledger.js';
import type { BindingService } from './domain/people/binding-service.js';
import type { PersonDirectory } from './domain/people/person-directory.js';
import type { ParaphraseStore } from './domain/policies/paraphrases.js';
import type { QuestionHistory } from './domain/policies/policy-qa-service.js';
import type { RecentFaq } from './domain/policies/recent-faq.js';
import type { ProgressService } from './domain/progress/progress-service.js';
import type { TargetSource } from './domain/progress/targets.js';
import type { CalendarStore } from './domain/reminders/calendar-store.js';
import type { ReminderService } from './domain/reminders/reminder-service.js';
import type { WorkingDayEntries } from './domain/reminders/working-day-entries.js';
import type { RosterStore } from './domain/roster/roster-import.js';
import type { VisitReader } from './domain/visits/visit-reader.js';
import type { AppState } from './http/context.js';
import { adminGuard } from './http/middleware/admin-guard.js';
import { errorHandler } from './http/middleware/error-handler.js';
import { rejectNul } from './http/middleware/reject-nul.js';
import { requestContext } from './http/middleware/request-context.js';
import { securityHeaders } from './http/middleware/security-headers.js';
import { adminAssessmentRoutes } from './http/routes/admin-assessment-routes.js';
import { adminFaqRoutes } from './http/routes/admin-faq-routes.js';
import { adminFeedbackRoutes } from './http/routes/admin-feedback-routes.js';
import { adminOutcomeRoutes } from './http/routes/admin-outcome-routes.js';
import { adminParaphraseRoutes } from './http/routes/admin-paraphrase-routes.js';
import { adminPolicyRoutes } from './http/routes/admin-policy-routes.js';
import { adminReminderRoutes } from './http/routes/admin-reminder-routes.js';
import { adminRosterRoutes } from './http/routes/admin-roster-routes.js';
import { adminRoutes } from './http/routes/admin-routes.js';
import { demoRoutes } from './http/routes/demo-routes.js';
import { dingtalkRoutes } from './http/routes/dingtalk-routes.js';
import { healthRoutes, type ReadinessChecks } from './http/routes/health-routes.js';
import { localChannelRoutes } from './http/routes/local-channel-routes.js';
import { httpMetrics, metricsRoutes } from './http/routes/metrics-routes.js';
import { wecomRoutes } from './http/routes/wecom-routes.js';
import type { JobRunLog } from './jobs/job-run-log.js';
import type { KnowledgeBase } from './knowledge/knowledge-base.js';
import type { ServiceMetrics } from './observability/metrics.js';
import { DingtalkReceiver } from './platforms/dingtalk/receiver.js';
import { WecomReceiver } from './platforms/wecom/receiver.js';
import type { KeyValueStore } from './store/key-value-store.js';

export interface AppDeps {
  config: Config;
  logger: Logger;
  clock: Clock;
  readiness: ReadinessChecks;
  bot: Bot;
  people: PersonDirectory;
  processor: InboundProcessor;
  bindings: BindingService;
  questions: QuestionHistory;
  knowledge: KnowledgeBase;
  faq: RecentFaq;
  paraphrases: ParaphraseStore;
  store: KeyValueStore;
  visits: VisitReader;
  progress: ProgressService;
  outbox: Outbox;
  feedback: FeedbackService;
  reminders: ReminderService;
  calendar: CalendarStore;
  metrics: ServiceMetrics;
  roster: RosterStore;
  outcomes: OutcomeLedger;
  targets: TargetSource;
  assessments: AssessmentService;
  workingDays: WorkingDayEntries;
  /** Finished runs of the jobs (the scheduler's, and those run through the admin API). */
  jobRuns: JobRunLog;
  assessmentSource: AssessmentSource;
}

/** Every router of the app, in order (tests enumerate the admin surface from them). */
export function appRouters(deps: AppDeps): Router<AppState>[] {
  const { maxBodyBytes } = deps.config.http;
  const { wecom, dingtalk } = deps.config;
  // The platforms' callbacks first: they carry the load, and a request that matches ends at its router, so the
  // callbacks are not matched against every admin route on the way.
  return [
    ...(wecom ? [wecomRoutes({ receiver: new WecomReceiver(wecom, deps.clock), processor: deps.processor })] : []),
    ...(dingtalk
      ? [
          dingtalkRoutes({
            receiver: new DingtalkReceiver(dingtalk, deps.clock, deps.store),
            processor: deps.processor,
          }),
        ]
      : []),
    healthRoutes(deps.readiness),
    metricsRoutes(deps.metrics),
    adminRoutes({ maxBodyBytes, quota: deps.config.quota, ...deps }),
    adminPolicyRoutes(deps.knowledge),
    adminFaqRoutes(deps.faq, maxBodyBytes),
    adminParaphraseRoutes(deps.paraphrases, deps.knowledge, deps.faq, maxBodyBytes),
    adminFeedbackRoutes(deps.feedback, () => deps.progress.currentYear()),
    adminRosterRoutes(deps.roster),
    adminOutcomeRoutes(deps.outcomes, deps.targets, () => deps.progress.currentYear()),
    adminAssessmentRoutes({
      assessments: deps.assessments,
      source: deps.assessmentSource,
      people: deps.people,
      currentYear: () => deps.progress.currentYear(),
      maxBodyBytes,
    }),
    adminReminderRoutes({ maxBodyBytes, ...deps }),
    ...(deps.config.localChannelEnabled ? [localChannelRoutes({ ...deps, maxBodyBytes })] : []),
    ...(deps.config.demoMode ? [demoRoutes(deps.people)] : []),
  ];
}

/** Builds the HTTP app without listening, so tests can drive `app.callback()` directly. */
export function createApp(deps: AppDeps): Koa<AppState> {
  const app = new Koa<AppState>({ proxy: true });
  app.silent = true; // errors are logged by errorHandler, with the request id
  app.use(requestContext(deps.logger));
  app.use(securityHeaders());
  app.use(errorHandler());
  app.use(httpMetrics(deps.metrics));
  app.use(rejectNul());
  app.use(adminGuard(deps.config.adminToken));
  for (const router of appRouters(deps)) app.use(router.routes()).use(router.allowedMethods());
  return app;
}

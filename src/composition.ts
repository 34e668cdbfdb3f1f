import type { AppDeps } from './app.js';
import { chatRateLimit } from './bot/chat-rate-limit.js';
import { assessmentHandlers } from './bot/handlers/assessments.js';
import { bindingHandlers } from './bot/handlers/binding.js';
import { confirmationHandlers } from './bot/handlers/confirmations.js';
import { disputePartyHandlers } from './bot/handlers/dispute-parties.js';
import { disputeHandlers } from './bot/handlers/disputes.js';
import { feedbackHandlers } from './bot/handlers/feedback.js';
import { outcomeHandlers } from './bot/handlers/outcomes.js';
import { questionHandlers } from './bot/handlers/questions.js';
import { relayHandlers } from './bot/handlers/relay.js';
import { visitHandlers } from './bot/handlers/visits.js';
import { createInboundProcessor, type InboundHooks, type InboundProcessor } from './bot/inbound-processor.js';
import { createBot } from './bot/pipeline.js';
import type { Clock } from './common/clock.js';
import type { Logger } from './common/logger.js';
import type { Config } from './config/env.js';
import { dataContext } from './data/data-context.js';
import { type Database, openDatabase } from './data/database.js';
import { PrismaAssessmentSource, PrismaSettingStore } from './data/repositories/assessment-source.js';
import { PrismaBindingStore } from './data/repositories/binding-store.js';
import { PrismaCalendarStore } from './data/repositories/calendar-store.js';
import { PrismaConversationStore } from './data/repositories/conversation-store.js';
import { PrismaFaqStore } from './data/repositories/faq-store.js';
import { PrismaFeedbackStore } from './data/repositories/feedback-store.js';
import { PrismaInboundLog } from './data/repositories/inbound-log.js';
import { PrismaJobRunLog } from './data/repositories/job-run-log.js';
import { PrismaMetricsSource } from './data/repositories/metrics-source.js';
import { PrismaOutboxQueue } from './data/repositories/outbox-queue.js';
import { PrismaOutbox } from './data/repositories/outbox-repository.js';
import { PrismaOutcomeLedger } from './data/repositories/outcome-ledger.js';
import { PrismaParaphraseStore } from './data/repositories/paraphrase-store.js';
import { PrismaPersonDirectory } from './data/repositories/person-directory.js';
import { PrismaPolicyDocuments } from './data/repositories/policy-documents.js';
import { PrismaProgressReader } from './data/repositories/progress-reader.js';
import { PrismaQuestionLog } from './data/repositories/question-log.js';
import { PrismaReminderSource } from './data/repositories/reminder-source.js';
import { PrismaRosterStore } from './data/repositories/roster-store.js';
import { PrismaVisitLedger } from './data/repositories/visit-ledger.js';
import { PrismaVisitReader } from './data/repositories/visit-reader.js';
import { createDispatcher, type Dispatcher, type DispatcherHooks } from './delivery/dispatcher.js';
import { AssessmentService } from './domain/assessment/assessment-service.js';
import { FeedbackNotices } from './domain/feedback/feedback-notices.js';
import { FeedbackService } from './domain/feedback/feedback-service.js';
import type { OutboundChannel } from './domain/outbox/outbox.js';
import { OutcomeNotices } from './domain/outcomes/outcome-notices.js';
import { OutcomeService } from './domain/outcomes/outcome-service.js';
import { BindingService } from './domain/people/binding-service.js';
import { PassedOnMessages } from './domain/people/passed-on-messages.js';
import { PolicyQaService } from './domain/policies/policy-qa-service.js';
import { RecentFaq } from './domain/policies/recent-faq.js';
import { ProgressService } from './domain/progress/progress-service.js';
import { ReminderService } from './domain/reminders/reminder-service.js';
import { WorkingDayEntries } from './domain/reminders/working-day-entries.js';
import { VisitConfirmationService } from './domain/visits/visit-confirmation.js';
import { VisitDisputeService } from './domain/visits/visit-disputes.js';
import { VisitEvidenceService } from './domain/visits/visit-evidence.js';
import { VisitNotices } from './domain/visits/visit-notices.js';
import { VisitReportService } from './domain/visits/visit-report-service.js';
import { reminderJobs } from './jobs/reminder-jobs.js';
import type { Job } from './jobs/scheduler.js';
import { readBuiltInDocuments, readBuiltInParaphrases } from './knowledge/built-in-corpus.js';
import { KnowledgeBase } from './knowledge/knowledge-base.js';
import { OpenAiCompatibleModel } from './llm/openai-compatible.js';
import { ChatNoticeAddressing } from './notifications/notice-addressing.js';
import { ServiceMetrics } from './observability/metrics.js';
import type { ChannelSender } from './platforms/contract.js';
import { DingtalkSender } from './platforms/dingtalk/api-client.js';
import { GroupRobotSender } from './platforms/group-robots.js';
import { MAX_MESSAGE_BYTES } from './platforms/limits.js';
import { WecomSender } from './platforms/wecom/api-client.js';
import { JiebaTokenizer } from './search/jieba-tokenizer.js';
import { createStore } from './store/create-store.js';
import type { KeyValueStore } from './store/key-value-store.js';

export interface Services extends AppDeps {
  database: Database;
  store: KeyValueStore;
  dispatcher: Dispatcher;
  /** Scheduled jobs (reminders, digests); each domain module that has some adds them here. */
  jobs: Job[];
  knowledge: KnowledgeBase;
  close(): Promise<void>;
}

export interface ServiceOptions {
  logger: Logger;
  clock: Clock;
  /** An already open database (tests, demo); otherwise the configured one is opened. */
  database?: Database;
  store?: KeyValueStore;
  /** Delays or failures injected between two writes (tests and the load test), never in normal service. */
  faults?: { inbound?: InboundHooks; dispatcher?: DispatcherHooks };
}

/** The composition root: the one place where concrete implementations meet the interfaces the code depends on. */
export async function buildServices(config: Config, options: ServiceOptions): Promise<Services> {
  const { logger, clock } = options;
  const database = options.database ?? (await openDatabase(config.database));
  const store = options.store ?? createStore(config.store);
  const { db, sql, unitOfWork } = dataContext(database, clock);
  const inboundLog = new PrismaInboundLog(db, clock, sql);
  const outbox = new PrismaOutbox(db);
  const questions = new PrismaQuestionLog(db);
  const paraphrases = new PrismaParaphraseStore(db);
  const knowledge = await KnowledgeBase.open(
    new PrismaPolicyDocuments(db, clock),
    new JiebaTokenizer(),
    await readBuiltInDocuments(),
    undefined,
    { builtIn: await readBuiltInParaphrases(), store: paraphrases },
  );
  const faq = new RecentFaq(new PrismaFaqStore(db), clock);
  const model = config.llm && new OpenAiCompatibleModel(config.llm);
  const policies = new PolicyQaService(
    () => knowledge.current(),
    questions,
    { list: () => faq.recent() },
    config.llm &&
      model && {
        synthesizer: model,
        rewriter: model,
        timeoutMs: config.llm.timeoutMs,
        onError: (error) => logger.warn({ err: error }, 'LLM answer not used: sending the retrieved answer'),
      },
  );
  const people = new PrismaPersonDirectory(db, sql);
  const addressing = new ChatNoticeAddressing(people, [
    ...(config.wecom ? (['WECOM'] as const) : []),
    ...(config.dingtalk ? (['DINGTALK'] as const) : []),
    ...(config.localChannelEnabled ? (['LOCAL'] as const) : []),
  ]);
  const bindings = new BindingService(new PrismaBindingStore(db), clock, async (notices) => {
    for (const message of await addressing.address(notices)) await outbox.enqueue(message);
  });
  const ledger = new PrismaVisitLedger(db);
  const reminderSource = new PrismaReminderSource(db);
  const visitNotices = new VisitNotices(people, addressing, clock);
  const feedback = new FeedbackService(
    new PrismaFeedbackStore(db),
    new FeedbackNotices(people, addressing),
    ledger,
    clock,
  );
  const outcomeLedger = new PrismaOutcomeLedger(db);
  const assessmentSource = new PrismaAssessmentSource(db);
  const settings = new PrismaSettingStore(db);
  const assessments = new AssessmentService(assessmentSource, settings, addressing, config.quota, clock);
  const outcomes = new OutcomeService(outcomeLedger, ledger, new OutcomeNotices(people, addressing, clock), clock);
  const metrics = new ServiceMetrics(new PrismaMetricsSource(db));
  const reports = new VisitReportService(ledger, config.quota, clock, visitNotices);
  const disputeService = new VisitDisputeService(ledger, visitNotices, clock);
  const passedOn = new PassedOnMessages(
    {
      activePostings: (filter) => ledger.activePostings(filter),
      postingsOf: (personId) => ledger.postingsOf(personId),
      postedTo: (ids) => ledger.postedTo(ids),
      withRole: (role, filter) => people.withRole(role, filter),
    },
    addressing,
    outbox,
  );
  const workingDays = new WorkingDayEntries(settings);
  const reminders = new ReminderService(
    reminderSource,
    addressing,
    outbox,
    config.groupRobots.map((robot) => {
      const channel = robot.platform === 'wecom' ? ('WECOM_GROUP_ROBOT' as const) : ('DINGTALK_GROUP_ROBOT' as const);
      return { id: robot.id, scope: robot.scope, channel, maxBytes: MAX_MESSAGE_BYTES[channel] };
    }),
    config.quota,
    () => workingDays.calendar(),
  );
  const bot = createBot({
    onRouted: (message, decision) => metrics.countMessage(message.channel, decision),
    rateLimit: chatRateLimit(inboundLog, config.chatMessagesPerMinute),
    senders: people,
    conversations: new PrismaConversationStore(db),
    clock,
    logger,
    visits: visitHandlers({
      reports,
      evidence: new VisitEvidenceService(ledger),
      quota: config.quota,
      targets: reminderSource,
    }),
    outcomes: outcomeHandlers(outcomes),
    assessments: assessmentHandlers(assessments),
    confirmations: confirmationHandlers(new VisitConfirmationService(ledger, visitNotices, clock), outcomes),
    disputes: disputeHandlers(disputeService),
    disputeParties: disputePartyHandlers(disputeService, passedOn),
    feedback: feedbackHandlers(feedback),
    relay: relayHandlers(passedOn, reports),
    questions: questionHandlers(policies),
    binding: bindingHandlers(bindings, inboundLog, config.quota),
    quota: config.quota,
    digest: (official) => reminders.digestFor(official, clock.now()),
  });
  const dispatcher = createDispatcher({
    clock,
    queue: new PrismaOutboxQueue(db, clock, sql),
    senders: senders(config, store, clock),
    store,
    logger,
    hooks: options.faults?.dispatcher,
  });
  const processor: InboundProcessor = createInboundProcessor({
    log: inboundLog,
    bot,
    logger,
    unitOfWork,
    repliesTo: (message) => outbox.repliesTo(message),
    onReplies: () => dispatcher.nudge(),
    hooks: options.faults?.inbound,
  });
  return {
    config,
    logger,
    clock,
    database,
    store,
    readiness: { database: () => database.ping(), store: () => store.ping() },
    bot,
    people,
    processor,
    bindings,
    questions,
    knowledge,
    faq,
    paraphrases,
    dispatcher,
    visits: new PrismaVisitReader(db),
    progress: new ProgressService(new PrismaProgressReader(reminderSource), config.quota, clock),
    outbox,
    feedback,
    reminders,
    calendar: new PrismaCalendarStore(db),
    metrics,
    roster: new PrismaRosterStore(db),
    outcomes: outcomeLedger,
    workingDays,
    targets: reminderSource,
    assessments,
    assessmentSource,
    jobs: reminderJobs(reminders, config.schedules, logger),
    jobRuns: new PrismaJobRunLog(db),
    async close() {
      knowledge.stopWatching();
      await dispatcher.stop();
      await Promise.allSettled([store.close(), database.close()]);
    },
  };
}

function senders(config: Config, store: KeyValueStore, clock: Clock): Partial<Record<OutboundChannel, ChannelSender>> {
  const robots = new GroupRobotSender(config.groupRobots, clock);
  return {
    // Local (demo) users read their messages in the local channel; nothing leaves the service.
    LOCAL: { send: async () => {} },
    ...(config.wecom ? { WECOM: new WecomSender(config.wecom, store) } : {}),
    ...(config.dingtalk ? { DINGTALK: new DingtalkSender(config.dingtalk, store, clock) } : {}),
    ...(config.groupRobots.length > 0 ? { WECOM_GROUP_ROBOT: robots, DINGTALK_GROUP_ROBOT: robots } : {}),
  };
}

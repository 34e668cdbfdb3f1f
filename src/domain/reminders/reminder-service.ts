import { dateInShanghai } from '../../common/local-date.js';
import { splitUtf8 } from '../../common/text-chunks.js';
import type { NoticeAddressing } from '../outbox/notices.js';
import type { NewOutboxMessage } from '../outbox/outbox.js';
import type { Person } from '../programme/types.js';
import type { Quota } from '../progress/quota.js';
import type { JobContext, JobName, Outgoing } from './job-context.js';
import { assignmentExpiry } from './jobs/assignment-expiry.js';
import { calendarAnnouncements } from './jobs/calendar-announcements.js';
import { digestFor, digests } from './jobs/digests.js';
import { feedbackOverdue } from './jobs/feedback-overdue.js';
import { quotaReminders } from './jobs/quota-reminders.js';
import type { ReminderSource } from './reminder-source.js';
import { type WorkingCalendar, workingCalendar } from './working-days.js';

const JOBS: Record<JobName, (ctx: JobContext) => Promise<Outgoing[]>> = {
  quota: quotaReminders,
  digest: digests,
  'assignment-expiry': assignmentExpiry,
  'feedback-overdue': feedbackOverdue,
  calendar: calendarAnnouncements,
};

/** A group robot that posts into the officials' group of a scope (a city name, or "region"). */
export interface ScopedRobot {
  id: string;
  scope: string;
  channel: 'WECOM_GROUP_ROBOT' | 'DINGTALK_GROUP_ROBOT';
  /** The longest message the robot's platform takes whole, in UTF-8 bytes. */
  maxBytes: number;
}

export interface PlannedMessage {
  recipientId: string;
  channel: string;
  kind: string;
  text: string;
  dedupeKey: string;
}

/** Writes many outbox messages at once, skipping dedupe keys already there; returns the keys it wrote. */
export interface BulkOutbox {
  enqueueNew(messages: NewOutboxMessage[]): Promise<Set<string>>;
  /** Of these dedupe keys, those already in the outbox. */
  existing(dedupeKeys: string[]): Promise<Set<string>>;
}

/** Runs a reminder or digest job for a moment: what it would send, addressed, and (unless a dry run) enqueued. */
export class ReminderService {
  constructor(
    private readonly source: ReminderSource,
    private readonly addressing: NoticeAddressing,
    private readonly outbox: BulkOutbox,
    private readonly robots: ScopedRobot[],
    private readonly quota: Quota,
    /** The working days as of now (the holiday data and the office's entries). */
    readonly calendar: () => Promise<WorkingCalendar> = async () => workingCalendar(),
  ) {}

  /** The messages newly enqueued (or, on a dry run, that would be): the same period run twice enqueues nothing. */
  async run(job: JobName, at: Date, dryRun = false): Promise<PlannedMessage[]> {
    const outgoing = await JOBS[job](await this.contextAt(at));
    const messages = [
      ...(await this.addressing.address(outgoing.flatMap((o) => (o.to === 'person' ? [o] : [])))),
      ...outgoing.flatMap((o) => (o.to === 'robots' ? this.robotPosts(o) : [])),
    ];
    const fresh = dryRun
      ? await this.outbox.existing(messages.map((m) => m.dedupeKey)).then((seen) => {
          return new Set(messages.map((m) => m.dedupeKey).filter((key) => !seen.has(key)));
        })
      : await this.outbox.enqueueNew(messages);
    return messages
      .filter((m) => fresh.has(m.dedupeKey))
      .map((m) => ({
        recipientId: m.recipientId,
        channel: m.channel,
        kind: m.kind,
        text: m.text,
        dedupeKey: m.dedupeKey,
      }));
  }

  /** The digest an official asks for, as of `at` (null for anyone but an official). */
  async digestFor(official: Person, at: Date): Promise<string | null> {
    return digestFor(await this.contextAt(at), official);
  }

  private async contextAt(at: Date): Promise<JobContext> {
    return { at, today: dateInShanghai(at), source: this.source, quota: this.quota, calendar: await this.calendar() };
  }

  private robotPosts(o: Extract<Outgoing, { to: 'robots' }>): NewOutboxMessage[] {
    return this.robots
      .filter((robot) => robot.scope === o.scope)
      .flatMap((robot) => {
        const parts = splitUtf8(o.text, robot.maxBytes);
        return parts.map((text, index) => ({
          channel: robot.channel,
          recipientId: robot.id,
          kind: o.kind,
          text,
          format: o.format ?? 'TEXT',
          dedupeKey: `${o.dedupeKey}:${robot.id}${parts.length > 1 ? `#${index}` : ''}`,
          target: { channel: robot.channel, robotId: robot.id },
        }));
      });
  }
}

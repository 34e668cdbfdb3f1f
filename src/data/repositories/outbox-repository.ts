import { replyKeyPrefix } from '../../bot/reply-keys.js';
import type {
  NewOutboxMessage,
  OutboundChannel,
  Outbox,
  OutboxEntry,
  OutboxStatus,
} from '../../domain/outbox/outbox.js';
import type { BulkOutbox } from '../../domain/reminders/reminder-service.js';
import type { InboundMessage } from '../../platforms/contract.js';
import type { Db } from '../database.js';

export class PrismaOutbox implements Outbox, BulkOutbox {
  constructor(private readonly db: Db) {}

  async enqueue(message: NewOutboxMessage): Promise<boolean> {
    const { count } = await this.db.outboxMessage.createMany({
      data: [toOutboxRow(message)],
      skipDuplicates: true,
    });
    return count === 1;
  }

  async enqueueNew(messages: NewOutboxMessage[]): Promise<Set<string>> {
    const written = new Set<string>();
    // In slices: one statement per 1,000 messages keeps well under PostgreSQL's limit on bound parameters.
    for (let start = 0; start < messages.length; start += 1_000) {
      const rows = await this.db.outboxMessage.createManyAndReturn({
        data: messages.slice(start, start + 1_000).map(toOutboxRow),
        skipDuplicates: true,
        select: { dedupeKey: true },
      });
      for (const row of rows) written.add(row.dedupeKey);
    }
    return written;
  }

  /** The replies enqueued for an inbound message, in order (the local channel returns them in its response). */
  async repliesTo(message: Pick<InboundMessage, 'channel' | 'messageId'>) {
    const prefix = replyKeyPrefix(message);
    const rows = await this.db.outboxMessage.findMany({
      where: { dedupeKey: { startsWith: prefix } },
      select: { dedupeKey: true, text: true, format: true },
    });
    const position = (key: string) => key.slice(prefix.length).split(':').map(Number);
    return rows
      .map((row) => ({ row, at: position(row.dedupeKey) }))
      .sort((a, b) => (a.at[0] ?? 0) - (b.at[0] ?? 0) || (a.at[1] ?? 0) - (b.at[1] ?? 0))
      .map(({ row }) => ({
        text: row.text,
        format: row.format === 'MARKDOWN' ? ('markdown' as const) : ('text' as const),
      }));
  }

  async existing(dedupeKeys: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let start = 0; start < dedupeKeys.length; start += 5_000) {
      const rows = await this.db.outboxMessage.findMany({
        where: { dedupeKey: { in: dedupeKeys.slice(start, start + 5_000) } },
        select: { dedupeKey: true },
      });
      for (const row of rows) found.add(row.dedupeKey);
    }
    return found;
  }

  async list({ status, limit = 200 }: { status?: OutboxStatus; limit?: number }): Promise<OutboxEntry[]> {
    return this.db.outboxMessage.findMany({
      where: status ? { status } : {},
      select: ENTRY_FIELDS,
      orderBy: { createdAt: 'desc' },
      take: limit,
    });
  }

  async pushedTo(
    recipientId: string,
    channel: OutboundChannel,
    after: Date | null,
    limit: number,
  ): Promise<OutboxEntry[]> {
    return this.db.outboxMessage.findMany({
      where: { recipientId, channel, kind: { not: 'reply' }, ...(after ? { createdAt: { gt: after } } : {}) },
      select: ENTRY_FIELDS,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: limit,
    });
  }
}

const ENTRY_FIELDS = {
  id: true,
  channel: true,
  recipientId: true,
  kind: true,
  text: true,
  status: true,
  attempts: true,
  lastError: true,
  heldReason: true,
  nextAttemptAt: true,
  createdAt: true,
} as const;

export function toOutboxRow(message: NewOutboxMessage) {
  return {
    channel: message.channel,
    recipientId: message.recipientId,
    kind: message.kind,
    text: message.text,
    format: message.format ?? 'TEXT',
    dedupeKey: message.dedupeKey,
    target: (message.target ?? undefined) as object | undefined,
  };
}

import type {
  NewOutboxMessage,
  OutboundChannel,
  Outbox,
  OutboxEntry,
  OutboxStatus,
} from '../../domain/outbox/outbox.js';
import type { Db } from '../database.js';

export class PrismaOutbox implements Outbox {
  constructor(private readonly db: Db) {}

  async enqueue(message: NewOutboxMessage): Promise<boolean> {
    const { count } = await this.db.outboxMessage.createMany({
      data: [toOutboxRow(message)],
      skipDuplicates: true,
    });
    return count === 1;
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

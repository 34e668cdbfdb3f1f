import type { NewOutboxMessage, Outbox, OutboxEntry, OutboxStatus } from '../../domain/outbox/outbox.js';
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
      select: {
        id: true,
        channel: true,
        recipientId: true,
        kind: true,
        text: true,
        status: true,
        attempts: true,
        lastError: true,
        createdAt: true,
      },
      orderBy: { createdAt: 'desc' },
      take: limit,
    });
  }
}

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

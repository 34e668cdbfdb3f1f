import type { InboundLog } from '../../bot/inbound-log.js';
import type { NewOutboxMessage } from '../../domain/outbox/outbox.js';
import type { InboundMessage } from '../../platforms/contract.js';
import type { Db } from '../database.js';
import { toOutboxRow } from './outbox-repository.js';

export class PrismaInboundLog implements InboundLog {
  constructor(private readonly db: Db) {}

  /** One statement: a second delivery of the same message hits the unique key and returns nothing. */
  async record(message: InboundMessage): Promise<{ id: string } | null> {
    const rows = await this.db.$queryRaw<{ id: string }[]>`
      INSERT INTO inbound_messages (channel, dedupe_key, sender_account_id, conversation_id, conversation_type, text, payload)
      VALUES (${message.channel}::"Channel", ${message.messageId}, ${message.senderId}, ${message.conversationId},
              ${message.conversationKind}, ${message.text}, ${JSON.stringify(message)}::jsonb)
      ON CONFLICT (channel, dedupe_key) DO NOTHING
      RETURNING id::text`;
    return rows[0] ?? null;
  }

  async markProcessed(id: string): Promise<void> {
    await this.db.inboundMessage.update({
      where: { id },
      data: { status: 'PROCESSED', processedAt: new Date(), lockedUntil: null, attempts: { increment: 1 } },
    });
  }

  async markFailed(
    id: string,
    error: string,
    giveUp: boolean,
    apology: NewOutboxMessage[] = [],
    lease?: Date,
  ): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const { count } = await tx.inboundMessage.updateMany({
        where: { id, status: 'RECEIVED', ...(lease ? { lockedUntil: lease } : {}) },
        data: {
          ...(giveUp ? { status: 'FAILED' as const } : {}),
          lastError: error.slice(0, 1_000),
          lockedUntil: null,
          attempts: { increment: 1 },
        },
      });
      if (count === 1 && apology.length > 0) {
        await tx.outboxMessage.createMany({ data: apology.map(toOutboxRow), skipDuplicates: true });
      }
    });
  }

  async claim(id: string, leaseMs: number): Promise<{ message: InboundMessage; attempts: number; lease: Date } | null> {
    const rows = await this.db.$queryRaw<
      { payload: InboundMessage & { sentAt: string }; attempts: number; locked_until: Date }[]
    >`
      UPDATE inbound_messages SET locked_until = now() + make_interval(secs => ${leaseMs / 1000})
      WHERE id = ${id}::uuid AND status = 'RECEIVED' AND (locked_until IS NULL OR locked_until < now())
      RETURNING payload, attempts, locked_until`;
    const row = rows[0];
    if (!row) return null;
    return {
      message: { ...row.payload, sentAt: new Date(row.payload.sentAt) },
      attempts: row.attempts,
      lease: new Date(row.locked_until),
    };
  }

  async unfinished(limit: number): Promise<string[]> {
    const rows = await this.db.inboundMessage.findMany({
      where: { status: 'RECEIVED', OR: [{ lockedUntil: null }, { lockedUntil: { lt: new Date() } }] },
      select: { id: true },
      orderBy: { receivedAt: 'asc' },
      take: limit,
    });
    return rows.map((row) => row.id);
  }

  async complete(id: string, lease: Date, replies: NewOutboxMessage[]): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.inboundMessage.updateMany({
        where: { id, status: 'RECEIVED', lockedUntil: lease },
        data: { status: 'PROCESSED', processedAt: new Date(), lockedUntil: null, attempts: { increment: 1 } },
      });
      if (count !== 1) return false;
      await tx.outboxMessage.createMany({ data: replies.map(toOutboxRow), skipDuplicates: true });
      return true;
    });
  }
}

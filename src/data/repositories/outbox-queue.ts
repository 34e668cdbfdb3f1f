import type { OutboxQueue, QueuedMessage } from '../../delivery/outbox-queue.js';
import type { Db } from '../database.js';

interface Row {
  id: string;
  channel: QueuedMessage['channel'];
  recipient_id: string;
  kind: string;
  text: string;
  format: QueuedMessage['format'];
  target: QueuedMessage['target'];
  dedupe_key: string;
  attempts: number;
  next_attempt_at: Date;
  created_at: Date;
}

export class PrismaOutboxQueue implements OutboxQueue {
  constructor(private readonly db: Db) {}

  /** SKIP LOCKED: dispatchers on several instances take disjoint batches. */
  async claimDue(limit: number, leaseMs: number): Promise<QueuedMessage[]> {
    const rows = await this.db.$queryRaw<Row[]>`
      UPDATE outbox_messages SET locked_until = now() + make_interval(secs => ${leaseMs / 1000})
      WHERE id IN (
        SELECT id FROM outbox_messages
        WHERE status = 'PENDING' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
        ORDER BY next_attempt_at, created_at, dedupe_key
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING id::text, channel, recipient_id, kind, text, format, target, dedupe_key, attempts, next_attempt_at, created_at`;
    // RETURNING does not keep the subquery's order: restore it, so each recipient's messages go out oldest first.
    rows.sort(
      (a, b) =>
        a.next_attempt_at.getTime() - b.next_attempt_at.getTime() ||
        a.created_at.getTime() - b.created_at.getTime() ||
        (a.dedupe_key < b.dedupe_key ? -1 : a.dedupe_key > b.dedupe_key ? 1 : 0),
    );
    return rows.map((row) => ({
      id: row.id,
      channel: row.channel,
      recipientId: row.recipient_id,
      kind: row.kind,
      text: row.text,
      format: row.format,
      target: row.target,
      dedupeKey: row.dedupe_key,
      attempts: row.attempts,
    }));
  }

  async markSent(id: string): Promise<void> {
    await this.db.outboxMessage.update({
      where: { id },
      data: { status: 'SENT', sentAt: new Date(), lockedUntil: null, lastError: null, attempts: { increment: 1 } },
    });
  }

  async retryLater(id: string, error: string, nextAttemptAt: Date, countAttempt: boolean): Promise<void> {
    await this.db.outboxMessage.update({
      where: { id },
      data: {
        nextAttemptAt,
        lockedUntil: null,
        lastError: error.slice(0, 1_000),
        ...(countAttempt ? { attempts: { increment: 1 } } : {}),
      },
    });
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.db.outboxMessage.update({
      where: { id },
      data: { status: 'FAILED', lockedUntil: null, lastError: error.slice(0, 1_000), attempts: { increment: 1 } },
    });
  }
}

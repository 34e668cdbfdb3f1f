import { randomUUID } from 'node:crypto';
import { type Clock, later } from '../../common/clock.js';
import type { ClaimedBatch, OutboxQueue, QueuedMessage } from '../../delivery/outbox-queue.js';
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
  send_started_at: Date | null;
}

// Any constant: the transaction lock that makes dispatchers on several instances claim one after another.
const CLAIM_LOCK_KEY = 7_202_612;

export class PrismaOutboxQueue implements OutboxQueue {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /**
   * Claims are serialised (a transaction-scoped advisory lock), so the check "no earlier message of this recipient is
   * in flight elsewhere" cannot race another claim; SKIP LOCKED keeps a claim from waiting on rows being marked.
   */
  async claimDue(limit: number, leaseMs: number): Promise<ClaimedBatch> {
    const token = randomUUID();
    const now = this.clock.now();
    const rows = await this.db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CLAIM_LOCK_KEY})`;
      return tx.$queryRaw<Row[]>`
        UPDATE outbox_messages SET locked_until = ${later(this.clock, leaseMs)}, lease_token = ${token}::uuid
        WHERE id IN (
          SELECT o.id FROM outbox_messages o
          WHERE o.status = 'PENDING' AND o.next_attempt_at <= ${now} AND (o.locked_until IS NULL OR o.locked_until < ${now})
            AND NOT EXISTS (
              SELECT 1 FROM outbox_messages e
              WHERE e.channel = o.channel AND e.recipient_id = o.recipient_id AND e.status = 'PENDING'
                AND e.locked_until >= ${now} AND (e.created_at, e.dedupe_key) < (o.created_at, o.dedupe_key))
          ORDER BY o.next_attempt_at, o.created_at, o.dedupe_key
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED)
        RETURNING id::text, channel, recipient_id, kind, text, format, target, dedupe_key, attempts, next_attempt_at,
                  created_at, send_started_at`;
    });
    // RETURNING does not keep the subquery's order: restore it, so each recipient's messages go out oldest first.
    rows.sort(
      (a, b) =>
        a.next_attempt_at.getTime() - b.next_attempt_at.getTime() ||
        a.created_at.getTime() - b.created_at.getTime() ||
        (a.dedupe_key < b.dedupe_key ? -1 : a.dedupe_key > b.dedupe_key ? 1 : 0),
    );
    return {
      token,
      messages: rows.map((row) => ({
        id: row.id,
        channel: row.channel,
        recipientId: row.recipient_id,
        kind: row.kind,
        text: row.text,
        format: row.format,
        target: row.target,
        dedupeKey: row.dedupe_key,
        attempts: row.attempts,
        inDoubtSince: row.send_started_at ? new Date(row.send_started_at) : null,
      })),
    };
  }

  async beginSend(id: string, waiting: string[], token: string, leaseMs: number): Promise<boolean> {
    const now = this.clock.now();
    const until = later(this.clock, leaseMs);
    // One statement: the lease is extended and the send marked begun only while this dispatcher still holds it. The
    // first unknown outcome is kept: a resend must cover everything since then.
    const held = await this.db.$executeRaw`
      UPDATE outbox_messages SET locked_until = ${until}, send_started_at = COALESCE(send_started_at, ${now})
      WHERE id = ${id}::uuid AND lease_token = ${token}::uuid AND status = 'PENDING' AND locked_until > ${now}`;
    if (held !== 1) return false;
    if (waiting.length > 0) {
      // The rest of the batch keeps its lease while this one is sent (only where the lease is still this one).
      await this.db.outboxMessage.updateMany({
        where: { id: { in: waiting }, leaseToken: token, status: 'PENDING' },
        data: { lockedUntil: until },
      });
    }
    return true;
  }

  async markSent(id: string, token: string): Promise<boolean> {
    const { count } = await this.db.outboxMessage.updateMany({
      where: { id, leaseToken: token, status: 'PENDING' },
      data: {
        status: 'SENT',
        sentAt: this.clock.now(),
        lockedUntil: null,
        leaseToken: null,
        lastError: null,
        heldReason: null,
        attempts: { increment: 1 },
      },
    });
    return count === 1;
  }

  async retryLater(
    id: string,
    token: string,
    error: string,
    nextAttemptAt: Date,
    options: { countAttempt: boolean; notDelivered?: boolean; held?: boolean },
  ): Promise<boolean> {
    const { count } = await this.db.outboxMessage.updateMany({
      where: { id, leaseToken: token, status: 'PENDING' },
      data: {
        nextAttemptAt,
        lockedUntil: null,
        leaseToken: null,
        ...(options.held
          ? { heldReason: error.slice(0, 200) }
          : { lastError: error.slice(0, 1_000), heldReason: null }),
        ...(options.notDelivered ? { sendStartedAt: null } : {}),
        ...(options.countAttempt ? { attempts: { increment: 1 } } : {}),
      },
    });
    return count === 1;
  }

  async markFailed(id: string, token: string, error: string): Promise<boolean> {
    const { count } = await this.db.outboxMessage.updateMany({
      where: { id, leaseToken: token, status: 'PENDING' },
      data: {
        status: 'FAILED',
        lockedUntil: null,
        leaseToken: null,
        lastError: error.slice(0, 1_000),
        heldReason: null,
        attempts: { increment: 1 },
      },
    });
    return count === 1;
  }
}

import { randomUUID } from 'node:crypto';
import { type Clock, later } from '../../common/clock.js';
import { groupCommit } from '../../common/group-commit.js';
import type { ClaimedBatch, OutboxQueue, QueuedMessage } from '../../delivery/outbox-queue.js';
import type { Db } from '../database.js';
import type { SqlRunner } from '../sql-runner.js';

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

/**
 * The replies a dispatcher sends side by side are marked by one statement each step (group commit): beginning their
 * sends, and recording them sent. Texts never change with the batch's size (one array per column), so that
 * PostgreSQL keeps them prepared. Timestamps travel as UTC text, as the inbound log's do.
 */
const BEGIN_SENDS = {
  name: 'outbox-begin-sends',
  text: `
    UPDATE outbox_messages o SET locked_until = s.until::timestamp(3), send_started_at = COALESCE(o.send_started_at, $4::timestamp(3))
    FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS s(id, token, until)
    WHERE o.id = s.id AND o.lease_token = s.token AND o.status = 'PENDING' AND o.locked_until > $4::timestamp(3)
    RETURNING o.id::text`,
};
const MARK_SENT = {
  name: 'outbox-mark-sent',
  text: `
    UPDATE outbox_messages o SET status = 'SENT', sent_at = $3::timestamp(3), locked_until = NULL, lease_token = NULL,
      last_error = NULL, held_reason = NULL, attempts = o.attempts + 1
    FROM unnest($1::uuid[], $2::uuid[]) AS s(id, token)
    WHERE o.id = s.id AND o.lease_token = s.token AND o.status = 'PENDING'
    RETURNING o.id::text`,
};
const utc = (at: Date) => at.toISOString();

// Any constant: the transaction lock that makes dispatchers on several instances claim one after another.
const CLAIM_LOCK_KEY = 7_202_612;

export class PrismaOutboxQueue implements OutboxQueue {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly sql: SqlRunner,
  ) {}

  /** Runs `statement` for a batch of leased messages; each caller learns whether its row was updated. */
  private grouped<I extends { id: string; token: string }>(
    statement: { name: string; text: string },
    columns: (items: I[]) => unknown[],
  ) {
    return groupCommit(
      async (items: I[]) => {
        const rows = await this.sql.query<{ id: string }>(statement, [
          items.map((item) => item.id),
          items.map((item) => item.token),
          ...columns(items),
        ]);
        const updated = new Set(rows.map((row) => row.id));
        return items.map((item) => ({ status: 'fulfilled' as const, value: updated.has(item.id) }));
      },
      { inFlight: 2, maxBatch: 100 },
    );
  }

  private readonly beginSends = this.grouped(BEGIN_SENDS, (items: { id: string; token: string; until: Date }[]) => [
    items.map((item) => utc(item.until)),
    utc(this.clock.now()),
  ]);

  private readonly markSents = this.grouped(MARK_SENT, () => [utc(this.clock.now())]);

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
    // The lease is extended and the send marked begun only while this dispatcher still holds it. The first unknown
    // outcome is kept: a resend must cover everything since then.
    const until = later(this.clock, leaseMs);
    if (!(await this.beginSends({ id, token, until }))) return false;
    if (waiting.length > 0) {
      // The rest of the batch keeps its lease while this one is sent (only where the lease is still this one).
      await this.db.outboxMessage.updateMany({
        where: { id: { in: waiting }, leaseToken: token, status: 'PENDING' },
        data: { lockedUntil: until },
      });
    }
    return true;
  }

  markSent(id: string, token: string): Promise<boolean> {
    return this.markSents({ id, token });
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

import type { InboundLog, TakenMessage } from '../../bot/inbound-log.js';
import type { Clock } from '../../common/clock.js';
import { groupCommit } from '../../common/group-commit.js';
import type { NewOutboxMessage } from '../../domain/outbox/outbox.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { InboundMessage } from '../../platforms/contract.js';
import type { Db } from '../database.js';
import type { SqlRunner } from '../sql-runner.js';
import { toOutboxRow } from './outbox-repository.js';

/**
 * Every delivery of a batch as one statement whose text never changes with the batch's size (one array per
 * column), so that PostgreSQL keeps it prepared.
 */
const RECORD_DELIVERIES = {
  name: 'inbound-record-deliveries',
  // Text arrays, cast per column: every driver (PGlite too) knows how to send a text[].
  text: `
    INSERT INTO inbound_messages (channel, dedupe_key, sender_account_id, conversation_id, conversation_type, text, payload, received_at)
    SELECT channel::"Channel", dedupe_key, sender, conversation, kind, text, payload::jsonb, received_at::timestamp(3)
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
      AS delivery(channel, dedupe_key, sender, conversation, kind, text, payload, received_at)
    ON CONFLICT (channel, dedupe_key) DO NOTHING
    RETURNING id::text, channel::text, dedupe_key`,
};

/**
 * How many messages the account of the message `this` sent in the `windowMs` up to and including it (by arrival
 * order), and how many of them began with `prefix` if given.
 */
const sentRecently = (windowMs: number, prefix: string | null) => Prisma.sql`
  (SELECT count(*) FROM inbound_messages other
   WHERE other.channel = this.channel AND other.sender_account_id = this.sender_account_id
     AND other.received_at > this.received_at - make_interval(secs => ${windowMs / 1000})
     AND (other.received_at, other.id) <= (this.received_at, this.id)
     AND (${prefix}::text IS NULL OR starts_with(other.text, ${prefix ?? ''})))`;

/**
 * The message `id` if it is open: not done, and not being answered, which its row lock tells without waiting (a lease
 * in the future is how an earlier version marked it, kept while one may still run beside this one). Locks the row
 * until the transaction ends.
 */
const open = (id: string, now: Date) => Prisma.sql`
  SELECT id FROM inbound_messages WHERE id = ${id}::uuid AND status = 'RECEIVED'
    AND (locked_until IS NULL OR locked_until < ${now})
  FOR UPDATE SKIP LOCKED`;

/** A reply as the completing statement reads it (column names); see toOutboxRow for what the outbox stores. */
function toReplyRow(message: NewOutboxMessage) {
  const row = toOutboxRow(message);
  return {
    channel: row.channel,
    recipient_id: row.recipientId,
    kind: row.kind,
    text: row.text,
    format: row.format,
    dedupe_key: row.dedupeKey,
    target: row.target ?? null,
  };
}

export class PrismaInboundLog implements InboundLog {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly sql: SqlRunner,
  ) {}

  /**
   * Deliveries arriving together are stored by one statement (group commit), each acknowledged only once its row is
   * committed. A second delivery of the same message, earlier or in the same statement, hits the unique key and
   * gets null. Should the statement fail, each delivery is tried alone, so that one row the database refuses does not
   * fail the others.
   */
  readonly record: (message: InboundMessage) => Promise<{ id: string } | null> = groupCommit(
    async (messages: InboundMessage[]) => {
      const rows = messages.map((message) => ({ message, receivedAt: this.clock.now() }));
      const settled = <T>(value: T) => ({ status: 'fulfilled' as const, value });
      try {
        return (await this.insert(rows)).map(settled);
      } catch (error) {
        if (rows.length === 1) return [{ status: 'rejected' as const, reason: error }];
        return Promise.allSettled(rows.map(async (row) => (await this.insert([row]))[0] ?? null));
      }
    },
    { inFlight: 2, maxBatch: 200 },
  );

  private async insert(rows: { message: InboundMessage; receivedAt: Date }[]): Promise<({ id: string } | null)[]> {
    const column = <T>(pick: (row: { message: InboundMessage; receivedAt: Date }) => T) => rows.map(pick);
    const stored = await this.sql.query<{ id: string; channel: string; dedupe_key: string }>(RECORD_DELIVERIES, [
      column(({ message }) => message.channel),
      column(({ message }) => message.messageId),
      column(({ message }) => message.senderId),
      column(({ message }) => message.conversationId),
      column(({ message }) => message.conversationKind),
      column(({ message }) => message.text),
      column(({ message }) => JSON.stringify(message)),
      // The column is a timestamp without zone holding UTC, as Prisma writes it: the zone of the text is dropped.
      column(({ receivedAt }) => receivedAt.toISOString()),
    ]);
    const ids = new Map(stored.map((row) => [`${row.channel}\u0000${row.dedupe_key}`, row.id]));
    return rows.map(({ message }) => {
      const key = `${message.channel}\u0000${message.messageId}`;
      const id = ids.get(key);
      // A delivery repeated within the statement: the first gets the row, the repeat is a repeat.
      ids.delete(key);
      return id ? { id } : null;
    });
  }

  async find(channel: InboundMessage['channel'], messageId: string) {
    return this.db.inboundMessage.findUnique({
      where: { channel_dedupeKey: { channel, dedupeKey: messageId } },
      select: { id: true, status: true },
    });
  }

  async markFailed(id: string, error: string, giveUp: boolean, apology: NewOutboxMessage[] = []): Promise<void> {
    const now = this.clock.now();
    const closed = giveUp ? Prisma.sql`, status = 'FAILED', processed_at = ${now}` : Prisma.empty;
    await this.db.$transaction(async (tx) => {
      const count = await tx.$executeRaw`
        UPDATE inbound_messages SET attempts = attempts + 1, last_error = ${error.slice(0, 1_000)}, locked_until = NULL ${closed}
        WHERE id = (${open(id, now)})`;
      if (count === 1 && apology.length > 0) {
        await tx.outboxMessage.createMany({ data: apology.map(toOutboxRow), skipDuplicates: true });
      }
    });
  }

  async take(id: string, countWithinMs: number): Promise<TakenMessage | null> {
    const rows = await this.db.$queryRaw<
      { payload: InboundMessage & { sentAt: string }; attempts: number; received_at: Date; recent: bigint | number }[]
    >`
      SELECT payload, attempts, received_at, ${sentRecently(countWithinMs, null)} AS recent FROM inbound_messages this
      WHERE this.id = (${open(id, this.clock.now())})`;
    const row = rows[0];
    if (!row) return null;
    return {
      message: { ...row.payload, sentAt: new Date(row.payload.sentAt) },
      attempts: row.attempts,
      receivedAt: new Date(row.received_at),
      recentFromSender: Number(row.recent),
    };
  }

  async unfinished(limit: number): Promise<string[]> {
    const rows = await this.db.inboundMessage.findMany({
      where: { status: 'RECEIVED', OR: [{ lockedUntil: null }, { lockedUntil: { lt: this.clock.now() } }] },
      select: { id: true },
      orderBy: { receivedAt: 'asc' },
      take: limit,
    });
    return rows.map((row) => row.id);
  }

  async complete(id: string, replies: NewOutboxMessage[]): Promise<boolean> {
    const now = this.clock.now();
    // One statement: the message marked processed and its replies enqueued (only if it was still open), as the
    // outbox's own enqueue would store them (repeats of a dedupe key skipped).
    const rows = await this.db.$queryRaw<{ done: number }[]>`
      WITH done AS (
        UPDATE inbound_messages SET status = 'PROCESSED', processed_at = ${now}, locked_until = NULL, attempts = attempts + 1
        WHERE id = ${id}::uuid AND status = 'RECEIVED'
        RETURNING id),
      queued AS (
        INSERT INTO outbox_messages (channel, recipient_id, kind, text, format, dedupe_key, target, created_at, next_attempt_at)
        SELECT r.channel::"OutboundChannel", r.recipient_id, r.kind, r.text, r.format::"MessageFormat", r.dedupe_key, r.target,
               ${now}, ${now}
        FROM jsonb_to_recordset(${JSON.stringify(replies.map(toReplyRow))}::jsonb)
          AS r(channel text, recipient_id text, kind text, text text, format text, dedupe_key text, target jsonb)
        WHERE EXISTS (SELECT 1 FROM done)
        ON CONFLICT DO NOTHING)
      SELECT count(*)::int AS done FROM done`;
    return rows[0]?.done === 1;
  }

  async countRecent(id: string, windowMs: number, prefix?: string): Promise<number> {
    const rows = await this.db.$queryRaw<{ count: bigint | number }[]>`
      SELECT ${sentRecently(windowMs, prefix ?? null)} AS count FROM inbound_messages this WHERE this.id = ${id}::uuid`;
    return Number(rows[0]?.count ?? 0);
  }
}

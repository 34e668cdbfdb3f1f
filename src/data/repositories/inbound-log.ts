import type { InboundLog, TakenMessage } from '../../bot/inbound-log.js';
import type { Clock } from '../../common/clock.js';
import { groupCommit } from '../../common/group-commit.js';
import type { NewOutboxMessage } from '../../domain/outbox/outbox.js';
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
 * How many messages the account of the message `this` sent in the window (seconds, parameter `window`) up to and
 * including it (by arrival order), and how many of them began with the text of parameter `prefix` if that is not null.
 */
const sentRecently = (window: string, prefix: string) => `
  (SELECT count(*)::int FROM inbound_messages other
   WHERE other.channel = this.channel AND other.sender_account_id = this.sender_account_id
     AND other.received_at > this.received_at - make_interval(secs => ${window}::float8)
     AND (other.received_at, other.id) <= (this.received_at, this.id)
     AND (${prefix}::text IS NULL OR starts_with(other.text, ${prefix}::text)))`;

/**
 * The message $1 if it is open at time $2: not done, and not being answered, which its row lock tells without waiting
 * (a lease in the future is how an earlier version marked it, kept while one may still run beside this one). Locks
 * the row until the transaction ends; a row this transaction locked already is its own.
 */
const OPEN = `
  SELECT id FROM inbound_messages WHERE id = $1::uuid AND status = 'RECEIVED'
    AND (locked_until IS NULL OR locked_until < $2::timestamp(3))
  FOR UPDATE SKIP LOCKED`;

/** The statements every answered message runs, prepared per connection (their texts never change). */
const TAKE = {
  name: 'inbound-take',
  // received_at holds UTC without a zone; read as timestamptz it means the same instant to every driver.
  text: `
    SELECT payload, attempts, received_at AT TIME ZONE 'UTC' AS received_at, ${sentRecently('$3', 'NULL')} AS recent
    FROM inbound_messages this WHERE this.id = (${OPEN})`,
};

const COUNT_RECENT = {
  name: 'inbound-count-recent',
  text: `SELECT ${sentRecently('$2', '$3')} AS count FROM inbound_messages this WHERE this.id = $1::uuid`,
};

/**
 * Closes an attempt at the message, if it is still open (or locked by this transaction), and enqueues its replies in
 * the same statement, as the outbox's own enqueue would store them (repeats of a dedupe key skipped). $3 is the
 * status it closes with (PROCESSED, FAILED, or null to leave it open for another attempt), $4 the error, if any.
 */
const CLOSE_ATTEMPT = {
  name: 'inbound-close-attempt',
  text: `
    WITH closed AS (
      UPDATE inbound_messages
      SET attempts = attempts + 1, locked_until = NULL, last_error = COALESCE($4::text, last_error),
          status = COALESCE($3::text::"InboundStatus", status),
          processed_at = CASE WHEN $3::text IS NULL THEN processed_at ELSE $2::timestamp(3) END
      WHERE id = (${OPEN})
      RETURNING id),
    queued AS (
      INSERT INTO outbox_messages (channel, recipient_id, kind, text, format, dedupe_key, target, created_at, next_attempt_at)
      SELECT r.channel::"OutboundChannel", r.recipient_id, r.kind, r.text, r.format::"MessageFormat", r.dedupe_key, r.target,
             $2::timestamp(3), $2::timestamp(3)
      FROM jsonb_to_recordset($5::jsonb)
        AS r(channel text, recipient_id text, kind text, text text, format text, dedupe_key text, target jsonb)
      WHERE EXISTS (SELECT 1 FROM closed)
      ON CONFLICT DO NOTHING)
    SELECT count(*)::int AS done FROM closed`,
};

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
    await this.close(id, giveUp ? 'FAILED' : null, error.slice(0, 1_000), apology);
  }

  async take(id: string, countWithinMs: number): Promise<TakenMessage | null> {
    const rows = await this.sql.query<{
      payload: InboundMessage & { sentAt: string };
      attempts: number;
      received_at: Date;
      recent: number;
    }>(TAKE, [id, this.clock.now().toISOString(), countWithinMs / 1000]);
    const row = rows[0];
    if (!row) return null;
    return {
      message: { ...row.payload, sentAt: new Date(row.payload.sentAt) },
      attempts: row.attempts,
      receivedAt: new Date(row.received_at),
      recentFromSender: row.recent,
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
    return this.close(id, 'PROCESSED', null, replies);
  }

  async countRecent(id: string, windowMs: number, prefix?: string): Promise<number> {
    const rows = await this.sql.query<{ count: number }>(COUNT_RECENT, [id, windowMs / 1000, prefix ?? null]);
    return rows[0]?.count ?? 0;
  }

  private async close(
    id: string,
    status: 'PROCESSED' | 'FAILED' | null,
    error: string | null,
    replies: NewOutboxMessage[],
  ): Promise<boolean> {
    const now = this.clock.now().toISOString();
    const rows = await this.sql.query<{ done: number }>(CLOSE_ATTEMPT, [
      id,
      now,
      status,
      error,
      JSON.stringify(replies.map(toReplyRow)),
    ]);
    return rows[0]?.done === 1;
  }
}

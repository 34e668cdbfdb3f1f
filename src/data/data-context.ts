import { AsyncLocalStorage } from 'node:async_hooks';
import type { Clock } from '../common/clock.js';
import type { UnitOfWork } from '../common/unit-of-work.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { Database, Db } from './database.js';
import type { SqlRunner } from './sql-runner.js';

type Tx = Prisma.TransactionClient;

/**
 * The fields the schema defaults to "now" (`@default(now())`, `@updatedAt`), per model: filled from the service clock
 * on every write instead, so no row carries the machine's time. A test checks this list against the schema.
 */
export const CLOCK_FIELDS: Record<string, { onCreate: string[]; onUpdate: string[] }> = {
  Institution: { onCreate: ['createdAt', 'updatedAt'], onUpdate: ['updatedAt'] },
  Enterprise: { onCreate: ['createdAt', 'updatedAt'], onUpdate: ['updatedAt'] },
  Person: { onCreate: ['createdAt', 'updatedAt'], onUpdate: ['updatedAt'] },
  PlatformAccount: { onCreate: ['createdAt'], onUpdate: [] },
  Team: { onCreate: ['createdAt', 'updatedAt'], onUpdate: ['updatedAt'] },
  Assignment: { onCreate: ['createdAt', 'updatedAt'], onUpdate: ['updatedAt'] },
  Visit: { onCreate: ['createdAt', 'updatedAt'], onUpdate: ['updatedAt'] },
  FeedbackTicket: { onCreate: ['createdAt', 'updatedAt', 'waitingSince'], onUpdate: ['updatedAt'] },
  FeedbackReply: { onCreate: ['createdAt'], onUpdate: [] },
  PostingRating: { onCreate: ['createdAt'], onUpdate: [] },
  CalendarEvent: { onCreate: ['createdAt'], onUpdate: [] },
  PolicyDocument: { onCreate: ['createdAt', 'updatedAt'], onUpdate: ['updatedAt'] },
  InboundMessage: { onCreate: ['receivedAt'], onUpdate: [] },
  OutboxMessage: { onCreate: ['createdAt', 'nextAttemptAt'], onUpdate: [] },
  BindingCode: { onCreate: ['createdAt'], onUpdate: [] },
  PolicyQuestion: { onCreate: ['createdAt'], onUpdate: [] },
  FaqEntry: { onCreate: ['createdAt'], onUpdate: [] },
  Paraphrase: { onCreate: ['createdAt'], onUpdate: [] },
  Conversation: { onCreate: ['updatedAt'], onUpdate: ['updatedAt'] },
  Outcome: { onCreate: ['createdAt', 'updatedAt'], onUpdate: ['updatedAt'] },
  ProgrammeSetting: { onCreate: ['updatedAt'], onUpdate: ['updatedAt'] },
};

type Row = Record<string, unknown>;

function withTimes(data: unknown, fields: string[], now: Date): unknown {
  if (Array.isArray(data)) return data.map((row) => withTimes(row, fields, now));
  if (!data || typeof data !== 'object' || fields.length === 0) return data;
  const row = { ...(data as Row) };
  for (const field of fields) if (row[field] === undefined) row[field] = now;
  return row;
}

/** Fills createdAt / updatedAt from the clock on every write, so no row carries the machine's time. */
function stamped(prisma: Db, clock: Clock): Db {
  return prisma.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const fields = CLOCK_FIELDS[model];
          if (!fields) return query(args);
          const now = clock.now();
          const a = args as Row;
          switch (operation) {
            case 'create':
            case 'createMany':
            case 'createManyAndReturn':
              return query({ ...a, data: withTimes(a.data, fields.onCreate, now) } as typeof args);
            case 'update':
            case 'updateMany':
            case 'updateManyAndReturn':
              return query({ ...a, data: withTimes(a.data, fields.onUpdate, now) } as typeof args);
            case 'upsert':
              return query({
                ...a,
                create: withTimes(a.create, fields.onCreate, now),
                update: withTimes(a.update, fields.onUpdate, now),
              } as typeof args);
            default:
              return query(args);
          }
        },
      },
    },
  }) as unknown as Db;
}

export interface DataContext {
  /**
   * The database as repositories use it: inside a unit of work every call (and every `$transaction` a repository
   * opens) joins that unit's transaction; outside one it is the pooled client.
   */
  db: Db;
  /** Statements past Prisma's query builder; inside a unit of work they run in its transaction. */
  sql: SqlRunner;
  unitOfWork: UnitOfWork;
}

/** How long one unit of work may hold its transaction (the answer to an inbound message, which locks its row). */
const UNIT_TIMEOUT_MS = 60_000;
const UNIT_MAX_WAIT_MS = 15_000;
/**
 * A unit of work is a Prisma interactive transaction, which the repositories' calls (and the `$transaction`s they
 * open) join here. The SQL runner's statements join it too: on PostgreSQL on the transaction's own connection
 * (`database.unit`), on PGlite through the transaction's client.
 */
export function dataContext(database: Pick<Database, 'prisma' | 'sql' | 'unit'>, clock: Clock): DataContext {
  const base = stamped(database.prisma, clock);
  // A call made after its unit ended (work it left behind) still finds that unit's transaction, and fails with it.
  const active = new AsyncLocalStorage<{ tx: Tx; open: boolean }>();

  const begin = <T>(work: (tx: Tx) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T> => {
    const current = active.getStore();
    // Inside an open unit, the inner one joins it. Work that outlived its unit (a timer set inside one) begins anew.
    if (current?.open) return work(current.tx);
    const open = () =>
      base.$transaction((tx) => {
        const unit = { tx, open: true };
        return active
          .run(unit, () => work(tx))
          .finally(() => {
            unit.open = false;
          });
      }, options);
    return database.unit ? database.unit(open) : open();
  };

  const sql: SqlRunner = {
    query<Row>(statement: { name: string; text: string }, params: unknown[]) {
      const tx = active.getStore()?.tx;
      if (tx && !database.unit) return tx.$queryRawUnsafe<Row[]>(statement.text, ...params);
      return database.sql.query<Row>(statement, params);
    },
  };

  const db = new Proxy(base, {
    get(target, property) {
      if (property === '$transaction') return begin;
      const client = (active.getStore()?.tx ?? target) as unknown as Row;
      const value = Reflect.get(client, property);
      return typeof value === 'function' ? value.bind(client) : value;
    },
  });

  return {
    db,
    sql,
    unitOfWork: {
      run: (work) => begin(() => work(), { timeout: UNIT_TIMEOUT_MS, maxWait: UNIT_MAX_WAIT_MS }),
    },
  };
}

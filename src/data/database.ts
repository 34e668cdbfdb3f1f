import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Config } from '../config/env.js';
import { PrismaClient } from '../generated/prisma/client.js';
import { lockDataDir } from './adapters/data-dir-lock.js';
import { pgliteAdapter, postgresAdapter, postgresMigrationAdapter } from './adapters/driver-adapters.js';
import { UnitPool } from './adapters/unit-pool.js';
import { applyMigrations } from './migrations/apply-migrations.js';
import { readMigrations } from './migrations/migration-files.js';
import { pgliteRunner, poolRunner, type SqlRunner } from './sql-runner.js';

export type Db = PrismaClient;

export interface Database {
  prisma: Db;
  /**
   * The same database past Prisma, for the statements every message runs. Repositories take the data context's
   * runner, which keeps a unit of work's statements in its transaction (see dataContext).
   */
  sql: SqlRunner;
  /**
   * Runs `open`, which opens the Prisma transaction of a unit of work, so that `sql` runs its statements on that
   * transaction's connection (PostgreSQL). Absent on PGlite, where they go through the transaction's Prisma client.
   */
  unit?: <T>(open: () => Promise<T>) => Promise<T>;
  kind: 'postgres' | 'embedded';
  /** Migrations this opening applied (the embedded default migrates at start). */
  appliedMigrations: string[];
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the database. Embedded (no DATABASE_URL): PGlite on disk in DATA_DIR, migrated at start. PostgreSQL:
 * migrations are applied by `npm run db:migrate` before start; a database behind the code is refused.
 */
export async function openDatabase(config: Config['database']): Promise<Database> {
  return config.kind === 'embedded' ? openEmbedded(path.join(config.dataDir, 'pgdata')) : openPostgres(config.url);
}

export async function openEmbedded(dataDir: string | undefined): Promise<Database> {
  if (dataDir) await mkdir(path.dirname(dataDir), { recursive: true });
  const unlock = dataDir ? await lockDataDir(dataDir) : async () => {};
  let pglite: PGlite | undefined;
  let appliedMigrations: string[];
  try {
    pglite = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
    appliedMigrations = await applyMigrations(pgliteAdapter(pglite));
    // The schema engine leaves its advisory lock to be freed with the session, and PGlite has only one.
    await pglite.query('SELECT pg_advisory_unlock_all()');
  } catch (error) {
    await pglite?.close();
    await unlock();
    throw error;
  }
  const db = pglite;
  const prisma = new PrismaClient({ adapter: pgliteAdapter(db) });
  return {
    prisma,
    sql: pgliteRunner(db),
    kind: 'embedded',
    appliedMigrations,
    ping: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
    close: once(async () => {
      await prisma.$disconnect();
      await db.close();
      await unlock();
    }),
  };
}

export async function openPostgres(url: string, options: { requireMigrated?: boolean } = {}): Promise<Database> {
  const pool = new UnitPool({ connectionString: url, max: 10 });
  // An idle connection that breaks (a database restart) is dropped by the pool and replaced at the next query.
  pool.on('error', () => {});
  const prisma = new PrismaClient({ adapter: postgresAdapter(pool) });
  const disconnect = async () => {
    await prisma.$disconnect();
    await pool.end();
  };
  const database: Database = {
    prisma,
    sql: poolRunner(pool),
    unit: (open) => pool.unit(open),
    kind: 'postgres',
    appliedMigrations: [],
    ping: async () => {
      await prisma.$queryRaw`SELECT 1`;
    },
    close: once(disconnect),
  };
  if (options.requireMigrated ?? true) {
    const pending = await pendingMigrations(prisma).catch(async (error: unknown) => {
      await disconnect();
      throw error;
    });
    if (pending.length > 0) {
      await disconnect();
      throw new Error(`Run \`npm run db:migrate\` first: the database is missing migrations (${pending.join(', ')})`);
    }
  }
  return database;
}

function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= close();
    return closing;
  };
}

/** Migration folders that the database has not applied yet. */
export async function pendingMigrations(prisma: Db): Promise<string[]> {
  const [{ exists }] = await prisma.$queryRaw<[{ exists: boolean }]>`
    SELECT to_regclass('_prisma_migrations') IS NOT NULL AS "exists"`;
  const applied = exists
    ? await prisma.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`
    : [];
  const done = new Set(applied.map((row) => row.migration_name));
  const { migrationDirectories } = await readMigrations();
  return migrationDirectories.map((dir) => dir.path).filter((name) => !done.has(name));
}

// Any constant: the key of the session lock that lets one migration run at a time against a database.
const MIGRATION_LOCK_KEY = 7_202_611;

/** Applies pending migrations to PostgreSQL (`npm run db:migrate`), one runner at a time. */
export async function migratePostgres(url: string): Promise<string[]> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const lock = await pool.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await applyMigrations(postgresMigrationAdapter(pool));
  } finally {
    lock.release();
    await pool.end();
  }
}

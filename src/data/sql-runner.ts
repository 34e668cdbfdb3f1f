import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { UnitPool } from './adapters/unit-pool.js';

/**
 * One SQL statement straight to the driver, past Prisma's query pipeline: for the statements every delivery and every
 * answered message runs. Inside a unit of work it runs in the unit's transaction (see dataContext). `name` lets
 * PostgreSQL keep the statement prepared per connection; the text must then never change.
 */
export interface SqlRunner {
  query<Row>(statement: { name: string; text: string }, params: unknown[]): Promise<Row[]>;
}

/** Statements on the pool, or inside a unit of work on the unit's connection. */
export function poolRunner(pool: UnitPool): SqlRunner {
  return {
    async query<Row>(statement: { name: string; text: string }, params: unknown[]) {
      const on: pg.Pool | pg.PoolClient = pool.unitConnection() ?? pool;
      const result = await on.query({ name: statement.name, text: statement.text, values: params });
      return result.rows as Row[];
    },
  };
}

export function pgliteRunner(db: PGlite): SqlRunner {
  return {
    async query<Row>(statement: { name: string; text: string }, params: unknown[]) {
      return (await db.query<Row>(statement.text, params)).rows;
    },
  };
}

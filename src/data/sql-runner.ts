import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

/**
 * One SQL statement straight to the driver, past Prisma's query pipeline: for the statement on the platforms'
 * acknowledgement path, which runs for every delivery. Never inside a unit of work (it has its own connection).
 * `name` lets PostgreSQL keep the statement prepared per connection; the text must then never change.
 */
export interface SqlRunner {
  query<Row>(statement: { name: string; text: string }, params: unknown[]): Promise<Row[]>;
}

export function poolRunner(pool: pg.Pool): SqlRunner {
  return {
    async query<Row>(statement: { name: string; text: string }, params: unknown[]) {
      const result = await pool.query({ name: statement.name, text: statement.text, values: params });
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

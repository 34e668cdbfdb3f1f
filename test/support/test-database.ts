import pg from 'pg';
import { type Database, migratePostgres, openEmbedded, openPostgres } from '../../src/data/database.js';
import { testDatabaseUrl, uniqueSuffix } from './env.js';

export interface TestDatabase extends Database {
  /** Closes the connection and removes what the test created. */
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: a new database on the PostgreSQL server named by DATABASE_URL,
 * or an in-memory embedded PGlite.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (!testDatabaseUrl) {
    const database = await openEmbedded(undefined);
    return { ...database, dispose: () => database.close() };
  }
  const name = `kjtpy_test_${uniqueSuffix()}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  await migratePostgres(url.toString());
  const database = await openPostgres(url.toString());
  return {
    ...database,
    async dispose() {
      await database.close();
      // Connections a closed client still winds down are waited for: forcing them closed makes the server send
      // them a FATAL error, which surfaces in whatever test file runs next in this worker.
      for (let attempt = 0; attempt < 20; attempt++) {
        try {
          await adminQuery(`DROP DATABASE IF EXISTS "${name}"`);
          return;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

export function testDatabaseUrlFor(name: string): string {
  const url = new URL(testDatabaseUrl as string);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or to the embedded database in DATA_DIR).
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { loadConfig } from '../config/env.js';
import { pgliteAdapter } from './adapters/driver-adapters.js';
import { migratePostgres } from './database.js';
import { applyMigrations } from './migrations/apply-migrations.js';

try {
  const { database } = loadConfig();
  let applied: string[];
  if (database.kind === 'postgres') {
    applied = await migratePostgres(database.url);
  } else {
    const pglite = await PGlite.create(path.join(database.dataDir, 'pgdata'));
    applied = await applyMigrations(pgliteAdapter(pglite));
    await pglite.close();
  }
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
  // The schema engine leaves an idle pooled connection behind; do not wait for it to time out.
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

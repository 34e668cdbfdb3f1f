// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or to the embedded database in DATA_DIR).
import path from 'node:path';
import { loadConfigOrExit } from '../config/env.js';
import { migratePostgres, openEmbedded } from './database.js';

const { database } = loadConfigOrExit();
try {
  let applied: string[];
  if (database.kind === 'postgres') {
    applied = await migratePostgres(database.url);
  } else {
    const embedded = await openEmbedded(path.join(database.dataDir, 'pgdata'));
    applied = embedded.appliedMigrations;
    await embedded.close();
  }
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

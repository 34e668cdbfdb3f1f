// Writes a new migration folder with the SQL that takes the database from the current migrations to
// prisma/schema.prisma, offline, through the WebAssembly schema engine over an in-memory PGlite.
// Usage: npm run db:migration:create -- <name>
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { systemClock } from '../src/common/clock.js';
import { pgliteAdapter } from '../src/data/adapters/driver-adapters.js';
import { NO_FILTERS } from '../src/data/migrations/apply-migrations.js';
import { prismaDir, readMigrations, readSchema } from '../src/data/migrations/migration-files.js';
import { openSchemaEngine } from '../src/data/migrations/schema-engine.js';

const name = (process.argv[2] ?? '').trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run db:migration:create -- <name>   (lower-case letters, digits and _)');
  process.exit(2);
}

const pglite = new PGlite();
const engine = await openSchemaEngine(pgliteAdapter(pglite), await readSchema());
const schema = await readSchema();
const { stdout } = await engine.diff({
  from: { tag: 'migrations', ...(await readMigrations()) },
  to: { tag: 'schemaDatamodel', files: [{ path: schema.path, content: schema.content }] },
  script: true,
  exitCode: null,
  filters: NO_FILTERS,
});
engine.free();
await pglite.close();

const sql = (stdout ?? '').trim();
if (!sql || sql === '-- This is an empty migration.') {
  console.log('The schema matches the migrations: nothing to write.');
  process.exit(0);
}
const stamp = systemClock.now().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join(prismaDir(), 'migrations', `${stamp}_${name}`);
await mkdir(dir, { recursive: true });
await writeFile(path.join(dir, 'migration.sql'), `${sql}\n`);

console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);

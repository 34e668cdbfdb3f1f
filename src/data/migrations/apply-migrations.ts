import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { readMigrations, readSchema } from './migration-files.js';
import { openSchemaEngine } from './schema-engine.js';

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * Applies every migration in prisma/migrations not yet applied, and records it in `_prisma_migrations` exactly
 * as `prisma migrate deploy` does (so either tool can take over). Returns the names of the migrations applied.
 */
export async function applyMigrations(adapter: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const engine = await openSchemaEngine(adapter, await readSchema());
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrations(),
      filters: NO_FILTERS,
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}

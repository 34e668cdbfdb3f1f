import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { projectPath } from '../../common/project-paths.js';

export const prismaDir = () => projectPath('prisma');

export async function readSchema(): Promise<{ path: string; content: string }> {
  const file = path.join(prismaDir(), 'schema.prisma');
  return { path: file, content: await readFile(file, 'utf8') };
}

/** prisma/migrations in the shape Prisma's schema engine reads: `<timestamp>_<name>/migration.sql` folders. */
export async function readMigrations(migrationsDir = path.join(prismaDir(), 'migrations')): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      folders.map(async (folder) => ({
        path: folder,
        migrationFile: {
          path: 'migration.sql',
          content: {
            tag: 'ok' as const,
            value: await readFile(path.join(migrationsDir, folder, 'migration.sql'), 'utf8'),
          },
        },
      })),
    ),
  };
}

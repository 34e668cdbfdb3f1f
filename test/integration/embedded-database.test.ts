import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbedded } from '../../src/data/database.js';

describe('the embedded database on disk', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kjtpy-embedded-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('migrates on first open, keeps data across reopenings, and applies nothing the second time', async () => {
    const dataDir = path.join(dir, 'pgdata');
    const first = await openEmbedded(dataDir);
    expect(first.appliedMigrations.length).toBeGreaterThan(0);
    await first.prisma.city.create({ data: { name: '南宁市' } });
    await first.close();

    const second = await openEmbedded(dataDir);
    expect(second.appliedMigrations).toEqual([]);
    expect(await second.prisma.city.count()).toBe(1);
    await second.close();
  });

  it('refuses a second opener while the database is open, which would silently lose writes', async () => {
    const dataDir = path.join(dir, 'shared');
    const owner = await openEmbedded(dataDir);
    await expect(openEmbedded(dataDir)).rejects.toThrow(/in use/);
    await owner.close();
    const next = await openEmbedded(dataDir);
    await next.close();
  });

  it('takes over the lock left by a process that died', async () => {
    const dataDir = path.join(dir, 'stale');
    await writeFile(`${dataDir}.lock`, '999999');
    const database = await openEmbedded(dataDir);
    await database.close();
  });
});

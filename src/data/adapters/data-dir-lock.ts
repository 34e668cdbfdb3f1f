import { open, readFile, rm } from 'node:fs/promises';

/**
 * PGlite does not lock its data directory, and a second process that opens it silently loses writes. This lock
 * file (holding the owner's pid) lets one process at a time open the embedded database; a stale file left by a
 * process that died is taken over.
 */
const heldHere = new Set<string>();

export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const file = `${dataDir}.lock`;
  if (heldHere.has(file)) throw inUse(dataDir, process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      heldHere.add(file);
      return async () => {
        heldHere.delete(file);
        await rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      // The same pid without a lock held here is a stale file (in a container the pid is often reused).
      if (owner && owner !== process.pid && isAlive(owner)) throw inUse(dataDir, owner);
      await rm(file, { force: true });
    }
  }
  throw new Error(`Could not lock the embedded database in ${dataDir}`);
}

function inUse(dataDir: string, owner: number): Error {
  return new Error(
    `The embedded database in ${dataDir} is in use by process ${owner}. Run one instance on the embedded ` +
      'default, or set DATABASE_URL (PostgreSQL) to run several.',
  );
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

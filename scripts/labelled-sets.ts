// What the labelled sets share (test/fixtures/<set>/): JSON Lines to tune on and held out, and the levels CI holds
// the reader of each set to.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');

/** Each part's shares, per figure: what `--record` writes and the eval tests hold the reader to. */
export type Levels = Record<'tune' | 'heldOut', Record<string, number>>;

export function labelledSet(folder: string) {
  const dir = path.join(fixtures, folder);
  return {
    /** The cases of the files named, in order, one JSON object a line. */
    async read<T>(...files: string[]): Promise<T[]> {
      const texts = await Promise.all(files.map((file) => readFile(path.join(dir, file), 'utf8')));
      return texts.flatMap((text) =>
        text
          .split('\n')
          .filter((line) => line.trim())
          .map((line) => JSON.parse(line) as T),
      );
    },
    levelsFile: path.join(dir, 'levels.json'),
  };
}

/** A share rounded down to a tenth of a per cent, so that the same reading meets the level it recorded. */
export const share = (n: number, of: number) => Math.floor((1000 * n) / Math.max(of, 1)) / 1000;

/** `--record`: writes both parts' levels to the set's levels file. */
export async function recordIfAsked(file: string, levels: Levels): Promise<void> {
  if (!process.argv.includes('--record')) return;
  await writeFile(file, `${JSON.stringify(levels, null, 2)}\n`);
  console.log(`\nrecorded the levels in ${file}`);
}

/** The levels last recorded for a set. */
export async function recordedLevels(file: string): Promise<Levels> {
  return JSON.parse(await readFile(file, 'utf8')) as Levels;
}

// The labelled visit-report messages: the part tuned on and the held-out part, as `npm run eval:visits` and the
// eval test read them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIELDS, type Score, type VisitCase } from '../src/domain/visits/visit-eval.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'visits');

async function read(file: string): Promise<VisitCase[]> {
  return (await readFile(path.join(fixtures, file), 'utf8'))
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as VisitCase);
}

export const loadTune = async () => [...(await read('tune.jsonl')), ...(await read('tune-2.jsonl'))];
export const loadHeldOut = () => read('heldout.jsonl');

/** The figures CI holds the reader to: each part's share right, per field, all fields, and must-refuse refused. */
export type Levels = Record<'tune' | 'heldOut', Record<string, number>>;
export const LEVELS_FILE = path.join(fixtures, 'levels.json');

export function levelsOf(score: Score): Record<string, number> {
  const share = (n: number, of: number) => Math.floor((1000 * n) / Math.max(of, 1)) / 1000;
  return {
    allFields: share(score.allRight, score.cases),
    ...Object.fromEntries(FIELDS.map((field) => [field, share(score.fields[field], score.cases)])),
    mustRefuseRefused: share(score.refusals.refused, score.refusals.cases),
  };
}

// The labelled outcome messages: the part tuned on and the held-out part, as `npm run eval:outcomes` and the eval
// test read them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUTCOME_FIELDS, type OutcomeCase, type OutcomeScore } from '../src/domain/outcomes/outcome-eval.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'outcomes');

async function read(file: string): Promise<OutcomeCase[]> {
  return (await readFile(path.join(fixtures, file), 'utf8'))
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as OutcomeCase);
}

export const loadOutcomeTune = async () => [...(await read('tune.jsonl')), ...(await read('tune-2.jsonl'))];
export const loadOutcomeHeldOut = async () => [...(await read('heldout.jsonl')), ...(await read('heldout-2.jsonl'))];

export type OutcomeLevels = Record<'tune' | 'heldOut', Record<string, number>>;
export const OUTCOME_LEVELS_FILE = path.join(fixtures, 'levels.json');

export function outcomeLevelsOf(score: OutcomeScore): Record<string, number> {
  const share = (n: number, of: number) => Math.floor((1000 * n) / Math.max(of, 1)) / 1000;
  return {
    allFields: share(score.allRight, score.cases),
    reportsRead: share(score.reports.right, score.reports.of),
    othersLeft: share(score.others.right, score.others.of),
    ...Object.fromEntries(OUTCOME_FIELDS.map((f) => [f, share(score.fields[f].right, score.fields[f].of)])),
  };
}

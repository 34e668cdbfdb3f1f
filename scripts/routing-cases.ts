// The labelled routing messages: the part tuned on and the held-out part, as `npm run eval:routing` and the routing
// eval test read them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RoutingCase, RoutingScore } from '../src/bot/routing-eval.js';
import { type LocalDate, parseLocalDate } from '../src/common/local-date.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'routing');

async function read(file: string): Promise<RoutingCase[]> {
  return (await readFile(path.join(fixtures, file), 'utf8'))
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as RoutingCase);
}

export const loadTune = async () => [...(await read('tune.jsonl')), ...(await read('tune-2.jsonl'))];
export const loadHeldOut = () => read('heldout.jsonl');

/** The day the labelled messages are read on (they name days relative to it, if at all). */
export const EVAL_TODAY = parseLocalDate('2026-11-24') as LocalDate;

/** The figures CI holds the router to: each part's share right, overall and per label. */
export type Levels = Record<'tune' | 'heldOut', Record<string, number>>;
export const LEVELS_FILE = path.join(fixtures, 'levels.json');

export function levelsOf(score: RoutingScore): Record<string, number> {
  const share = (n: number, of: number) => Math.floor((1000 * n) / Math.max(of, 1)) / 1000;
  return {
    all: share(score.right, score.cases),
    ...Object.fromEntries(Object.entries(score.byLabel).map(([label, s]) => [label, share(s.right, s.cases)])),
  };
}

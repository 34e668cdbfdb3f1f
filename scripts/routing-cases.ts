// The labelled routing messages: the part tuned on and the held-out part, as `npm run eval:routing` and the routing
// eval test read them.
import type { RoutingCase, RoutingScore } from '../src/bot/routing-eval.js';
import { type LocalDate, parseLocalDate } from '../src/common/local-date.js';
import { labelledSet, share } from './labelled-sets.js';

const set = labelledSet('routing');
export const loadTune = () => set.read<RoutingCase>('tune.jsonl', 'tune-2.jsonl');
export const loadHeldOut = () => set.read<RoutingCase>('heldout.jsonl');
export const LEVELS_FILE = set.levelsFile;

/** The day the labelled messages are read on (they name days relative to it, if at all). */
export const EVAL_TODAY = parseLocalDate('2026-11-24') as LocalDate;

/** The figures CI holds the router to: each part's share right, overall and per label. */
export function levelsOf(score: RoutingScore): Record<string, number> {
  return {
    all: share(score.right, score.cases),
    ...Object.fromEntries(Object.entries(score.byLabel).map(([label, s]) => [label, share(s.right, s.cases)])),
  };
}

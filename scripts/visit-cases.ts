// The labelled visit-report messages: the part tuned on and the held-out part, as `npm run eval:visits` and the
// eval test read them.
import { FIELDS, type Score, type VisitCase } from '../src/domain/visits/visit-eval.js';
import { labelledSet, share } from './labelled-sets.js';

const set = labelledSet('visits');
export const loadTune = () => set.read<VisitCase>('tune.jsonl', 'tune-2.jsonl');
export const loadHeldOut = () => set.read<VisitCase>('heldout.jsonl');
export const LEVELS_FILE = set.levelsFile;

/** The figures CI holds the reader to: each part's share right, per field, all fields, and must-refuse refused. */
export function levelsOf(score: Score): Record<string, number> {
  return {
    allFields: share(score.allRight, score.cases),
    ...Object.fromEntries(FIELDS.map((field) => [field, share(score.fields[field], score.cases)])),
    mustRefuseRefused: share(score.refusals.refused, score.refusals.cases),
  };
}

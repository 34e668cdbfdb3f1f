// The labelled outcome messages: the part tuned on and the held-out part, as `npm run eval:outcomes` and the eval
// test read them.
import { OUTCOME_FIELDS, type OutcomeCase, type OutcomeScore } from '../src/domain/outcomes/outcome-eval.js';
import { labelledSet, share } from './labelled-sets.js';

const set = labelledSet('outcomes');
export const loadOutcomeTune = () => set.read<OutcomeCase>('tune.jsonl', 'tune-2.jsonl');
export const loadOutcomeHeldOut = () => set.read<OutcomeCase>('heldout.jsonl', 'heldout-2.jsonl');
export const OUTCOME_LEVELS_FILE = set.levelsFile;

export function outcomeLevelsOf(score: OutcomeScore): Record<string, number> {
  return {
    allFields: share(score.allRight, score.cases),
    reportsRead: share(score.reports.right, score.reports.of),
    othersLeft: share(score.others.right, score.others.of),
    ...Object.fromEntries(OUTCOME_FIELDS.map((f) => [f, share(score.fields[f].right, score.fields[f].of)])),
  };
}

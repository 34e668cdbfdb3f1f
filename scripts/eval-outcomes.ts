// `npm run eval:outcomes`: how well the outcome reader reads the labelled messages, on the part tuned on (misses
// listed) and on the held-out part (figures only: it is for measuring, never for tuning). `--record` writes the
// figures to test/fixtures/outcomes/levels.json, the levels CI holds the reader to.
import { OUTCOME_FIELDS, type OutcomeScore, scoreOutcomes } from '../src/domain/outcomes/outcome-eval.js';
import { recordIfAsked } from './labelled-sets.js';
import { loadOutcomeHeldOut, loadOutcomeTune, OUTCOME_LEVELS_FILE, outcomeLevelsOf } from './outcome-cases.js';

const pct = (n: number, of: number) => `${((100 * n) / Math.max(of, 1)).toFixed(1)}%`;
function report(name: string, s: OutcomeScore) {
  console.log(`\n${name}: ${s.cases} messages, every field right ${pct(s.allRight, s.cases)}`);
  console.log(
    `  outcome reports read as their kind ${pct(s.reports.right, s.reports.of)} of ${s.reports.of}; other messages left alone ${pct(s.others.right, s.others.of)} of ${s.others.of}`,
  );
  console.log(`  ${OUTCOME_FIELDS.map((f) => `${f} ${pct(s.fields[f].right, s.fields[f].of)}`).join('  ')}`);
}

const quiet = process.argv.includes('--quiet');
const tune = scoreOutcomes(await loadOutcomeTune(), (c, got, wrong) => {
  if (quiet) return;
  const detail = wrong.map((f) => `${f}: ${JSON.stringify(got[f] ?? null)} ≠ ${JSON.stringify(c.expect[f])}`);
  console.log(`MISS ${c.id} [${c.today}] ${c.message}\n     ${detail.join('; ')}`);
});
const heldOut = scoreOutcomes(await loadOutcomeHeldOut());
report('tuned on', tune);
report('held out (never tuned on)', heldOut);

await recordIfAsked(OUTCOME_LEVELS_FILE, { tune: outcomeLevelsOf(tune), heldOut: outcomeLevelsOf(heldOut) });

// `npm run eval:visits`: how well the visit-report reader reads the labelled messages: per field and per kind, on the
// part tuned on (misses listed) and on the held-out part (figures only: it is for measuring, never for tuning).
// `--record` writes the figures to test/fixtures/visits/levels.json, the levels CI holds the reader to.
import { FIELDS, type Score, score } from '../src/domain/visits/visit-eval.js';
import { recordIfAsked } from './labelled-sets.js';
import { LEVELS_FILE, levelsOf, loadHeldOut, loadTune } from './visit-cases.js';

const pct = (n: number, of: number) => `${((100 * n) / Math.max(of, 1)).toFixed(1)}%`;
function report(name: string, s: Score) {
  console.log(`\n${name}: ${s.cases} messages, all fields right ${pct(s.allRight, s.cases)}`);
  console.log(`  ${FIELDS.map((f) => `${f} ${pct(s.fields[f], s.cases)}`).join('  ')}`);
  console.log(`  must-refuse refused: ${s.refusals.refused}/${s.refusals.cases}`);
  for (const [kind, k] of Object.entries(s.byKind).sort())
    console.log(`  ${kind.padEnd(18)} ${pct(k.allRight, k.cases).padStart(6)} of ${k.cases}`);
}

const quiet = process.argv.includes('--quiet');
const tune = score(await loadTune(), (c, got, wrong) => {
  if (quiet) return;
  const detail = wrong.map(
    (f) =>
      `${f}: ${JSON.stringify(got[f as keyof typeof got])} ≠ ${JSON.stringify(c.expect[f as keyof typeof c.expect])}`,
  );
  console.log(`MISS ${c.id} [${c.today}] ${c.message}\n     ${detail.join('; ')}`);
});
const heldOut = score(await loadHeldOut());
report('tuned on', tune);
report('held out (never tuned on)', heldOut);

await recordIfAsked(LEVELS_FILE, { tune: levelsOf(tune), heldOut: levelsOf(heldOut) });

// `npm run eval:routing`: how well the router tells what a message is (a report, feedback, a progress or policy
// question, small talk, a command) on labelled messages sent with nothing pending: on the part tuned on (misses
// listed) and on the held-out part (figures only: it is for measuring, never for tuning).
// `--record` writes the figures to test/fixtures/routing/levels.json, the levels CI holds the router to.
import { type RoutingScore, scoreRouting } from '../src/bot/routing-eval.js';
import { recordIfAsked } from './labelled-sets.js';
import { EVAL_TODAY, LEVELS_FILE, levelsOf, loadHeldOut, loadTune } from './routing-cases.js';

const pct = (n: number, of: number) => `${((100 * n) / Math.max(of, 1)).toFixed(1)}%`;
function report(name: string, s: RoutingScore) {
  console.log(`\n${name}: ${s.cases} messages, taken for what they are ${pct(s.right, s.cases)}`);
  for (const [label, k] of Object.entries(s.byLabel).sort())
    console.log(`  ${label.padEnd(16)} ${pct(k.right, k.cases).padStart(6)} of ${k.cases}`);
}

const quiet = process.argv.includes('--quiet');
const tune = scoreRouting(await loadTune(), EVAL_TODAY, (c, got) => {
  if (!quiet) console.log(`MISS ${c.id} ${c.role} ${c.message}\n     ${got} ≠ ${c.expect}`);
});
const heldOut = scoreRouting(await loadHeldOut(), EVAL_TODAY);
report('tuned on', tune);
report('held out (never tuned on)', heldOut);

await recordIfAsked(LEVELS_FILE, { tune: levelsOf(tune), heldOut: levelsOf(heldOut) });

// `npm run eval:qa`: how well the built-in documents answer the labelled policy questions — the part tuned on (misses
// listed) and the held-out part (figures only: it is for measuring, never for tuning). `--record` writes the levels
// CI holds the answers to (test/fixtures/policy-qa/levels.json).
// `npm run eval:qa -- <file.jsonl>` asks an old-style file ({"q", "expect": [regex…]}) and reports its hit rate.
import { readFile } from 'node:fs/promises';
import { type QaScore, scoreAnswers } from '../src/domain/policies/qa-eval.js';
import { recordIfAsked } from './labelled-sets.js';
import { LEVELS_FILE, levelsOf, loadQa, qaService } from './qa-cases.js';

const qa = await qaService();
const file = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
if (file) {
  const cases = (await readFile(file, 'utf8'))
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { q: string; expect: string[] });
  const hits = cases.filter(({ q, expect }) => expect.every((p) => new RegExp(p).test(qa.answer(q).text)));
  console.log(`hit rate: ${hits.length}/${cases.length} = ${((100 * hits.length) / cases.length).toFixed(1)}%`);
  process.exit(0);
}

const pct = (n: number, of: number) => `${((100 * n) / Math.max(of, 1)).toFixed(1)}%`;
function report(name: string, s: QaScore) {
  console.log(`\n${name}: ${s.cases} questions, right ${pct(s.right, s.cases)}`);
  console.log(
    `  answerable, right answer with the right clause: ${s.answerable.right}/${s.answerable.cases} = ${pct(s.answerable.right, s.answerable.cases)}`,
  );
  console.log(
    `  out of scope or undecided, answered as if in scope: ${s.outOfScope.answeredAsInScope}/${s.outOfScope.cases} = ${pct(s.outOfScope.answeredAsInScope, s.outOfScope.cases)}`,
  );
  for (const [kind, k] of Object.entries(s.byKind).sort())
    console.log(`  ${kind.padEnd(16)} ${pct(k.right, k.cases).padStart(6)} of ${k.cases}`);
}

const quiet = process.argv.includes('--quiet');
const { tune, heldOut } = await loadQa();
const ask = (q: string) => qa.answer(q);
const tuned = scoreAnswers(tune, ask, (c, answer, why) => {
  if (quiet) return;
  console.log(
    `MISS ${c.id} [${c.kind}] ${c.q}\n     ${why.join('; ')}\n     → ${answer.text.replace(/\n/g, ' ⏎ ').slice(0, 160)}`,
  );
});
const held = scoreAnswers(heldOut, ask);
report('tuned on', tuned);
report('held out (never tuned on)', held);
await recordIfAsked(LEVELS_FILE, { tune: levelsOf(tuned), heldOut: levelsOf(held) });

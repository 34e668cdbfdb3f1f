// `npm run eval:visits -- <file.jsonl>`: field accuracy of the visit-report reader on labelled messages
// ({"today","postings":[…],"message","expect":{"date","days","type","enterprise"}} per line).
import { readFile } from 'node:fs/promises';
import { evaluateCase, FIELDS, type VisitCase } from '../src/domain/visits/visit-eval.js';

const file = process.argv[2] ?? 'test/fixtures/visit-reports.jsonl';
const cases = (await readFile(file, 'utf8'))
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as VisitCase);
const correct = Object.fromEntries(FIELDS.map((field) => [field, 0])) as Record<(typeof FIELDS)[number], number>;
let allRight = 0;
for (const c of cases) {
  const result = evaluateCase(c);
  const wrong = FIELDS.filter((field) => !result[field].ok);
  for (const field of FIELDS) if (result[field].ok) correct[field] += 1;
  if (wrong.length === 0) allRight += 1;
  else
    console.log(
      `MISS  ${c.message}  ${wrong.map((f) => `${f}: got ${result[f].got}, want ${c.expect[f]}`).join('; ')}`,
    );
}
const pct = (n: number) => `${((100 * n) / cases.length).toFixed(1)}%`;
console.log(`\n${cases.length} messages`);
for (const field of FIELDS) console.log(`${field.padEnd(10)} ${pct(correct[field])}`);
console.log(`all fields ${pct(allRight)}`);

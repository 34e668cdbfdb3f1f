// `npm run eval:qa -- <file.jsonl>`: asks every question of a JSONL file ({"q", "expect": [regex…], "negative"?})
// against the built-in knowledge base and reports the share whose reply matches all of its patterns.
import { readFile } from 'node:fs/promises';
import { PolicyIndex } from '../src/domain/policies/policy-index.js';
import { PolicyQaService } from '../src/domain/policies/policy-qa-service.js';
import { loadBuiltInClauses } from '../src/knowledge/built-in-corpus.js';
import { JiebaTokenizer } from '../src/search/jieba-tokenizer.js';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run eval:qa -- <questions.jsonl>');
  process.exit(2);
}
const cases = (await readFile(file, 'utf8'))
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { q: string; expect: string[]; negative?: boolean });
const index = new PolicyIndex(await loadBuiltInClauses(), new JiebaTokenizer());
const qa = new PolicyQaService(() => index, { record: async () => {} });
let hits = 0;
for (const { q, expect } of cases) {
  const reply = qa.answer(q);
  const ok = expect.every((pattern) => new RegExp(pattern).test(reply.text));
  if (ok) hits += 1;
  const verbose = process.env.VERBOSE ? `\n    ${reply.text.replace(/\n/g, '\n    ')}` : '';
  console.log(
    `${ok ? 'PASS' : 'MISS'}  ${q}  (score ${reply.score.toFixed(1)}, coverage ${reply.coverage.toFixed(2)})${verbose}`,
  );
}
console.log(`\nhit rate: ${hits}/${cases.length} = ${((100 * hits) / cases.length).toFixed(1)}%`);

// Policy retrieval: index build time, p50/p99 answer latency and index memory, for the built-in corpus and for a
// synthetic corpus of 1,000 policy documents. Run with `node --expose-gc` (npm run bench does) for memory figures.
import { readFile } from 'node:fs/promises';
import { attachParaphrases } from '../src/domain/policies/paraphrases.js';
import { parsePolicyDocument } from '../src/domain/policies/policy-document.js';
import { PolicyIndex } from '../src/domain/policies/policy-index.js';
import { PolicyQaService } from '../src/domain/policies/policy-qa-service.js';
import { readBuiltInDocuments, readBuiltInParaphrases } from '../src/knowledge/built-in-corpus.js';
import { slugOf } from '../src/knowledge/knowledge-base.js';
import { JiebaTokenizer } from '../src/search/jieba-tokenizer.js';

const SYNTHETIC_DOCUMENTS = 1_000;
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八'];
const CITIES = [
  '南宁',
  '柳州',
  '桂林',
  '梧州',
  '北海',
  '防城港',
  '钦州',
  '贵港',
  '玉林',
  '百色',
  '贺州',
  '河池',
  '来宾',
  '崇左',
];
const TOPICS = [
  '研发费用加计扣除',
  '高新技术企业认定',
  '科技型中小企业评价',
  '技术合同登记',
  '科技成果转化奖励',
  '创新券',
  '重点研发计划',
  '人才小高地',
];

let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;

/** Documents shaped like real ones: a title, 一、 sections, （一） items, made of the corpus's own sentences. */
function syntheticCorpus(sentences: string[]): string[] {
  return Array.from({ length: SYNTHETIC_DOCUMENTS }, (_, d) => {
    const city = pick(CITIES);
    const topic = pick(TOPICS);
    const lines = [`${city}市${topic}实施办法（第${d + 1}号）`];
    for (let s = 0; s < 5; s++) {
      lines.push(`${NUMERALS[s]}、${pick(TOPICS)}${pick(['要求', '条件', '程序', '保障', '标准'])}`);
      for (let i = 0; i < 3; i++) {
        const amount = Math.floor(random() * 90 + 10);
        lines.push(
          `（${NUMERALS[i]}）${pick(sentences)}对符合条件的${city}企业给予${amount}万元支持。${pick(sentences)}`,
        );
      }
    }
    return lines.join('\n');
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1_048_576;
}

async function measure(name: string, documents: { slug: string; content: string }[], questions: string[]) {
  const tokenizer = new JiebaTokenizer();
  const before = heapMb();
  const started = performance.now();
  const clauses = documents.flatMap((doc) => parsePolicyDocument(doc.slug, doc.content).clauses);
  // With the built-in documents' 扩展问, as the service indexes them.
  const index = new PolicyIndex(clauses, tokenizer, attachParaphrases(clauses, phrasings));
  const buildMs = performance.now() - started;
  const memory = heapMb() - before;
  const qa = new PolicyQaService(() => index, { record: async () => {} });
  for (const question of questions) qa.answer(question); // warm-up
  const times: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const question of questions) {
      const t = performance.now();
      qa.answer(question);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  console.log(
    `| ${name} | ${documents.length} | ${clauses.length} | ${buildMs.toFixed(0)} | ${percentile(times, 50).toFixed(2)} | ${percentile(times, 99).toFixed(2)} | ${memory.toFixed(1)} |`,
  );
}

const phrasings = await readBuiltInParaphrases();
const builtIn = (await readBuiltInDocuments()).map(({ fileName, content }) => ({ slug: slugOf(fileName), content }));
const questions = (
  await Promise.all(
    ['policy-qa-paraphrases.jsonl', 'policy-qa-negatives.jsonl', 'policy-qa/tune.jsonl'].map((file) =>
      readFile(new URL(`../test/fixtures/${file}`, import.meta.url), 'utf8'),
    ),
  )
)
  .join('\n')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => (JSON.parse(line) as { q: string }).q);
const sentences = builtIn.flatMap((doc) => doc.content.match(/[^。\n]{8,60}。/g) ?? []);
const synthetic = syntheticCorpus(sentences).map((content, i) => ({ slug: `synthetic-${i}`, content }));

console.log(`\nPolicy retrieval, ${questions.length} questions × 20 rounds`);
console.log('| corpus | documents | clauses | index build ms | p50 ms | p99 ms | index heap MB |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
await measure('built-in', builtIn, questions);
await measure('built-in + synthetic', [...builtIn, ...synthetic], questions);

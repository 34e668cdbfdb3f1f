// The labelled policy questions, and the question-answering service as the eval and its test build it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PolicyQaService } from '../src/domain/policies/policy-qa-service.js';
import type { QaCase, QaScore } from '../src/domain/policies/qa-eval.js';
import { builtInIndex } from '../src/knowledge/built-in-corpus.js';
import { JiebaTokenizer } from '../src/search/jieba-tokenizer.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'policy-qa');
export const LEVELS_FILE = path.join(fixtures, 'levels.json');

async function read(file: string): Promise<QaCase[]> {
  return (await readFile(path.join(fixtures, file), 'utf8'))
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as QaCase);
}

export async function loadQa(): Promise<{ tune: QaCase[]; heldOut: QaCase[] }> {
  return { tune: await read('tune.jsonl'), heldOut: await read('heldout.jsonl') };
}

export async function qaService(): Promise<PolicyQaService> {
  const index = await builtInIndex(new JiebaTokenizer());
  return new PolicyQaService(() => index, { record: async () => {} });
}

/** The shares CI holds the answers to: right overall, right among answerable, and declined among out-of-scope. */
export function levelsOf(score: QaScore): Record<string, number> {
  const share = (n: number, of: number) => Math.floor((1000 * n) / Math.max(of, 1)) / 1000;
  return {
    right: share(score.right, score.cases),
    answerableRight: share(score.answerable.right, score.answerable.cases),
    outOfScopeDeclined: share(score.outOfScope.cases - score.outOfScope.answeredAsInScope, score.outOfScope.cases),
  };
}

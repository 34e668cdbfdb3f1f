// The labelled policy questions, and the question-answering service as the eval and its test build it.
import { PolicyQaService } from '../src/domain/policies/policy-qa-service.js';
import type { QaCase, QaScore } from '../src/domain/policies/qa-eval.js';
import { builtInIndex } from '../src/knowledge/built-in-corpus.js';
import { JiebaTokenizer } from '../src/search/jieba-tokenizer.js';
import { labelledSet, share } from './labelled-sets.js';

const set = labelledSet('policy-qa');
export const LEVELS_FILE = set.levelsFile;

export async function loadQa(): Promise<{ tune: QaCase[]; heldOut: QaCase[] }> {
  return { tune: await set.read<QaCase>('tune.jsonl'), heldOut: await set.read<QaCase>('heldout.jsonl') };
}

export async function qaService(): Promise<PolicyQaService> {
  const index = await builtInIndex(new JiebaTokenizer());
  return new PolicyQaService(() => index, { record: async () => {} });
}

/** The shares CI holds the answers to: right overall, right among answerable, and declined among out-of-scope. */
export function levelsOf(score: QaScore): Record<string, number> {
  return {
    right: share(score.right, score.cases),
    answerableRight: share(score.answerable.right, score.answerable.cases),
    outOfScopeDeclined: share(score.outOfScope.cases - score.outOfScope.answeredAsInScope, score.outOfScope.cases),
  };
}

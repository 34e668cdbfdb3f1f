import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectPath } from '../common/project-paths.js';
import { attachParaphrases } from '../domain/policies/paraphrases.js';
import { type Clause, parsePolicyDocument } from '../domain/policies/policy-document.js';
import { PolicyIndex } from '../domain/policies/policy-index.js';
import type { Tokenizer } from '../domain/policies/tokenizer.js';
import { slugOf } from './knowledge-base.js';

/** The programme documents that ship with the service (knowledge/policies/*.txt|md), seeded into the database. */
export async function readBuiltInDocuments(
  dir = projectPath('knowledge', 'policies'),
): Promise<{ fileName: string; content: string }[]> {
  const files = (await readdir(dir)).filter((file) => /\.(txt|md)$/i.test(file)).sort();
  return Promise.all(
    files.map(async (fileName) => ({ fileName, content: await readFile(path.join(dir, fileName), 'utf8') })),
  );
}

/** The built-in documents' clauses, without a database (evaluation scripts, unit tests). */
export async function loadBuiltInClauses(): Promise<Clause[]> {
  const documents = await readBuiltInDocuments();
  return documents.flatMap(({ fileName, content }) => parsePolicyDocument(slugOf(fileName), content).clauses);
}

/** 扩展问 shipped with the built-in documents: knowledge/paraphrases/<document slug>.json, clause key → phrasings. */
export async function readBuiltInParaphrases(
  dir = projectPath('knowledge', 'paraphrases'),
): Promise<{ documentSlug: string; clauseKey: string; text: string }[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((file) => file.endsWith('.json')).sort();
  const sets = await Promise.all(
    files.map(async (file) => {
      const byClause = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Record<string, string[]>;
      // <document slug>.json, and more sets as <document slug>.<set>.json.
      const documentSlug = file.split('.')[0] ?? file;
      return Object.entries(byClause).flatMap(([clauseKey, texts]) =>
        texts.map((text) => ({ documentSlug, clauseKey, text })),
      );
    }),
  );
  return sets.flat();
}

/** The built-in documents and their phrasings, indexed (evaluation scripts, unit tests, benchmarks). */
export async function builtInIndex(tokenizer: Tokenizer): Promise<PolicyIndex> {
  const clauses = await loadBuiltInClauses();
  return new PolicyIndex(clauses, tokenizer, attachParaphrases(clauses, await readBuiltInParaphrases()));
}

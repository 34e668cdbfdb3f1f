import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectPath } from '../common/project-paths.js';
import { type Clause, parsePolicyDocument } from '../domain/policies/policy-document.js';
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

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Clause, parsePolicyDocument } from '../domain/policies/policy-document.js';
import { projectPath } from '../shared/project-paths.js';

/** The programme documents that ship with the service (knowledge/policies/*.txt|md). */
export async function loadBuiltInClauses(dir = projectPath('knowledge', 'policies')): Promise<Clause[]> {
  const files = (await readdir(dir)).filter((file) => /\.(txt|md)$/i.test(file)).sort();
  const documents = await Promise.all(
    files.map(async (file) => parsePolicyDocument(path.parse(file).name, await readFile(path.join(dir, file), 'utf8'))),
  );
  return documents.flatMap((document) => document.clauses);
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder holding package.json, found from this file both under src/ (tsx) and dist/ (compiled). */
export function projectRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the application files');
    dir = parent;
  }
  root = dir;
  return dir;
}

export const projectPath = (...parts: string[]) => path.join(projectRoot(), ...parts);

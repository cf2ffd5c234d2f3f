import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

let cached: string | undefined;

/** The folder holding package.json, whether the code runs from `src/` (tests) or `dist/src/`. */
export function projectRoot(): string {
  if (cached) return cached;
  let directory = __dirname;
  while (!existsSync(join(directory, 'package.json'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`package.json not found above ${__dirname}`);
    directory = parent;
  }
  cached = directory;
  return directory;
}

/** Resolves a configured path against the project root unless it is already absolute. */
export function fromProjectRoot(path: string): string {
  return resolve(projectRoot(), path);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** How `npm run start:prod` starts the service: its environment assignments and its node options. */
export interface ProductionCommand {
  env: Record<string, string>;
  nodeArguments: string[];
}

const ASSIGNMENT = /^([A-Z_][A-Z0-9_]*)=(.*)$/;

/**
 * Reads `start:prod` from package.json (`MALLOC_ARENA_MAX=2 … node --max-old-space-size=192 dist/src/main.js`),
 * so the benchmark measures the service as production starts it, memory settings included.
 */
export function productionCommand(packageRoot: string): ProductionCommand {
  const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const words = manifest.scripts['start:prod'].trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (ASSIGNMENT.test(words[0])) {
    const [, name, value] = ASSIGNMENT.exec(words.shift()!)!;
    env[name] = value;
  }
  if (words.shift() !== 'node') throw new Error(`start:prod must run node: ${manifest.scripts['start:prod']}`);
  return { env, nodeArguments: words.slice(0, -1) };
}

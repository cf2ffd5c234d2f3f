// Fails when the JavaScript a browser must download before the login page and the home page are
// usable grows past the budget. It follows Vite's build manifest from the entry through its static
// imports, plus the lazy chunks of those two pages, and adds up their gzipped sizes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 300 * 1024;
/** The source files of the pages a user needs first (lazy-loaded route modules). */
const FIRST_PAGES = ['src/auth/login-page.tsx', 'src/app/home-page.tsx'];

const dist = join(import.meta.dirname, '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

function withStaticImports(key, seen) {
  if (seen.has(key)) return;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build manifest`);
  seen.add(key);
  for (const imported of chunk.imports ?? []) withStaticImports(imported, seen);
}

const needed = new Set();
const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
for (const key of [...entries, ...FIRST_PAGES]) withStaticImports(key, needed);

let total = 0;
for (const key of needed) {
  const file = manifest[key].file;
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(7)} KB  ${file}`);
}
const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(
  `${(total / 1024).toFixed(1).padStart(7)} KB gzipped in all, ${verdict} the budget of ${BUDGET_BYTES / 1024} KB`,
);
if (total > BUDGET_BYTES) process.exit(1);

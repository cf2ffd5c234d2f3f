import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cloneTemplateDatabase, TestDatabase } from '../support/test-database';

const ROOT = join(__dirname, '..', '..');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

/** The npm scripts the README tells its reader to run. */
function scriptsNamedInReadme(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const named = [...readme.matchAll(/npm (?:run ([a-z][a-z0-9:_-]*)|(start|test)\b)/g)].map(
    (match) => match[1] ?? match[2],
  );
  return [...new Set(named)].sort();
}

/** What one script needs on disk: the built file of each `node dist/…js` it runs, and each tool it calls. */
function problemsOf(name: string, seen = new Set<string>()): string[] {
  const script = scripts[name];
  if (script === undefined) return [`npm run ${name}: no such script in package.json`];
  if (seen.has(name)) return [];
  seen.add(name);
  return script.split(/&&|\|\|/).flatMap((command) => {
    // Node's own flags (`--max-old-space-size=…`) come before the file it runs; the shell's
    // environment assignments (`MALLOC_ARENA_MAX=2`) before the tool.
    const [tool, first] = command
      .trim()
      .split(/\s+/)
      .filter((word) => !word.startsWith('-') && !/^[A-Z_][A-Z0-9_]*=/.test(word));
    if (tool === 'npm') return problemsOf(first === 'run' ? command.trim().split(/\s+/)[2] : first, seen);
    if (tool === 'node') {
      if (!first.startsWith('dist/'))
        return existsSync(join(ROOT, first)) ? [] : [`npm run ${name}: ${first} does not exist`];
      // The fault tests' own build has the layout of dist/, so the entry point must be in it.
      const built = first.replace(/^dist\//, '');
      return existsSync(join(process.env.FAULTS_DIST_DIR!, built))
        ? []
        : [`npm run ${name}: the build has no ${first}`];
    }
    return existsSync(join(ROOT, 'node_modules', '.bin', tool)) ? [] : [`npm run ${name}: ${tool} is not installed`];
  });
}

describe('npm scripts', () => {
  it('resolves every script the README names to files that exist', () => {
    const named = scriptsNamedInReadme();
    expect(named).toEqual(expect.arrayContaining(['start', 'test', 'user:create', 'seed:demo', 'migration:check']));
    expect(named.flatMap((name) => problemsOf(name))).toEqual([]);
  });

  describe('user:create', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await cloneTemplateDatabase();
    });
    afterAll(() => database.drop());

    it("creates the first admin against DATABASE_URL with the script's entry point", () => {
      const entry = scripts['user:create'].match(/node dist\/(\S+)/)![1];
      const run = spawnSync(
        process.execPath,
        [join(process.env.FAULTS_DIST_DIR!, entry), '--username', 'first.admin', '--name', '系統管理者'],
        { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'warn' } },
      );
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
      expect(run.stdout).toMatch(/^created first\.admin \(admin\) in GA-OFFICE; password: \S{12,}/);
    });
  });
});

import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertServerUserCanReach, firstUnenterableFolder, OsAccount } from './server-user-access';

/** Someone who owns none of the folders: only the "others" permission bits apply. */
const stranger: OsAccount = { name: 'postgres', uid: 999_999, gid: 999_999 };

describe('whether the embedded server user can reach its programs and data', () => {
  let root: string;
  let home: string;
  let open: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'server-user-access-'));
    chmodSync(root, 0o755);
    home = join(root, 'root-home');
    open = join(root, 'srv');
    mkdirSync(join(home, 'app', 'node_modules', 'bin'), { recursive: true });
    mkdirSync(join(open, 'app', 'node_modules', 'bin'), { recursive: true, mode: 0o755 });
    chmodSync(home, 0o700);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("finds the folder only its owner may enter, like root's home", () => {
    expect(firstUnenterableFolder(join(home, 'app', 'node_modules', 'bin'), stranger)).toBe(home);
    expect(firstUnenterableFolder(join(open, 'app', 'node_modules', 'bin'), stranger)).toBeUndefined();
    expect(firstUnenterableFolder(join(open, 'app', '.data', 'postgres'), stranger)).toBeUndefined();
  });

  it('stops with what to do when the programs or the data folder are out of reach', () => {
    expect(() =>
      assertServerUserCanReach(
        { programs: join(home, 'app', 'node_modules', 'bin'), dataDir: join(open, 'data') },
        stranger,
      ),
    ).toThrow(new RegExp(`cannot enter ${home} to reach its programs.*DATABASE_URL`));
    expect(() =>
      assertServerUserCanReach(
        { programs: join(open, 'app', 'node_modules', 'bin'), dataDir: join(home, 'app', '.data', 'postgres') },
        stranger,
      ),
    ).toThrow(new RegExp(`cannot enter ${home} to reach its data folder.*EMBEDDED_DB_DIR`));
    expect(() =>
      assertServerUserCanReach(
        { programs: join(open, 'app', 'node_modules', 'bin'), dataDir: join(open, 'app', '.data', 'postgres') },
        stranger,
      ),
    ).not.toThrow();
  });

  it("lets the folder's owner in even when others may not enter", () => {
    const owner = { name: 'root', uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
    expect(firstUnenterableFolder(join(home, 'app'), owner)).toBeUndefined();
  });
});

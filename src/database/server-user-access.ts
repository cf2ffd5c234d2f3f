import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, parse } from 'node:path';

/** An OS account as far as file permissions go; a user yet to be created owns nothing. */
export interface OsAccount {
  name: string;
  uid: number;
  gid: number;
}

/** The account from /etc/passwd, or one that owns nothing when it does not exist yet. */
export function osAccount(name: string): OsAccount {
  const passwd = existsSync('/etc/passwd') ? readFileSync('/etc/passwd', 'utf8') : '';
  const line = passwd.split('\n').find((entry) => entry.startsWith(`${name}:`));
  const [, , uid, gid] = line?.split(':') ?? [];
  return { name, uid: uid ? Number(uid) : -1, gid: gid ? Number(gid) : -1 };
}

function maySearch(directory: string, account: OsAccount): boolean {
  const { mode, uid, gid } = statSync(directory);
  if (uid === account.uid) return (mode & 0o100) !== 0;
  if (gid === account.gid) return (mode & 0o010) !== 0;
  return (mode & 0o001) !== 0;
}

/** The first existing folder on the way to `path` that `account` may not enter, if any. */
export function firstUnenterableFolder(path: string, account: OsAccount): string | undefined {
  const folders: string[] = [];
  for (let folder = path; folder !== parse(folder).root; folder = dirname(folder)) folders.unshift(folder);
  return folders.find((folder) => existsSync(folder) && statSync(folder).isDirectory() && !maySearch(folder, account));
}

/**
 * PostgreSQL refuses to run as root, so as root the embedded server runs as the `postgres` user,
 * who must be able to reach its programs and its data folder. A project cloned into root's home
 * (mode 700, the usual case in a container run as root) fails that with `spawn initdb EACCES`;
 * this says why and what to do instead.
 */
export function assertServerUserCanReach(places: { programs: string; dataDir: string }, account: OsAccount): void {
  const programs = firstUnenterableFolder(places.programs, account);
  if (programs) {
    throw new Error(
      `the embedded PostgreSQL runs as the OS user "${account.name}" (it refuses to run as root), who cannot enter ` +
        `${programs} to reach its programs in ${places.programs}. Put the project in a folder every user can enter ` +
        '(e.g. /opt/facilities-ops or /srv/facilities-ops), run it as a user other than root, or set DATABASE_URL ' +
        'to a PostgreSQL server.',
    );
  }
  const data = firstUnenterableFolder(places.dataDir, account);
  if (data) {
    throw new Error(
      `the embedded PostgreSQL runs as the OS user "${account.name}" (it refuses to run as root), who cannot enter ` +
        `${data} to reach its data folder ${places.dataDir}. Set EMBEDDED_DB_DIR to a folder it can reach ` +
        '(e.g. /var/lib/facilities-ops), or set DATABASE_URL to a PostgreSQL server.',
    );
  }
}

import { readFileSync, statSync } from 'node:fs';
import { Identity } from './scenarios';

/** Signs in through POST /auth/login and reads the user and agency ids from the token's claims. */
export async function login(baseUrl: string, username: string, password: string): Promise<Identity> {
  const response = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200 && response.status !== 201)
    throw new Error(`login of ${username} answered ${response.status}: ${await response.text()}`);
  const { accessToken } = (await response.json()) as { accessToken: string };
  const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString('utf8')) as {
    sub: string;
    agency: string;
  };
  return { token: accessToken, userId: claims.sub, agencyId: claims.agency };
}

async function getJson(baseUrl: string, path: string, identity: Identity): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${identity.token}` } });
  return { status: response.status, body: await response.json().catch(() => null) };
}

/** Pages through a list `pages` times (bounded) and returns the cursors of its second half. */
export async function deepCursors(baseUrl: string, path: string, identity: Identity, pages: number): Promise<string[]> {
  const cursors: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < pages; page++) {
    const { status, body } = await getJson(baseUrl, `${path}&limit=200${cursor ? `&cursor=${cursor}` : ''}`, identity);
    if (status !== 200) throw new Error(`paging ${path} answered ${status}`);
    cursor = (body as { nextCursor: string | null }).nextCursor;
    if (!cursor) break;
    if (page >= pages / 2) cursors.push(cursor);
  }
  if (!cursors.length) throw new Error(`${path} has too few rows to page deep`);
  return cursors;
}

export interface RecordedStatement {
  text: string;
  values: unknown[];
}

/**
 * The distinct statements one GET of `path` sends on a service running with the SQL recorder (the
 * sign-in check left out), or null when it does not answer 200. Identical statements (same text
 * and parameters) are kept once, and their repeats counted.
 */
export async function recordSql(
  baseUrl: string,
  recordFile: string,
  path: string,
  identity: Identity,
): Promise<{ statements: RecordedStatement[]; repeats: number } | null> {
  const before = statSync(recordFile, { throwIfNoEntry: false })?.size ?? 0;
  const { status } = await getJson(baseUrl, path, identity);
  if (status !== 200) return null;
  const lines = readFileSync(recordFile).subarray(before).toString('utf8').split('\n').filter(Boolean);
  const all = lines
    .map((line) => JSON.parse(line) as RecordedStatement)
    .filter((statement) => !statement.text.includes('"row_exists"'));
  const distinct = [...new Map(all.map((statement) => [JSON.stringify(statement), statement])).values()];
  return { statements: distinct, repeats: all.length - distinct.length };
}

/** One GET: how long it took (ms), its status and, when not 200, the error code of its body. */
export async function timeGet(
  baseUrl: string,
  path: string,
  identity: Identity,
): Promise<{ ms: number; status: number; code?: string }> {
  const started = performance.now();
  const { status, body } = await getJson(baseUrl, path, identity);
  const ms = Math.round(performance.now() - started);
  return status === 200 ? { ms, status } : { ms, status, code: (body as { code?: string } | null)?.code };
}

/**
 * `recordSql` of the first of `paths` that answers 200, asked twice and recorded the second time:
 * the first keeps the closed months' parts of the yearly figures, the second runs what every later
 * GET runs (the measured service's first GET, which counts the months again after the dataset is
 * generated, is reported apart).
 */
export async function recordFiguresSql(
  baseUrl: string,
  recordFile: string,
  paths: string[],
  identity: Identity,
): Promise<{ path: string; statements: RecordedStatement[]; repeats: number }> {
  for (const path of paths) {
    if ((await timeGet(baseUrl, path, identity)).status !== 200) continue;
    const recorded = await recordSql(baseUrl, recordFile, path, identity);
    if (recorded) return { path, ...recorded };
  }
  throw new Error(`none of ${paths.join(', ')} answered 200`);
}

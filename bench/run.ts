/**
 * `npm run bench [-- --quick] [--scale 1,3,10] [--only <part of a scenario name>] [--seconds N] [--profile <dir>] [--out <path>]`:
 * builds a large dataset by SQL in a
 * fresh database, starts the production build of the service and a bare node:http + pg baseline,
 * drives both with autocannon from this process, and writes the comparison to bench/results.md.
 * With `--scale`, every scenario runs at the first scale, and the read scenarios and the yearly
 * figures again on a fresh dataset of each further scale, for a table of how the cost grows.
 * Exits non-zero only when the harness itself breaks (a server does not start, a scenario
 * gets no successful answer at all); missed targets are reported, not failed.
 */
import autocannon from 'autocannon';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { hashPassword } from '../src/users/password-hasher';
import { freePort } from '../test/support/test-database-server';
import { createBenchDatabase } from './bench-database';
import { prepareFixtures, Side } from './bench-fixtures';
import {
  BENCH_PASSWORD,
  benchUsername,
  createBenchUsers,
  DISPATCHER_COUNT,
  OFFICER_COUNT,
  REQUESTER_AGENCIES,
} from './bench-users';
import { ChildServer, startChildServer } from './child-server';
import { generateDataset, volumesAt } from './dataset';
import { productionCommand } from './production-command';
import { renderReport, renderScaleTable, ScaleRun, ScenarioResult, SideMeasure } from './report';
import { DEEP_LIST_FILTER, Identities, Scenario, ScenarioKind, scenarios } from './scenarios';
import { deepCursors, login, recordFiguresSql, recordSql, timeGet } from './service-client';

const PACKAGE_ROOT = join(__dirname, '..', '..');
const quick = process.argv.includes('--quick');
function argumentAfter(flag: string): string | undefined {
  const index = process.argv.indexOf(flag);
  return index > 0 ? process.argv[index + 1] : undefined;
}
const SECONDS = argumentAfter('--seconds');
const SETTINGS = {
  ...(quick
    ? { scale: 0.01, durationSeconds: 2, contendedBookings: 1500, deepPages: 6 }
    : { scale: 1, durationSeconds: 10, contendedBookings: 8000, deepPages: 60 }),
  ...(SECONDS ? { durationSeconds: Number(SECONDS) } : {}),
};
if (!(SETTINGS.durationSeconds > 0)) throw new Error('--seconds takes a positive number');
/** Where the measured service and the baseline write V8 CPU profiles (`--cpu-prof`, in `service/` and `baseline/`) when they stop: to see where a scenario's time goes on each side. */
const PROFILE_DIR = argumentAfter('--profile');
/** Multiples of the dataset (of SETTINGS.scale) to run; the first runs every scenario. */
const SCALES = (argumentAfter('--scale') ?? '1').split(',').map(Number);
if (!SCALES.length || SCALES.some((scale) => !(scale > 0))) throw new Error('--scale takes positive numbers: 1,3,10');
// --quick (CI) and --scale write files of their own, so that neither overwrites the full run's results.
const outPath =
  argumentAfter('--out') ??
  join(PACKAGE_ROOT, 'bench', quick ? 'results-quick.md' : SCALES.length > 1 ? 'results-scale.md' : 'results.md');
/** Runs just the scenarios whose name contains this, to check one without loading the machine with all. */
const ONLY = argumentAfter('--only');
const POOL_SIZE = 10;
const SERVICE_ENTRY = join(PACKAGE_ROOT, 'dist', 'src', 'main.js');
const WEB_ROOT = join(PACKAGE_ROOT, 'web', 'dist');
/** What `--scale` repeats at each further scale: what should stay flat or grow slowly with the data. */
const SCALED_KINDS: ScenarioKind[] = ['read', 'figures'];
const FIGURES_PATHS = [
  '/figures?rocYear=112',
  '/parking/figures?from=2023-01-01&to=2023-12-31',
  '/fleet/figures?from=2023-01-01&to=2023-12-31',
];

const cleanups: Array<() => Promise<void>> = [];
const log = (message: string) => process.stdout.write(`${message}\n`);

async function cleanUp(): Promise<void> {
  while (cleanups.length) await cleanups.pop()!().catch((error: Error) => log(`cleanup failed: ${error.message}`));
}

function serviceEnvironment(url: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: url,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    JOBS_ENABLED: 'false',
    DB_POOL_SIZE: String(POOL_SIZE),
    NODE_ENV: 'production',
    // The verify scenario stands for many phones behind the office's proxy: believe its X-Forwarded-For.
    TRUSTED_PROXIES: '127.0.0.1',
  };
}

async function startService(
  url: string,
  name: string,
  nodeArguments: string[] = [],
  extra: NodeJS.ProcessEnv = {},
): Promise<ChildServer> {
  const port = await freePort();
  const production = productionCommand(PACKAGE_ROOT);
  const server = await startChildServer({
    name,
    script: SERVICE_ENTRY,
    nodeArguments: [...production.nodeArguments, ...nodeArguments],
    port,
    env: { ...serviceEnvironment(url, port), ...production.env, ...extra },
    readyPath: '/health/ready',
    timeoutMs: 180_000,
  });
  cleanups.push(() => server.stop());
  return server;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Signs the bench users in one after another: a burst of argon2 verifications would set the RSS peak by itself. */
async function signIn(baseUrl: string): Promise<Identities> {
  const as = (username: string) => login(baseUrl, username, BENCH_PASSWORD);
  const all = async (usernames: string[]) => {
    const identities = [];
    for (const username of usernames) identities.push(await as(username));
    return identities;
  };
  const range = (count: number) => Array.from({ length: count }, (_, index) => index + 1);
  return {
    requesters: await all(REQUESTER_AGENCIES.map((code) => benchUsername.requester(code))),
    dispatchers: await all(range(DISPATCHER_COUNT).map((index) => benchUsername.dispatcher(index))),
    officers: await all(range(OFFICER_COUNT).map((index) => benchUsername.officer(index))),
    coordinator: await as(benchUsername.coordinator),
    reports: await as(benchUsername.reports),
  };
}

/**
 * Unmeasured requests before each side's window, so that neither side's first-use costs (code not
 * yet compiled, pool connections not yet open, caches filled on first read) land in it.
 */
const WARM_UP_SECONDS = 1;

async function measure(scenario: Scenario, side: Side, server: ChildServer): Promise<SideMeasure> {
  const seconds = Math.max(SETTINGS.durationSeconds, scenario.minimumSeconds ?? 0);
  // One template for the warm-up and the measure: its requests go on where the warm-up stopped,
  // so no write is sent twice and no contended booking is asked for again.
  const requests = [scenario.request(side)];
  const run = (duration: number) =>
    autocannon({
      url: `http://127.0.0.1:${server.port}`,
      connections: scenario.connections,
      duration,
      timeout: 30,
      requests,
    });
  await run(WARM_UP_SECONDS);
  const cpuBefore = server.cpuSeconds();
  const result = await run(seconds);
  const conflicts = result.statusCodeStats['409']?.count ?? 0;
  const cpuAfter = server.cpuSeconds();
  // CPU per answer depends far less on what else the shared machine runs than the rate does.
  if (cpuBefore !== null && cpuAfter !== null && result.requests.total)
    log(`  ${side}: ${(((cpuAfter - cpuBefore) * 1000) / result.requests.total).toFixed(2)} CPU ms per request`);
  return {
    requestsPerSecond: result.requests.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    conflicts,
    errors: result.errors + result.timeouts + result.non2xx - (scenario.conflictsExpected ? conflicts : 0),
    total: result.requests.total,
  };
}

function isBroken(scenario: Scenario, measured: SideMeasure): boolean {
  return measured.ok === 0 && !(scenario.conflictsExpected && measured.conflicts > 0);
}

/** The dispatch board's week: Monday to Monday (Taipei), five weeks back, inside the generated history. */
function boardPath(): string {
  const day = 24 * 3_600_000;
  const taipeiNow = new Date(Date.now() + 8 * 3_600_000);
  const monday =
    Date.UTC(taipeiNow.getUTCFullYear(), taipeiNow.getUTCMonth(), taipeiNow.getUTCDate()) -
    ((taipeiNow.getUTCDay() + 6) % 7) * day;
  const from = monday - 35 * day - 8 * 3_600_000;
  return `/fleet/bookings?from=${new Date(from).toISOString()}&to=${new Date(from + 7 * day).toISOString()}&limit=200`;
}

/** The web build's hashed scripts and styles, as the browser asks for them; none without a build. */
function staticPaths(): string[] {
  const assets = join(WEB_ROOT, 'assets');
  if (!existsSync(assets)) return [];
  const files = readdirSync(assets);
  return files
    .filter((file) => /\.(js|css)$/.test(file) && files.includes(`${file}.br`))
    .map((file) => `/assets/${file}`);
}

async function signInUsernames(url: string): Promise<string[]> {
  return withClient(url, async (client) =>
    (await client.query(`SELECT username FROM users WHERE username LIKE 'bench-staff-%' ORDER BY username`)).rows.map(
      (row) => row.username as string,
    ),
  );
}

interface RunAtScale {
  results: ScenarioResult[];
  notes: string[];
  broken: boolean;
  database: string;
  volumes: string;
  generationSeconds: number;
  firstFigures?: string;
  startupMs: number;
  peakRssMiB: number | null;
}

/** One database at `scale` × SETTINGS.scale: every scenario, or only the reads and the figures. */
async function runAt(scale: number, everyScenario: boolean): Promise<RunAtScale> {
  const notes: string[] = [];
  const database = await createBenchDatabase(log);
  cleanups.push(() => database.dispose());
  log(`database ${database.name} on ${database.describe}, migrated (scale ${scale})`);
  // The service's own argon2id parameters, so that the sign-in scenario costs what a user's sign-in costs.
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  // A first, throwaway start loads the reference data; it also records the SQL of the live figures and the board.
  const recordFile = join(tmpdir(), `bench-sql-${process.pid}.jsonl`);
  const figuresFile = join(tmpdir(), `bench-figures-${process.pid}.json`);
  const boardFile = join(tmpdir(), `bench-board-${process.pid}.json`);
  cleanups.push(async () => [recordFile, figuresFile, boardFile].forEach((file) => rmSync(file, { force: true })));
  const recorder = await startService(
    database.url,
    'service (reference data)',
    ['-r', join(__dirname, 'sql-recorder.js')],
    { BENCH_SQL_RECORD_FILE: recordFile },
  );
  await withClient(database.url, (client) => createBenchUsers(client, passwordHash));
  const recorderUrl = `http://127.0.0.1:${recorder.port}`;
  const figures = await recordFiguresSql(
    recorderUrl,
    recordFile,
    FIGURES_PATHS,
    await login(recorderUrl, benchUsername.reports, BENCH_PASSWORD),
  );
  const board = boardPath();
  const boardSql = await recordSql(
    recorderUrl,
    recordFile,
    board,
    await login(recorderUrl, benchUsername.dispatcher(1), BENCH_PASSWORD),
  );
  if (!boardSql) throw new Error(`GET ${board} did not answer 200`);
  await recorder.stop();
  if (figures.path !== FIGURES_PATHS[0])
    notes.push(`GET ${FIGURES_PATHS[0]} did not answer 200; the figures row measures ${figures.path} instead.`);
  notes.push(
    `Yearly figures: ${figures.path} runs ${figures.statements.length} distinct statements (plus ${figures.repeats} repeats of identical ones); the baseline runs the distinct ones in parallel, as recorded from the service.`,
    `Dispatch board: ${board.split('?')[0]} for one week, as a dispatcher (every vehicle); the service runs ${boardSql.statements.length} statement(s), which the baseline replays in order on one connection, as recorded.`,
  );
  writeFileSync(figuresFile, JSON.stringify(figures.statements));
  writeFileSync(boardFile, JSON.stringify(boardSql.statements));

  const asked = volumesAt(SETTINGS.scale * scale);
  log(`generating ${JSON.stringify(asked)}`);
  const generationStarted = Date.now();
  const volumes = await generateDataset(database.url, asked, log);
  const generationSeconds = (Date.now() - generationStarted) / 1000;
  const fixtures = await prepareFixtures(database.url, SETTINGS.contendedBookings);

  const profiling = (side: Side) => (PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${join(PROFILE_DIR, side)}`] : []);
  const service = await startService(database.url, 'service', profiling('service'));
  log(`service ready in ${service.startupMs} ms`);
  const { env, nodeArguments } = productionCommand(PACKAGE_ROOT);
  const settings = [...Object.entries(env).map(([name, value]) => `${name}=${value}`), ...nodeArguments].join(' ');
  notes.push(
    `Service RSS when ready: ${service.peakRssMiB()?.toFixed(0) ?? 'n/a'} MiB (VmHWM of the service's own node process, pid ${service.pid}, started with ${settings || 'no memory settings'} as \`start:prod\` says).`,
  );
  const baselinePort = await freePort();
  const baseline = await startChildServer({
    name: 'baseline',
    script: join(__dirname, 'baseline-server.js'),
    nodeArguments: profiling('baseline'),
    port: baselinePort,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(baselinePort),
      BENCH_POOL_SIZE: String(POOL_SIZE),
      BENCH_FIGURES_SQL_FILE: figuresFile,
      BENCH_BOARD_SQL_FILE: boardFile,
      BENCH_WEB_ROOT: WEB_ROOT,
    },
    readyPath: '/health/ready',
    timeoutMs: 30_000,
  });
  cleanups.push(() => baseline.stop());

  const serviceUrl = `http://127.0.0.1:${service.port}`;
  const identities = await signIn(serviceUrl);
  const cursors = await deepCursors(
    serviceUrl,
    `/maintenance/tickets?${DEEP_LIST_FILTER}`,
    identities.coordinator,
    SETTINGS.deepPages,
  );
  const all = scenarios({
    identities,
    fixtures,
    deepCursors: cursors,
    figuresPath: figures.path,
    boardPath: board,
    signInUsernames: await signInUsernames(database.url),
    password: BENCH_PASSWORD,
    staticPaths: staticPaths(),
  });
  const results: ScenarioResult[] = [];
  let broken = false;
  let firstFigures: string | undefined;
  const chosen = all.filter(
    (each) => (everyScenario || SCALED_KINDS.includes(each.kind)) && (!ONLY || each.name.includes(ONLY)),
  );
  if (chosen.some((scenario) => scenario.kind === 'figures')) {
    const first = await timeGet(serviceUrl, figures.path, identities.reports);
    const outcome =
      first.status === 200
        ? `took ${first.ms} ms`
        : `answered ${first.status} ${first.code ?? ''} after ${first.ms} ms`;
    firstFigures = outcome;
    notes.push(
      `Yearly figures: the service's first GET after the dataset was generated ${outcome} (it counts and keeps the closed months' parts the generation made stale); the row measures the GETs after it.`,
    );
  }
  for (const scenario of chosen) {
    const serviceMeasure = await measure(scenario, 'service', service);
    const servicePeakRssMiB = service.peakRssMiB();
    const baselineMeasure = await measure(scenario, 'baseline', baseline);
    results.push({
      name: scenario.name,
      kind: scenario.kind,
      service: serviceMeasure,
      baseline: baselineMeasure,
      servicePeakRssMiB,
    });
    log(
      `${scenario.name}: service ${serviceMeasure.requestsPerSecond.toFixed(1)} req/s p99 ${serviceMeasure.p99} ms (${serviceMeasure.errors} errors, ${serviceMeasure.conflicts} 409) | baseline ${baselineMeasure.requestsPerSecond.toFixed(1)} req/s p99 ${baselineMeasure.p99} ms (${baselineMeasure.errors} errors)`,
    );
    for (const [side, measured] of [
      ['service', serviceMeasure],
      ['baseline', baselineMeasure],
    ] as const) {
      if (isBroken(scenario, measured)) {
        broken = true;
        log(`HARNESS BROKEN: ${scenario.name} got no successful answer from the ${side}`);
      }
    }
  }
  notes.push(
    `Deep keyset page: cursors ${SETTINGS.deepPages / 2}–${SETTINGS.deepPages} pages of 200 into \`${DEEP_LIST_FILTER}\`. Contention: ${SETTINGS.contendedBookings.toLocaleString('en')} requested bookings per side on 4 vans, ${DISPATCHER_COUNT} dispatchers, 32 connections.`,
    `Every scenario: each side first gets ${WARM_UP_SECONDS} s of its requests, unmeasured (the JIT's first compiles out of the window); the measured requests go on from where the warm-up stopped, so no write is repeated.`,
    'Parking lots get a daily capacity of 1,000,000 for the bench (issuing is measured, not running out of spaces).',
    'Venue booking: 6 meeting rooms per side (no approval), requests for 90-minute windows 40 minutes apart, so about half of them are refused by the exclusion constraint with a 409 naming the clash.',
    'Sign-in: POST /auth/login rotating over the bench staff accounts, 8 connections. The service verifies at most PASSWORD_HASH_CONCURRENCY (2) argon2id hashes at once and signs a JWT; the baseline runs the same SQL and argon2 unbounded (all four libuv threads) and signs nothing.',
    'Web app static file: GET of the hashed scripts and styles with `accept-encoding: br, gzip`; the service sends its precompressed brotli copy with an immutable cache header, the baseline is `@fastify/static` with its defaults (the uncompressed file).',
    `Baseline: node:http + pg Pool(${POOL_SIZE}), same statements and transaction shape as the service, but no authentication: it takes the identity from headers. The service does more on every request: it verifies the JWT and checks the account's active flag and token version (read once per account, then kept until a change is announced by PostgreSQL NOTIFY, so a revoked token still stops at once); it also validates the query and body, checks the role and agency, and audits the writes.`,
  );
  const summary = {
    results,
    notes,
    broken,
    database: database.describe,
    volumes: Object.entries(volumes)
      .map(([key, value]) => `${value.toLocaleString('en')} ${key}`)
      .join(', '),
    generationSeconds,
    firstFigures,
    startupMs: service.startupMs,
    peakRssMiB: service.peakRssMiB(),
  };
  await cleanUp();
  return summary;
}

async function main(): Promise<number> {
  const loadAverage = loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
  log(
    `bench (${quick ? 'quick' : 'full'}${SCALES.length > 1 ? `, scales ${SCALES.join(', ')}` : ''}): load average ${loadAverage}`,
  );
  const first = await runAt(SCALES[0], true);
  const scaleRuns: ScaleRun[] = [{ scale: SCALES[0], ...first }];
  let broken = first.broken;
  for (const scale of SCALES.slice(1)) {
    const run = await runAt(scale, false);
    scaleRuns.push({ scale, ...run });
    broken ||= run.broken;
  }
  const report = renderReport(first.results, {
    mode: quick ? '--quick' : 'full',
    database: first.database,
    volumes: first.volumes,
    startupMs: first.startupMs,
    peakRssMiB: first.peakRssMiB,
    loadAverage,
    notes: first.notes,
  });
  const scaleTable = SCALES.length > 1 ? renderScaleTable(scaleRuns) : '';
  writeFileSync(outPath, report + scaleTable);
  log(`\n${report}${scaleTable}\nwritten to ${outPath}`);
  return broken ? 1 : 0;
}

process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));
process.once('SIGTERM', () => void cleanUp().then(() => process.exit(143)));
main()
  .then(async (code) => {
    await cleanUp();
    process.exit(code);
  })
  .catch(async (error: Error) => {
    log(`bench failed: ${error.stack ?? error.message}`);
    await cleanUp();
    process.exit(1);
  });

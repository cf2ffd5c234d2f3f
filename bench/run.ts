/**
 * `npm run bench [-- --quick] [--out <path>]`: builds a large dataset by SQL in a fresh database,
 * starts the production build of the service and a bare node:http + pg baseline, drives both
 * with autocannon from this process, and writes the comparison to bench/results.md.
 * Exits non-zero only when the harness itself breaks (a server does not start, a scenario
 * gets no successful answer at all); missed targets are reported, not failed.
 */
import * as argon2 from 'argon2';
import autocannon from 'autocannon';
import { rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
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
import { renderReport, ScenarioResult, SideMeasure } from './report';
import { DEEP_LIST_FILTER, Identities, Scenario, scenarios } from './scenarios';
import { deepCursors, login, recordFiguresSql } from './service-client';

const quick = process.argv.includes('--quick');
const outIndex = process.argv.indexOf('--out');
// --quick (CI) writes its own file so that it never overwrites the full run's results.
const outPath =
  outIndex > 0
    ? process.argv[outIndex + 1]
    : join(__dirname, '..', '..', 'bench', quick ? 'results-quick.md' : 'results.md');
const SETTINGS = quick
  ? { scale: 0.01, durationSeconds: 2, contendedBookings: 1500, deepPages: 6 }
  : { scale: 1, durationSeconds: 10, contendedBookings: 8000, deepPages: 60 };
const POOL_SIZE = 10;
const SERVICE_ENTRY = join(__dirname, '..', 'src', 'main.js');
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
  };
}

async function startService(
  url: string,
  name: string,
  nodeArguments: string[] = [],
  extra: NodeJS.ProcessEnv = {},
): Promise<ChildServer> {
  const port = await freePort();
  const server = await startChildServer({
    name,
    script: SERVICE_ENTRY,
    nodeArguments,
    port,
    env: { ...serviceEnvironment(url, port), ...extra },
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

async function measure(scenario: Scenario, side: Side, server: ChildServer): Promise<SideMeasure> {
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}`,
    connections: scenario.connections,
    duration: SETTINGS.durationSeconds,
    timeout: 30,
    requests: [scenario.request(side)],
  });
  const conflicts = result.statusCodeStats['409']?.count ?? 0;
  return {
    requestsPerSecond: result.requests.total / SETTINGS.durationSeconds,
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

async function main(): Promise<number> {
  const notes: string[] = [];
  const loadAverage = loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
  log(`bench (${quick ? 'quick' : 'full'}): load average ${loadAverage}`);
  const database = await createBenchDatabase(log);
  cleanups.push(() => database.dispose());
  log(`database ${database.name} on ${database.describe}, migrated`);
  const passwordHash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id });

  // A first, throwaway start loads the reference data; it also records the SQL of the live figures.
  const recordFile = join(tmpdir(), `bench-sql-${process.pid}.jsonl`);
  const figuresFile = join(tmpdir(), `bench-figures-${process.pid}.json`);
  cleanups.push(async () => [recordFile, figuresFile].forEach((file) => rmSync(file, { force: true })));
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
  await recorder.stop();
  if (figures.path !== FIGURES_PATHS[0])
    notes.push(`GET ${FIGURES_PATHS[0]} did not answer 200; the figures row measures ${figures.path} instead.`);
  notes.push(
    `Yearly figures: ${figures.path} runs ${figures.statements.length} distinct statements (plus ${figures.repeats} repeats of identical ones); the baseline runs the distinct ones in parallel, as recorded from the service.`,
  );
  writeFileSync(figuresFile, JSON.stringify(figures.statements));

  const volumes = volumesAt(SETTINGS.scale);
  log(`generating ${JSON.stringify(volumes)}`);
  await generateDataset(database.url, volumes, log);
  const fixtures = await prepareFixtures(database.url, SETTINGS.contendedBookings);

  const service = await startService(database.url, 'service');
  log(`service ready in ${service.startupMs} ms`);
  notes.push(`Service RSS when ready: ${service.peakRssMiB()?.toFixed(0) ?? 'n/a'} MiB.`);
  const baselinePort = await freePort();
  const baseline = await startChildServer({
    name: 'baseline',
    script: join(__dirname, 'baseline-server.js'),
    port: baselinePort,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(baselinePort),
      BENCH_POOL_SIZE: String(POOL_SIZE),
      BENCH_FIGURES_SQL_FILE: figuresFile,
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
  const results: ScenarioResult[] = [];
  let broken = false;
  for (const scenario of scenarios({ identities, fixtures, deepCursors: cursors, figuresPath: figures.path })) {
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
    'Parking lots get a daily capacity of 1,000,000 for the bench (issuing is measured, not running out of spaces).',
    'Venue booking: 6 meeting rooms per side (no approval), requests for 90-minute windows 40 minutes apart, so about half of them are refused by the exclusion constraint with a 409 naming the clash.',
    `Baseline: node:http + pg Pool(${POOL_SIZE}), no JWT check (identity from headers), same statements and transaction shape as the service.`,
  );
  const report = renderReport(results, {
    mode: quick ? '--quick' : 'full',
    database: database.describe,
    volumes: Object.entries(volumes)
      .map(([key, value]) => `${value.toLocaleString('en')} ${key}`)
      .join(', '),
    startupMs: service.startupMs,
    peakRssMiB: service.peakRssMiB(),
    loadAverage,
    notes,
  });
  writeFileSync(outPath, report);
  log(`\n${report}\nwritten to ${outPath}`);
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

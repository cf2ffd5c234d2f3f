import { rmSync } from 'node:fs';
import { Client } from 'pg';
import { freePort, scratchDataDirectory } from '../support/test-database-server';
import { errorBodyProblem } from './support/error-body';
import { Call, HttpResult, signIn } from './support/http-client';
import { PostgresProcess, startPostgresProcess } from './support/postgres-process';
import { createAgency, FAULTS_PASSWORD, runTag } from './support/record-factories';
import { seedAccounts, ServiceProcess, startService } from './support/service-process';

jest.setTimeout(120_000);

/** Only a hang detector: a request that takes this long did not fail fast. */
const HANG_MS = 10_000;
const DATABASE = 'faults_loss';

/** Reads and writes from several loops until told to stop; every answer is kept with its timing. */
function driveLoad(call: Call, token: string, stop: () => boolean): Promise<HttpResult[]> {
  const answers: HttpResult[] = [];
  const tag = runTag().toUpperCase();
  return Promise.all(
    Array.from({ length: 6 }, async (_, worker) => {
      for (let step = 0; step < 2000 && !stop(); step++) {
        answers.push(
          worker % 2
            ? await call('GET', '/agencies', { token, timeoutMs: HANG_MS * 2 })
            : await createAgency(call, token, `LOSS-${tag}-${worker}-${step}`),
        );
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }),
  ).then(() => answers);
}

describe('database loss', () => {
  let dataDir: string;
  let port: number;
  let server: PostgresProcess | undefined;
  let service: ServiceProcess | undefined;

  beforeAll(async () => {
    dataDir = scratchDataDirectory();
    port = await freePort();
    server = await startPostgresProcess(dataDir, port);
    const admin = new Client({ connectionString: server.adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${DATABASE}`);
    await admin.end();
    service = await startService(server.urlFor(DATABASE));
    await seedAccounts(server.urlFor(DATABASE), FAULTS_PASSWORD);
  });
  afterAll(async () => {
    await service?.kill();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 503 with the error body quickly while PostgreSQL is down, stays up, and recovers by itself when it returns', async () => {
    const token = await signIn(service!.call, 'admin', FAULTS_PASSWORD);
    let phase: 'up' | 'down' | 'done' = 'up';
    const outage: HttpResult[] = [];
    const load = driveLoad(service!.call, token, () => phase === 'done');
    await new Promise((resolve) => setTimeout(resolve, 500));

    await server!.stop();
    server = undefined;
    phase = 'down';
    const outageEnds = Date.now() + 3000;
    while (Date.now() < outageEnds) {
      outage.push(await service!.call('GET', '/health/ready', { timeoutMs: HANG_MS * 2 }));
      outage.push(
        await service!.call('POST', '/agencies', {
          token,
          json: { code: `DOWN-${outage.length}`, name: '斷線' },
          timeoutMs: HANG_MS * 2,
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    phase = 'done';
    const answers = await load;

    expect(service!.child.exitCode).toBeNull();
    const all = [...answers, ...outage];
    expect(all.filter((answer) => answer.status === 0)).toEqual([]);
    expect(all.filter((answer) => answer.elapsedMs >= HANG_MS).map((answer) => answer.elapsedMs)).toEqual([]);
    expect(answers.filter((answer) => answer.status >= 200 && answer.status < 300).length).toBeGreaterThan(0);
    const outageStatuses = new Set(outage.map((answer) => answer.status));
    expect([...outageStatuses]).toEqual([503]);
    const failures = all.filter((answer) => answer.status >= 300);
    // Each unexpected answer with what the service logged for its request, to see what it did not map.
    const logOf = (answer: HttpResult) =>
      service!
        .output()
        .split('\n')
        .filter((line) => line.includes((answer.body as { requestId?: string } | null)?.requestId ?? '\0'));
    expect(
      failures.filter((answer) => answer.status !== 503).map((answer) => ({ ...answer, log: logOf(answer) })),
    ).toEqual([]);
    expect(failures.map((answer) => errorBodyProblem(answer.status, answer.body)).filter(Boolean)).toEqual([]);

    server = await startPostgresProcess(dataDir, port);
    const deadline = Date.now() + 30_000;
    let ready = await service!.call('GET', '/health/ready');
    while (ready.status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      ready = await service!.call('GET', '/health/ready');
    }
    expect(ready.status).toBe(200);
    expect((await createAgency(service!.call, token, `BACK-${runTag().toUpperCase()}`)).status).toBe(201);
    expect(service!.child.exitCode).toBeNull();
  });
});

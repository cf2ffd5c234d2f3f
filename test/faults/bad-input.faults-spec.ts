import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../support/test-app';
import { changedTables, snapshotTables } from './support/database-snapshot';
import { errorBodyProblem } from './support/error-body';
import { InputCase, invalidInputsFor } from './support/invalid-inputs';
import { knownPathValues } from './support/known-ids';
import { fillPath, OpenApiDocument, Operation, operationsOf } from './support/open-api';

// Hundreds of requests per module; the machine is shared by several test runs at once.
jest.setTimeout(300_000);

/** The API's first path segment (`/fleet/bookings/{id}` → `fleet`): the sweep runs one module per test. */
const moduleOf = (path: string) => path.split('/')[1];

/** The modules of the committed document (CI fails when it drifts from the service's). */
const modules = [
  ...new Set(
    Object.keys(
      (JSON.parse(readFileSync(join(__dirname, '../../web/src/api/openapi.json'), 'utf8')) as OpenApiDocument).paths,
    ).map(moduleOf),
  ),
];

/**
 * For every operation in the OpenAPI document, generated invalid paths, queries and bodies, sent
 * as an admin so that role checks do not hide validation: a 4xx with the error body, never a
 * 5xx, and not one row written.
 */
describe('bad input sweep', () => {
  let t: TestApp;
  let token: string;
  let operations: Operation[];

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('admin');
    operations = operationsOf((await t.http().get('/docs-json').expect(200)).body as OpenApiDocument);
  });
  afterAll(() => t.close());

  async function send(operation: Operation, input: InputCase) {
    const method = operation.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    let call = t
      .http()
      [method](fillPath(operation.path, input.pathValues))
      .query(input.query)
      .set('authorization', `Bearer ${token}`)
      .timeout(60_000);
    if (input.body && 'raw' in input.body) call = call.set('content-type', input.body.contentType).send(input.body.raw);
    else if (input.body) call = call.set('content-type', 'application/json').send(JSON.stringify(input.body.json));
    return call;
  }

  it('covers every operation of the service in one of its module sweeps', () => {
    expect(operations.filter((operation) => !modules.includes(moduleOf(operation.path)))).toEqual([]);
  });

  it.each(modules)(
    '/%s: answers every certainly-invalid request with a 4xx error body and writes nothing; hostile ones never get a 5xx',
    async (module) => {
      const me = (await t.http().get('/users/me').set('authorization', `Bearer ${token}`).expect(200)).body as {
        id: string;
      };
      const get = async (path: string) => t.http().get(path).set('authorization', `Bearer ${token}`);
      const problems: string[] = [];
      let strictCount = 0;
      const moduleOperations = operations.filter((operation) => moduleOf(operation.path) === module);
      for (const operation of moduleOperations) {
        const knownIds = await knownPathValues(operation, operations, get, { userId: me.id });
        const cases = invalidInputsFor(operation, knownIds);
        if (!cases.length) continue;
        const before = operation.method === 'GET' ? undefined : await snapshotTables(t.sql);
        for (const input of cases.filter((candidate) => candidate.strict)) {
          strictCount++;
          const response = await send(operation, input);
          const bodyProblem = errorBodyProblem(response.status, response.body);
          if (response.status < 400 || response.status >= 500)
            problems.push(
              `${operation.label} [${input.name}] → ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`,
            );
          else if (bodyProblem)
            problems.push(`${operation.label} [${input.name}] → ${response.status}: ${bodyProblem}`);
        }
        if (before) {
          const changed = changedTables(before, await snapshotTables(t.sql));
          if (changed.length) problems.push(`${operation.label}: invalid requests wrote to ${changed.join(', ')}`);
        }
        for (const input of cases.filter((candidate) => !candidate.strict)) {
          const response = await send(operation, input);
          if (response.status >= 500)
            problems.push(
              `${operation.label} [${input.name}] → ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`,
            );
          else if (response.status >= 400 && errorBodyProblem(response.status, response.body)) {
            problems.push(
              `${operation.label} [${input.name}] → ${response.status}: ${errorBodyProblem(response.status, response.body)}`,
            );
          }
        }
      }
      const takesInput = moduleOperations.some(
        (operation) =>
          operation.pathParameters.length ||
          operation.queryParameters.length ||
          operation.jsonBody ||
          operation.otherBodyTypes.length,
      );
      expect(moduleOperations.length).toBeGreaterThan(0);
      expect(strictCount > 0).toBe(Boolean(takesInput));
      expect(problems).toEqual([]);
    },
  );
});

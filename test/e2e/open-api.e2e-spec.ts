import type { OpenAPIObject, OperationObject, ResponseObject } from '@nestjs/swagger';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createOpenApiDocument } from '../../src/bootstrap/open-api';
import { routesOf } from '../../src/bootstrap/open-api-routes';
import { ErrorBody } from '../../src/common/errors/error-body';
import { projectRoot } from '../../src/config/project-root';
import { duplicateSchemaNames } from '../support/api-models';
import { startTestApp, TestApp } from '../support/test-app';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Operation extends OperationObject {
  name: string;
}

function operationsOf(document: OpenAPIObject): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] ? [{ ...item[method], name: `${method.toUpperCase()} ${path}` }] : [])),
  );
}

function isErrorBody(response: ResponseObject): boolean {
  const schema = response.content?.['application/json']?.schema as { $ref?: string } | undefined;
  return schema?.$ref === '#/components/schemas/ErrorBody';
}

interface RedoclyReport {
  totals: { errors: number; warnings: number };
  problems: Array<{ ruleId: string; severity: string; message: string; location: Array<{ pointer: string }> }>;
}

/** Lints with the CLI that `npm run lint:api` runs, so the test and CI apply one ruleset and redocly.yaml. */
async function redoclyLint(document: OpenAPIObject): Promise<RedoclyReport> {
  const folder = await mkdtemp(join(tmpdir(), 'openapi-'));
  const file = join(folder, 'openapi.json');
  await writeFile(file, JSON.stringify(document));
  const cli = join(projectRoot(), 'node_modules/@redocly/cli/bin/cli.js');
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [cli, 'lint', file, '--format=json'], {
      cwd: projectRoot(),
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    return JSON.parse(stdout) as RedoclyReport;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

describe('the OpenAPI document', () => {
  let t: TestApp;
  let document: OpenAPIObject;
  let operations: Operation[];
  beforeAll(async () => {
    t = await startTestApp();
    document = createOpenApiDocument(t.app);
    operations = operationsOf(document);
  });
  afterAll(() => t.close());

  it('gives every operation a zh-TW summary', () => {
    const missing = operations.filter((operation) => !/\p{Script=Han}/u.test(operation.summary ?? ''));
    expect(missing.map((operation) => operation.name)).toEqual([]);
  });

  it('declares the security of every operation: bearer or session, or explicitly public', () => {
    const undeclared = operations.filter((operation) => {
      if (!operation.security) return true;
      if (operation.security.length === 0) return false;
      const schemes = operation.security.flatMap((requirement) => Object.keys(requirement));
      return !schemes.includes('bearer') || !schemes.includes('session');
    });
    expect(undeclared.map((operation) => operation.name)).toEqual([]);
    const publicOnes = operations.filter((operation) => operation.security?.length === 0).map((o) => o.name);
    expect(publicOnes.sort()).toEqual(
      [
        'DELETE /auth/session',
        'GET /health/live',
        'GET /health/ready',
        'GET /parking/verify/{token}',
        'POST /auth/login',
        'POST /auth/session',
      ].sort(),
    );
  });

  it('lists the error responses of every operation with the one error body', () => {
    const problems = operations.flatMap((operation) => {
      const responses = operation.responses as Record<string, ResponseObject>;
      const errors = Object.entries(responses).filter(([status]) => Number(status) >= 400);
      const withoutBody = errors
        .filter(([, response]) => !isErrorBody(response))
        .map(([status]) => `${operation.name} ${status} has no ErrorBody`);
      const authenticated = operation.security?.length !== 0;
      const missing = ['401', '403']
        .filter((status) => authenticated && !responses[status])
        .map((status) => `${operation.name} lacks ${status}`);
      return [...(errors.length ? [] : [`${operation.name} lists no error`]), ...withoutBody, ...missing];
    });
    expect(problems).toEqual([]);
  });

  it('has no two models sharing a schema name', () => {
    expect(duplicateSchemaNames(routesOf(t.app), [ErrorBody])).toEqual({});
  });

  it("passes Redocly's recommended rules without errors or warnings", async () => {
    const report = await redoclyLint(document);
    const problems = report.problems.map(
      (problem) => `${problem.severity} ${problem.ruleId} ${problem.location[0]?.pointer}: ${problem.message}`,
    );
    expect(problems).toEqual([]);
  });
});

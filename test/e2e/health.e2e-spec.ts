import { startTestApp, TestApp } from '../support/test-app';

describe('health and docs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers liveness and readiness without a token', async () => {
    await t.http().get('/health/live').expect(200);
    const ready = await t.http().get('/health/ready').expect(200);
    expect(ready.body.info.database.status).toBe('up');
  });

  it('serves the OpenAPI document with the error body and bearer auth', async () => {
    const response = await t.http().get('/docs-json').expect(200);
    expect(response.body.components.schemas.ErrorBody.required).toEqual(
      expect.arrayContaining(['statusCode', 'code', 'message', 'requestId']),
    );
    expect(response.body.components.securitySchemes.bearer).toBeDefined();
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/auth/login', '/users', '/agencies', '/locations/tree', '/audit']),
    );
  });

  it('sends security headers and echoes a sane request id', async () => {
    const response = await t.http().get('/health/live').set('x-request-id', 'trace-42').expect(200);
    expect(response.headers['x-request-id']).toBe('trace-42');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['content-security-policy']).toContain("default-src 'self';");
    expect(response.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
    const notFound = await t.http().get('/no-such-route').expect(404);
    expect(notFound.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const replaced = await t.http().get('/health/live').set('x-request-id', 'bad id with spaces').expect(200);
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers an unknown route with the error body', async () => {
    const response = await t.http().get('/no-such-route').expect(404);
    expect(response.body).toEqual({
      statusCode: 404,
      code: 'route.not_found',
      message: expect.any(String),
      requestId: expect.any(String),
    });
  });
});

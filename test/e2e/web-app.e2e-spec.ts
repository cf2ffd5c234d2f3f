import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPEN_API_FILE } from '../../src/bootstrap/open-api';
import { fromProjectRoot } from '../../src/config/project-root';
import { WEB_BUILD_DIR } from '../../src/web-app/serve-web-app';
import { startTestApp, TestApp } from '../support/test-app';

const PAGE = { accept: 'text/html,application/xhtml+xml' };

describe('the web app served by the service', () => {
  let t: TestApp;
  beforeAll(async () => {
    if (!existsSync(fromProjectRoot(join(WEB_BUILD_DIR, 'index.html'))))
      throw new Error(`no web build in ${WEB_BUILD_DIR}: run npm run build:web first (npm test does)`);
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('answers a page load of a client route with index.html under a strict CSP with a fresh nonce', async () => {
    const first = await t.http().get('/repairs/new').set(PAGE).expect(200);
    const second = await t.http().get('/').set(PAGE).expect(200);
    expect(first.headers['content-type']).toMatch(/^text\/html/);
    expect(first.headers['cache-control']).toBe('no-cache');
    const policy = first.headers['content-security-policy'];
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('unsafe-inline');
    const nonce = /'nonce-([^']+)'/.exec(policy)![1];
    expect(first.text).toContain(`nonce="${nonce}"`);
    expect(first.text).not.toContain('__CSP_NONCE__');
    expect(second.headers['content-security-policy']).not.toContain(nonce);
  });

  it('never hands out the raw index.html as a static file (no nonce, an immutable cache)', async () => {
    const raw = await t.http().get('/index.html').set(PAGE).expect(404);
    expect(raw.text).not.toContain('__CSP_NONCE__');
    expect(raw.headers['cache-control'] ?? '').not.toContain('immutable');
  });

  it('keeps the JSON 404 error body for API clients asking an unknown path', async () => {
    const response = await t.http().get('/no-such-api').set('accept', 'application/json').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, code: 'route.not_found' });
    await t.http().post('/no-such-api').set(PAGE).expect(404);
  });

  it('serves hashed assets with an immutable cache, precompressed when the browser accepts it', async () => {
    const script = readdirSync(fromProjectRoot(join(WEB_BUILD_DIR, 'assets'))).find((file) =>
      /^index-.*\.js$/.test(file),
    );
    const response = await t.http().get(`/assets/${script}`).set('accept-encoding', 'br, gzip').expect(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toContain('accept-encoding');
    const gzipped = await t.http().get(`/assets/${script}`).set('accept-encoding', 'gzip').expect(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const plain = await t.http().get(`/assets/${script}`).set('accept-encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('keeps the committed OpenAPI document equal to the one it serves (run npm run api:doc)', async () => {
    const served = await t.http().get('/docs-json').expect(200);
    const committed = JSON.parse(readFileSync(fromProjectRoot(OPEN_API_FILE), 'utf8')) as unknown;
    expect(committed).toEqual(served.body);
  });
});

import { startTestApp, TestApp } from '../support/test-app';
import { ParkingContext, permitInput, setUpParking } from './parking-fixtures';

const BOOT_TIMEOUT_MS = 60_000;
const VERIFY_PER_MINUTE = 2;

/** Boots an app whose QR base is the request's own host (no PARKING_PUBLIC_BASE_URL). */
async function startWith(environment: Record<string, string>): Promise<{ t: TestApp; context: ParkingContext }> {
  delete process.env.PARKING_PUBLIC_BASE_URL;
  delete process.env.TRUSTED_PROXIES;
  const t = await startTestApp({ PARKING_VERIFY_PER_MINUTE: String(VERIFY_PER_MINUTE), ...environment });
  return { t, context: await setUpParking(t) };
}

async function issueWithHeaders(
  t: TestApp,
  context: ParkingContext,
  plate: string,
  headers: Record<string, string>,
): Promise<string> {
  const response = await t
    .http()
    .post('/parking/permits')
    .auth(context.officer, { type: 'bearer' })
    .set(headers)
    .send(permitInput(context, { plate }))
    .expect(201);
  return response.body.verificationUrl as string;
}

describe('parking: forwarding headers from anyone', () => {
  let t: TestApp;
  let context: ParkingContext;

  beforeAll(async () => ({ t, context } = await startWith({})), BOOT_TIMEOUT_MS);
  afterAll(() => t.close());

  it('prints the QR code for the host the officer asked, never X-Forwarded-Host', async () => {
    const url = await issueWithHeaders(t, context, 'FWD-1001', {
      host: 'parking.city.gov.tw',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
    });
    expect(url).toMatch(/^http:\/\/parking\.city\.gov\.tw\/parking\/verify\/[A-Za-z0-9_-]{32}$/);
  });

  it('counts the public verification per connecting address, whatever X-Forwarded-For says', async () => {
    const path = new URL(await issueWithHeaders(t, context, 'FWD-1002', {})).pathname;
    const statuses: number[] = [];
    for (const address of ['203.0.113.1', '203.0.113.2', '203.0.113.3'])
      statuses.push((await t.http().get(path).set('x-forwarded-for', address)).status);
    expect(statuses).toEqual([200, 200, 429]);
  });
});

describe('parking: forwarding headers from a configured proxy', () => {
  let t: TestApp;
  let context: ParkingContext;

  beforeAll(async () => ({ t, context } = await startWith({ TRUSTED_PROXIES: '127.0.0.1, ::1' })), BOOT_TIMEOUT_MS);
  afterAll(() => t.close());

  it('believes the proxy about the client address and the scheme, but not about the host', async () => {
    const url = await issueWithHeaders(t, context, 'FWD-1003', {
      host: 'parking.city.gov.tw',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
    });
    expect(url).toMatch(/^https:\/\/parking\.city\.gov\.tw\/parking\/verify\//);

    const path = new URL(url).pathname;
    const statuses: number[] = [];
    for (const address of ['203.0.113.1', '203.0.113.1', '203.0.113.1', '203.0.113.2'])
      statuses.push((await t.http().get(path).set('x-forwarded-for', address)).status);
    expect(statuses).toEqual([200, 200, 429, 200]);
  });
});

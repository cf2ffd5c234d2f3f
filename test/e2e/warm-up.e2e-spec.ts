import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
import { CHINESE_FONT_FILE } from '../../src/common/pdf/chinese-font';
import { BusinessCalendar } from '../../src/common/time';
import { startTestApp, TestApp } from '../support/test-app';
import { binaryParser, ParkingContext, permitInput, setUpParking } from './parking-fixtures';

// The e2e project's testTimeout does not reach hooks on a busy machine; booting can take longer.
const BOOT_TIMEOUT_MS = 60_000;

const fontReads = (spy: jest.SpyInstance) => spy.mock.calls.filter(([path]) => path === CHINESE_FONT_FILE).length;

describe('no cold start on a user request', () => {
  let t: TestApp;
  let context: ParkingContext;
  const asyncReads = jest.spyOn(fsPromises, 'readFile');
  const syncReads = jest.spyOn(fs, 'readFileSync');

  beforeAll(async () => {
    t = await startTestApp();
    context = await setUpParking(t);
  }, BOOT_TIMEOUT_MS);
  afterAll(async () => {
    jest.restoreAllMocks();
    await t?.close();
  });

  it('reads the Chinese font while booting, so the first permit PDF does not', async () => {
    expect(fontReads(asyncReads) + fontReads(syncReads)).toBe(1);
    const issued = await t
      .http()
      .post('/parking/permits')
      .auth(context.officer, { type: 'bearer' })
      .send(permitInput(context))
      .expect(201);
    asyncReads.mockClear();
    syncReads.mockClear();

    const printed = await t
      .http()
      .get(`/parking/permits/${issued.body.id}/pdf`)
      .auth(context.officer, { type: 'bearer' })
      .buffer(true)
      .parse(binaryParser)
      .expect(200);

    expect((printed.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(fontReads(asyncReads) + fontReads(syncReads)).toBe(0);
  });

  it("builds the office calendar's tables while booting, and every other configured year just after", async () => {
    const calendar = t.app.get(BusinessCalendar);
    const thisYear = new Date().getFullYear();
    const wanted = [...calendar.configuredYears(), thisYear - 1, thisYear, thisYear + 1];
    expect(calendar.configuredYears().length).toBeGreaterThan(1);
    for (let turn = 0; turn < 1000 && !wanted.every((year) => calendar.preparedYears().includes(year)); turn++)
      await new Promise((resolve) => setImmediate(resolve));
    expect(calendar.preparedYears()).toEqual(expect.arrayContaining(wanted));
  });
});

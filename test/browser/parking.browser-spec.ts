import { setUpParking } from '../e2e/parking-fixtures';
import { type BrowserApp, startBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';

describeInBrowser('the parking permit in the browser', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp('parking');
    await setUpParking(b.t);
  });
  afterAll(() => b?.close());

  it('shows the QR code page as valid, in Chinese, without personal data', async () => {
    const officer = await b.t.login('parking');
    const [{ id: financeId }] = await b.t.sql<{ id: string }>("SELECT id FROM agencies WHERE code = 'FINANCE'");
    const issued = await b.t
      .http()
      .post('/parking/permits')
      .auth(officer, { type: 'bearer' })
      .send({
        lotCode: 'SW',
        plate: 'MAN-1111',
        vehicleType: 'motorcycle',
        visitorName: '陳掃描',
        visitorPhone: '0933-111-222',
        agencyVisitedId: financeId,
        purpose: '洽公',
        validFrom: new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Taipei' }),
        validTo: new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Taipei' }),
      })
      .expect(201);
    const page = await b.newUser();
    await page.goto(new URL(issued.body.verificationUrl as string).pathname);
    await page.getByRole('heading', { name: '公務臨時停車證查驗' }).waitFor();
    await page.getByRole('status').getByText('有效', { exact: true }).waitFor();
    await page.getByText('四維行政中心停車場').waitFor();
    const text = await page.locator('body').innerText();
    for (const personal of ['陳掃描', '0933-111-222', 'MAN-1111']) expect(text).not.toContain(personal);
    await b.visited(page, 'verify-valid');
  });
});

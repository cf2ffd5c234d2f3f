import { setUpParking } from '../e2e/parking-fixtures';
import { type BrowserApp, startBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { chooseOption } from './support/select';

describeInBrowser('the parking officer in the browser', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp('parking');
    await setUpParking(b.t);
  });
  afterAll(() => b?.close());

  it('issues a permit, prints it, looks the plate up and revokes it', async () => {
    const page = await b.newUser();
    await b.signIn(page, 'parking');
    await page.getByRole('heading', { name: /，您好$/ }).waitFor();
    // A parking officer neither files nor works on repairs: the home page showed an always-empty list of them.
    expect(await page.getByRole('heading', { name: '處理中的報修' }).count()).toBe(0);
    await page.getByRole('navigation').getByRole('link', { name: '核發停車證' }).click();
    await page.getByRole('heading', { name: '核發公務臨時停車證' }).waitFor();
    await b.visited(page, 'issue-permit');

    await page.getByLabel('車牌號碼').fill('abc 1235');
    expect(await page.getByLabel('車牌號碼').inputValue()).toBe('ABC-1235');
    await page.getByLabel('訪客姓名').fill('林大華');
    await page.getByLabel('聯絡電話（選填）').fill('0912-345-678');
    await chooseOption(page, '停車場', '四維行政中心停車場');
    await chooseOption(page, '洽公機關', '財政局', { search: '財政' });
    await page.getByLabel('洽公事由').fill('出席預算審查會議');
    await page.getByText(/剩 \d+ 位/).waitFor();
    await b.visited(page, 'issue-permit-filled');

    const pdf = page
      .context()
      .waitForEvent('response', (response) => /\/parking\/permits\/[^/]+\/pdf$/.test(response.url()));
    await page.getByRole('button', { name: '核發並列印' }).click();
    const printed = await pdf;
    expect(printed.status()).toBe(200);
    // Chromium hands the response to its PDF viewer, whose body is the viewer's HTML: fetch the bytes again.
    const fetched = await page.request.get(printed.url());
    expect(fetched.headers()['content-type']).toBe('application/pdf');
    expect((await fetched.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.getByText(/^已核發停車證 SW\d{3}-00001$/).waitFor();
    await b.visited(page, 'permit-issued');

    await page.getByRole('navigation').getByRole('link', { name: '車牌查詢' }).click();
    await page.getByLabel('要查詢的車牌').fill('abc1235');
    await page.getByRole('button', { name: '查詢' }).click();
    await page.getByRole('cell', { name: 'ABC-1235' }).waitFor();
    await page.getByText('有效', { exact: true }).waitFor();
    await b.visited(page, 'plate-lookup');

    await page.getByRole('button', { name: '撤銷' }).click();
    await page.getByLabel('撤銷原因').fill('會議取消');
    await page.getByRole('button', { name: '確定撤銷' }).click();
    await page.getByText('停車證已撤銷。').waitFor();
    await page.getByText('已撤銷', { exact: true }).waitFor();
    await b.visited(page, 'plate-revoked');
    const [revoked] = await b.t.sql<{ status: string; revocation_reason: string }>(
      "SELECT status, revocation_reason FROM parking_permits WHERE plate = 'ABC-1235'",
    );
    expect(revoked).toEqual({ status: 'revoked', revocation_reason: '會議取消' });

    await page.getByRole('navigation').getByRole('link', { name: '本日停車證' }).click();
    await page.getByRole('heading', { name: '本日停車證' }).waitFor();
    await chooseOption(page, '停車場', '四維行政中心停車場');
    await page.getByRole('cell', { name: 'ABC-1235' }).waitFor();
    await b.visited(page, 'day-sheet');
  });
});

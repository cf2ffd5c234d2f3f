import type { Page } from 'playwright-core';
import { decide, fileLine, setUpReviews } from '../e2e/vehicle-reviews-fixtures';
import { type BrowserApp, startBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { chooseOption } from './support/select';

const DAY = 24 * 3_600_000;

/** The ROC date (`115/12/03`) of the day `days` from today in Taipei, as a user types it. */
function rocDateInDays(days: number): string {
  const [year, month, day] = new Date(Date.now() + days * DAY)
    .toLocaleDateString('en-CA', { timeZone: 'Asia/Taipei' })
    .split('-')
    .map(Number);
  return `${year - 1911}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}`;
}

async function openReviews(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: '車輛先期審查' }).click();
  await page.getByRole('heading', { name: '車輛先期審查', level: 1 }).waitFor();
}

describeInBrowser('the vehicle-purchase pre-review in the browser', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp('vehicle-reviews');
  });
  afterAll(() => b?.close());

  it('the office opens a round, an agency admin files a request, the office approves it within the ceiling and reads the summary', async () => {
    const office = await b.newUser();
    await b.signIn(office, 'dispatcher');
    await openReviews(office);
    await office.getByLabel('預算年度').fill('115');
    await office.getByLabel('受理截止日').click();
    await office.getByLabel('受理截止日').fill(rocDateInDays(30));
    await office.getByLabel('受理截止日').press('Enter');
    await office.getByLabel('經費上限（元）').fill('5000000');
    await office.getByRole('button', { name: '開辦' }).click();
    await office.getByRole('link', { name: '115年度' }).waitFor();
    await b.visited(office, 'rounds');

    // Another agency's approved line already takes most of the ceiling.
    const tokens = await setUpReviews(b.t);
    const [{ id: roundId }] = await b.t.sql<{ id: string }>(
      'SELECT id FROM vehicle_review_rounds WHERE budget_year = 115',
    );
    const police = await fileLine(b.t, tokens.police, roundId, {
      kind: 'special_vehicle',
      purpose: '汰換逾齡警備車',
      unitPrice: 3_000_000,
      replacedAgeYears: 14,
    });
    await decide(b.t, tokens.office, police, { decision: 'approve', approvedAmount: 3_000_000 }).expect(200);

    const agency = await b.newUser();
    await b.signIn(agency, 'agency-admin');
    await openReviews(agency);
    await agency.getByRole('link', { name: '115年度' }).click();
    await agency.getByText('提出購置或續租申請').waitFor();
    await agency.getByRole('button', { name: '送出申請' }).click();
    for (const message of ['請選擇申請類別。', '請輸入用途。', '請輸入單價。', '請說明申請理由。'])
      await agency.getByText(message).waitFor();
    await b.visited(agency, 'file-line-invalid');
    await chooseOption(agency, '申請類別', '汽車');
    await agency.getByLabel('用途').fill('汰換逾齡公務小客車');
    await agency.getByLabel('數量').fill('2');
    await agency.getByLabel('單價（元）').fill('1200000');
    await agency.getByLabel('汰換車牌').fill('AB-1234');
    await agency.getByLabel('車齡（年）').fill('13');
    await agency.getByLabel('里程（公里）').fill('210000');
    await agency.getByLabel('申請理由').fill('車齡逾13年，維修費用偏高');
    await agency.getByLabel('附件（報價單等）').setInputFiles({
      name: '報價單.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await b.visited(agency, 'file-line-filled');
    await agency.getByRole('button', { name: '送出申請' }).click();
    await agency.getByText('已送出申請，等待本處審查。').waitFor();
    await agency.getByRole('cell', { name: /汰換逾齡公務小客車/ }).waitFor();
    await agency.getByText('待審查').waitFor();
    expect(await agency.getByText('汰換逾齡警備車').count()).toBe(0);
    await b.visited(agency, 'round-agency');

    await office.getByRole('link', { name: '115年度' }).click();
    await office.getByRole('cell', { name: /^汰換逾齡公務小客車 汽車/ }).waitFor();
    const linesTable = office.locator('table', { has: office.getByRole('columnheader', { name: '用途' }) });
    const purposes = await linesTable.locator('tbody tr td:nth-child(3) > div').allTextContents();
    expect(purposes).toEqual(['汰換逾齡警備車', '汰換逾齡公務小客車']);
    await b.visited(office, 'round-office');
    await office.getByRole('button', { name: '審查：汰換逾齡公務小客車' }).click();
    const dialog = office.getByRole('dialog');
    await dialog.getByLabel('核列金額（元）').waitFor();
    await b.visited(office, 'decision-dialog');
    await dialog.getByRole('button', { name: '送出審查' }).click();
    await dialog.getByText('超過本年度經費上限，尚可核列 2000000 元。').waitFor();
    await dialog.getByLabel('核列金額（元）').fill('2000000');
    await dialog.getByLabel('核列數量').fill('1');
    await dialog.getByRole('button', { name: '送出審查' }).click();
    await office.getByText('已完成審查。').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await office.getByText('2,000,000 元（1 輛）').waitFor();
    const [approved] = await b.t.sql<{ state: string; amount: string; total: string }>(
      `SELECT l.state, l.approved_amount AS amount, r.approved_total AS total
         FROM vehicle_request_lines l JOIN vehicle_review_rounds r ON r.id = l.round_id
        WHERE l.purpose = '汰換逾齡公務小客車'`,
    );
    expect(approved).toEqual({ state: 'approved', amount: '2000000', total: '5000000' });

    await agency.reload();
    await agency.getByText('核列', { exact: true }).waitFor();
    await agency.getByText('2,000,000 元（1 輛）').waitFor();
    await b.visited(agency, 'round-agency-approved');

    await office.getByRole('button', { name: '審查結果統計' }).click();
    await office.getByRole('heading', { name: '115年度先期審查結果' }).waitFor();
    await office
      .getByText(
        '辦理115年度購置公務車輛先期審查作業，共計核列汽車1輛、機車0輛、特種車1輛及續租0輛等，經費合計500.0萬元',
      )
      .waitFor();
    const download = office.waitForEvent('download');
    await office.getByRole('link', { name: /下載 Excel/ }).click();
    expect((await download).suggestedFilename()).toBe('vehicle-review-115.xlsx');
    await b.visited(office, 'summary');
  });
});

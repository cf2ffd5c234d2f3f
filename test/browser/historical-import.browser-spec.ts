import type { Page } from 'playwright-core';
import { ParkingLotsService } from '../../src/parking/lots/parking-lots.service';
import { type BrowserApp, startBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { chooseOption } from './support/select';

const HEADINGS = '案件編號,報修時間,報修機關,類別,報修事項,地點,結案日期';
const GOOD = [
  '111-000001,111/02/07 10:00,財政局,水電,廁所漏水,四維行政中心5樓,111/02/08',
  '111-000002,1110415,民政局,空調,冷氣異味,鳳山行政中心前棟,2022-04-20',
  '111-000003,2022-11-30 16:20,教育局,電梯,電梯按鈕失靈,四維行政中心,111/12/01',
];
const BAD_DATE_ON_LINE_3 = [GOOD[0], GOOD[1].replace('1110415', '111/04/31'), GOOD[2]];

const csvFile = (lines: string[], name = '111年報修案件.csv', headings = HEADINGS) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`\uFEFF${[headings, ...lines].join('\n')}\n`),
});

const VENUE_HEADINGS = '場地,使用日期,開始時間,結束時間,申請機關,活動名稱,參加人數';
const VENUE_LINES = [
  'SW-AUD,111/05/20,09:00,12:00,財政局,防災宣導講座,300',
  'FS-F201,1110601,10:00,11:00,民政局,採購案評選會議,12',
];

describeInBrowser('the import of earlier years in the browser', () => {
  let b: BrowserApp;

  beforeAll(async () => {
    b = await startBrowserApp('historical-import');
  }, 120_000);
  afterAll(() => b?.close());

  async function choose(page: Page, lines: string[]) {
    await page.locator('input[type=file]').setInputFiles(csvFile(lines));
    await page.getByText('111年報修案件.csv').waitFor();
    await page.getByRole('button', { name: '預覽檢查' }).click();
  }

  it('an admin previews a file with one bad line, sees the line named, imports a good one and finds it marked', async () => {
    const page = await b.newUser();
    await b.signIn(page, 'admin');
    await page.getByRole('navigation').getByRole('link', { name: '歷史資料匯入' }).click();
    await page.getByRole('heading', { name: '匯入歷年資料' }).waitFor();
    await page.getByText('只收已結案的案件，未結案者請在本系統重新報修。', { exact: false }).waitFor();
    await chooseOption(page, '資料種類', '公務臨時停車證');
    await page.getByText('只收使用期間已結束的停車證，不占用車位。', { exact: false }).waitFor();
    await chooseOption(page, '資料種類', '宿舍居住事實查考');
    await page.getByText('住戶須有查考日當天的配住紀錄', { exact: false }).waitFor();
    await b.visited(page, 'import-kind-help');
    await chooseOption(page, '資料種類', '報修案件');

    await choose(page, BAD_DATE_ON_LINE_3);
    await page.getByText('共 3 列資料，發現 1 個問題，整個檔案都不會匯入。請修正後重新上傳。').waitFor();
    const problem = page.getByRole('row', { name: /^3 報修時間/ });
    await problem.getByText('「報修時間」的「111/04/31」不是日期；請寫成 112/03/05、1120305 或 2023-03-05。').waitFor();
    expect(await page.getByRole('button', { name: /確認匯入/ }).count()).toBe(0);
    await b.visited(page, 'import-refused-line');

    await choose(page, GOOD);
    await page.getByText('共 3 列資料，檢查無誤，尚未寫入；確認後才會匯入。').waitFor();
    await b.visited(page, 'import-ready');
    await page.getByRole('button', { name: '確認匯入 3 筆' }).click();
    await page.getByText('已匯入 3 筆報修案件，並標示為匯入資料。').waitFor();
    await b.visited(page, 'import-done');

    const rows = await b.t.sql<{ number: string }>(
      'SELECT number FROM maintenance_tickets WHERE imported_at IS NOT NULL ORDER BY number',
    );
    expect(rows.map((row) => row.number)).toEqual(['111-000001', '111-000002', '111-000003']);

    await page.getByRole('navigation').getByRole('link', { name: '維修案件佇列' }).click();
    const imported = page.getByRole('listitem').filter({ hasText: '111-000003 電梯按鈕失靈' });
    await imported.getByText('歷史匯入').waitFor();
    await b.visited(page, 'imported-in-queue');
  }, 180_000);

  it('an admin picks the venue bookings, reads their headings, imports a year and finds the bookings marked', async () => {
    const page = await b.newUser();
    await b.signIn(page, 'admin');
    await page.getByRole('navigation').getByRole('link', { name: '歷史資料匯入' }).click();
    await page.getByRole('heading', { name: '匯入歷年資料' }).waitFor();
    await chooseOption(page, '資料種類', '場地借用紀錄');
    await page.getByText('必要欄位：場地、開始時間、結束時間、申請機關、活動名稱').waitFor();
    await b.visited(page, 'import-venue-headings');

    await page.locator('input[type=file]').setInputFiles({
      name: '111年場地借用.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${[VENUE_HEADINGS, ...VENUE_LINES].join('\n')}\n`),
    });
    await page.getByText('111年場地借用.csv').waitFor();
    await page.getByRole('button', { name: '預覽檢查' }).click();
    await page.getByText('共 2 列資料，檢查無誤，尚未寫入；確認後才會匯入。').waitFor();
    await page.getByRole('button', { name: '確認匯入 2 筆' }).click();
    await page.getByText('已匯入 2 筆場地借用紀錄，並標示為匯入資料。').waitFor();

    // History is nobody's request here: it stays out of the importer's own bookings, and the day sheet shows it.
    await page.getByRole('navigation').getByRole('link', { name: '我的場地預約' }).click();
    await page.getByRole('heading', { name: '我的場地預約' }).waitFor();
    expect(await page.getByText('防災宣導講座').count()).toBe(0);
    const [{ site_id: siteId }] = await b.t.sql<{ site_id: string }>(
      "SELECT s.site_id FROM venue_spaces s WHERE s.code = 'SW-AUD'",
    );
    await page.goto(`/spaces/day-sheet?siteId=${siteId}&date=2022-05-20`);
    const imported = page.getByRole('listitem').filter({ hasText: '防災宣導講座' });
    await imported.getByText('歷史匯入').waitFor();
    expect(await imported.getByRole('button').count()).toBe(0);
    await b.visited(page, 'imported-venue-bookings');
  }, 180_000);

  it('an admin imports an earlier permit and finds it marked where permits are listed', async () => {
    await b.t.app.get(ParkingLotsService).seedLots();
    const page = await b.newUser();
    await b.signIn(page, 'admin');
    await page.getByRole('navigation').getByRole('link', { name: '歷史資料匯入' }).click();
    await chooseOption(page, '資料種類', '公務臨時停車證');
    const file = csvFile(
      ['SW111-00001,SW,abc1235,小型汽車,林大華,財政局,111/03/05,111/03/05,111/03/01 09:00'],
      '111年臨時停車證.csv',
      '停車證號碼,停車場,車牌號碼,車種,來賓姓名,洽公機關,使用日期起,使用日期迄,核發時間',
    );
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText('111年臨時停車證.csv').waitFor();
    await page.getByRole('button', { name: '預覽檢查' }).click();
    await page.getByText('共 1 列資料，檢查無誤，尚未寫入；確認後才會匯入。').waitFor();
    await page.getByRole('button', { name: '確認匯入 1 筆' }).click();
    await page.getByText('已匯入 1 筆公務臨時停車證，並標示為匯入資料。').waitFor();

    await page.getByRole('navigation').getByRole('link', { name: '車牌查詢' }).click();
    await page.getByLabel('要查詢的車牌').fill('abc1235');
    await page.getByRole('button', { name: '查詢' }).click();
    await page.getByRole('cell', { name: 'SW111-00001' }).waitFor();
    await page.getByText('歷史匯入', { exact: true }).waitFor();
    await b.visited(page, 'imported-permit-listed');
  }, 180_000);
});

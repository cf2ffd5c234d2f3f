import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { type BrowserApp, startBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';

const PHONE = { width: 390, height: 844 };

/** A small real PNG, as the manager's phone camera would hand over. */
function photoFile(name: string): string {
  const png = new PNG({ width: 8, height: 8 });
  png.data.fill(140);
  const path = join(mkdtempSync(join(tmpdir(), 'photo-')), name);
  writeFileSync(path, PNG.sync.write(png));
  return path;
}

describeInBrowser('the dormitory manager in the browser', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp('dormitories');
  });
  afterAll(() => b?.close());

  it('records a residence check and a patrol finding with a photo on a phone, and the repair ticket appears', async () => {
    const manager = { authorization: `Bearer ${await b.t.login('dormitory')}` };
    const [{ agency_id: agencyId }] = await b.t.sql<{ agency_id: string }>(
      "SELECT agency_id FROM users WHERE username = 'dormitory'",
    );
    const dormitory = await b.t
      .http()
      .post('/dormitories')
      .set(manager)
      .send({
        code: 'DM-BR-01',
        name: '四維職務宿舍',
        address: '高雄市苓雅區四維三路2號',
        type: 'multi_room_staff',
        status: 'vacant',
        units: [{ code: '1F-1' }, { code: '1F-2' }],
      })
      .expect(201);
    await b.t
      .http()
      .post('/dormitory-assignments')
      .set(manager)
      .send({
        unitId: dormitory.body.units[0].id,
        occupantName: '林志明',
        occupantAgencyId: agencyId,
        startsOn: '2025-01-01',
      })
      .expect(201);

    const phone = await b.newUser();
    await phone.setViewportSize(PHONE);
    await b.signIn(phone, 'dormitory');
    await phone.waitForURL((url) => !url.pathname.startsWith('/login'));

    await phone.goto('/dorms/residence-checks');
    await phone.getByRole('button', { name: '開始本半年度查考' }).click();
    const check = phone.getByRole('region', { name: '待查考：林志明' });
    await check.waitFor();
    await b.visited(phone, 'residence-check');
    await check.getByText('確有居住').click();
    await check.locator('input[type=file]').setInputFiles(photoFile('門牌.png'));
    await check.getByRole('button', { name: '登錄結果' }).click();
    await phone.getByText('已登錄查考結果。').waitFor();
    await phone.getByText(/林志明 確有居住 .*照片 1 張/).waitFor();
    await b.visited(phone, 'residence-check-recorded');

    await phone.goto('/dorms/patrol');
    await phone.getByLabel('宿舍').click();
    await phone.locator('.ant-select-item-option[title="DM-BR-01 四維職務宿舍"]').click();
    await phone.getByRole('button', { name: '開始巡查' }).click();
    await phone.getByRole('button', { name: '登錄缺失：給排水' }).click();
    const finding = phone.getByRole('region', { name: '缺失：給排水' });
    await finding.getByText('嚴重', { exact: true }).click();
    await finding.getByLabel('說明').fill('頂樓水塔漏水');
    await finding.locator('input[type=file]').setInputFiles(photoFile('水塔.png'));
    await finding.getByText('需要修繕（開立報修案件）').click();
    await finding.getByLabel('修繕工種').click();
    await phone.locator('.ant-select-item-option[title="水電"]').click();
    await finding.getByRole('button', { name: '儲存缺失' }).click();
    await phone.getByText('已登錄缺失。').waitFor();
    const [ticket] = await b.t.sql<{ number: string; source_module: string }>(
      'SELECT number, source_module FROM maintenance_tickets',
    );
    expect(ticket.source_module).toBe('dormitories');
    await phone.getByText(`報修案件 ${ticket.number}`).waitFor();
    await phone.getByText('照片 1 張').waitFor();
    await b.visited(phone, 'patrol-finding');
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { type BrowserApp, startBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { linesOf, pastCardEdge } from './support/layout';
import { chooseOption } from './support/select';

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
    await chooseOption(phone, '宿舍', 'DM-BR-01 四維職務宿舍');
    await phone.getByRole('button', { name: '開始巡查' }).click();
    await phone.getByRole('button', { name: '登錄缺失：給排水' }).click();
    const finding = phone.getByRole('region', { name: '缺失：給排水' });
    await finding.getByText('嚴重', { exact: true }).click();
    await finding.getByLabel('說明').fill('頂樓水塔漏水');
    await finding.locator('input[type=file]').setInputFiles(photoFile('水塔.png'));
    await finding.getByText('需要修繕（開立報修案件）').click();
    await chooseOption(finding, '修繕工種', '水電');
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

  it('registers a dormitory, showing a code another dormitory has under the code field', async () => {
    const manager = { authorization: `Bearer ${await b.t.login('dormitory')}` };
    await b.t
      .http()
      .post('/dormitories')
      .set(manager)
      .send({
        code: 'DM-BR-11',
        name: '光復單房宿舍',
        address: '高雄市鳳山區光復路二段132號',
        type: 'single_room_staff',
      })
      .expect(201);
    const desk = await b.newUser();
    await b.signIn(desk, 'dormitory');
    await desk.waitForURL((url) => !url.pathname.startsWith('/login'));
    await desk.goto('/dorms');
    const form = desk.getByRole('form', { name: '登錄宿舍' });
    await form.getByLabel('代碼', { exact: true }).fill('dm-br-11');
    await form.getByLabel('名稱').fill('五甲職務宿舍');
    await form.getByLabel('地址').fill('高雄市鳳山區五甲二路100號');
    await chooseOption(desk, '宿舍類別', '多房間職務宿舍');
    await form.getByLabel('房間代碼').fill('1F-1,');
    await form.getByLabel('房間代碼').fill('1F-2,');
    await form.getByRole('button', { name: '登錄宿舍' }).click();
    const codeField = form.locator('.ant-form-item').filter({ has: desk.getByLabel('代碼', { exact: true }) });
    await codeField.getByText('此宿舍代碼已有其他宿舍使用，請改用其他代碼。').waitFor();
    await b.visited(desk, 'register-code-taken');

    await form.getByLabel('代碼', { exact: true }).fill('DM-BR-12');
    await form.getByRole('button', { name: '登錄宿舍' }).click();
    await desk.getByText('已登錄宿舍。').waitFor();
    await desk.getByRole('link', { name: '五甲職務宿舍' }).waitFor();
    await desk.setViewportSize(PHONE);
    // On a phone the table scrolls sideways rather than breaking codes and names over several lines.
    expect({
      code: await linesOf(desk.getByRole('cell', { name: 'DM-BR-11', exact: true })),
      name: await linesOf(desk.getByRole('link', { name: '光復單房宿舍' })),
      search: await pastCardEdge(desk.getByLabel('搜尋代碼、名稱或地址')),
    }).toEqual({ code: 1, name: 1, search: 0 });
    const units = await b.t.sql<{ code: string }>(
      "SELECT u.code FROM dormitory_units u JOIN dormitories d ON d.id = u.dormitory_id WHERE d.code = 'DM-BR-12' ORDER BY u.code",
    );
    expect(units).toEqual([{ code: '1F-1' }, { code: '1F-2' }]);
  });

  it("asks for Taipei's today and month from a browser whose clock is in another time zone", async () => {
    const manager = { authorization: `Bearer ${await b.t.login('dormitory')}` };
    const dormitory = await b.t
      .http()
      .post('/dormitories')
      .set(manager)
      .send({ code: 'DM-BR-31', name: '武營單房宿舍', address: '高雄市鳳山區武營路1號', type: 'single_room_staff' })
      .expect(201);
    const abroad = await b.newUser({ timezoneId: 'America/Los_Angeles' });
    // 01:00 on 2 December in Taipei is still 1 December in Los Angeles.
    await abroad.clock.setFixedTime(new Date('2026-12-02T01:00:00+08:00'));
    await b.signIn(abroad, 'dormitory');
    await abroad.waitForURL((url) => !url.pathname.startsWith('/login'));
    const dayAsked = async (path: string, parameter: string) => {
      const asked = abroad.waitForRequest((request) => new URL(request.url()).searchParams.has(parameter));
      await abroad.goto(path);
      return new URL((await asked).url()).searchParams.get(parameter);
    };
    expect({
      overdueOn: await dayAsked('/dorms/overdue', 'overdueOn'),
      activeOn: await dayAsked(`/dorms/${dormitory.body.id as string}`, 'activeOn'),
    }).toEqual({ overdueOn: '2026-12-02', activeOn: '2026-12-02' });

    await abroad.goto('/dorms/residence-bookings');
    await abroad.getByRole('heading', { name: '民國 115年12月', exact: true }).waitFor();
    await b.visited(abroad, 'residence-bookings');
    await abroad.getByRole('button', { name: '下個月' }).click();
    await abroad.getByRole('heading', { name: '民國 116年1月', exact: true }).waitFor();
  });

  it('takes a date typed into a dormitory form on Enter, without sending the form', async () => {
    const manager = { authorization: `Bearer ${await b.t.login('dormitory')}` };
    const dormitory = await b.t
      .http()
      .post('/dormitories')
      .set(manager)
      .send({ code: 'DM-BR-21', name: '建軍單房宿舍', address: '高雄市苓雅區建軍路1號', type: 'single_room_staff' })
      .expect(201);
    const [agency] = await b.t.sql<{ name: string }>(
      "SELECT a.name FROM agencies a JOIN users u ON u.agency_id = a.id WHERE u.username = 'dormitory'",
    );
    const desk = await b.newUser();
    await b.signIn(desk, 'dormitory');
    await desk.waitForURL((url) => !url.pathname.startsWith('/login'));
    await desk.goto(`/dorms/${dormitory.body.id as string}`);
    const sent: string[] = [];
    desk.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/dormitory-assignments')
        sent.push(request.postData() ?? '');
    });
    // The browser's implicit submission on Enter fires `submit` within the key press Playwright awaits.
    await desk.evaluate(
      "window.formSubmits = 0; document.addEventListener('submit', () => { window.formSubmits += 1; }, true)",
    );
    const assign = desk.getByRole('form', { name: '配住 1' });
    await assign.getByLabel('住戶姓名').fill('黃建國');
    await chooseOption(desk, '住戶所屬機關', agency.name);
    await assign.getByLabel('遷入日').click();
    await assign.getByLabel('遷入日').fill('115/03/02');
    await assign.getByLabel('遷入日').press('Enter');
    expect({
      submits: await desk.evaluate('window.formSubmits'),
      sent,
      startsOn: await assign.getByLabel('遷入日').inputValue(),
      fieldErrors: await assign.locator('.ant-form-item-explain-error').allTextContents(),
    }).toEqual({ submits: 0, sent: [], startsOn: '115/03/02', fieldErrors: [] });

    await assign.getByRole('button', { name: '配住' }).click();
    await desk.getByText('已登錄配住。').waitFor();
    expect(sent.map((body) => JSON.parse(body) as { startsOn: string })).toEqual([
      expect.objectContaining({ startsOn: '2026-03-02', occupantName: '黃建國' }),
    ]);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { TEST_PASSWORD } from '../support/test-app';
import { type BrowserApp, startBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { chooseOption } from './support/select';

/** A small real PNG, as a phone camera would hand over a photo. */
function photoFile(): string {
  const png = new PNG({ width: 8, height: 8 });
  png.data.fill(180);
  const path = join(mkdtempSync(join(tmpdir(), 'photo-')), '漏水照片.png');
  writeFileSync(path, PNG.sync.write(png));
  return path;
}

describeInBrowser('agency staff in the browser', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp('requester');
  });
  afterAll(() => b?.close());

  it('shows the Chinese message for a wrong password', async () => {
    const page = await b.newUser();
    await b.signIn(page, 'requester', 'not-the-password');
    await expect(page.getByRole('alert').filter({ hasText: '帳號或密碼錯誤' }).waitFor()).resolves.toBeUndefined();
    await b.visited(page, 'login-wrong-password');
  });

  it('sends a visitor to the login page and back to the page they asked for after signing in', async () => {
    const page = await b.newUser();
    await page.goto('/repairs');
    await page.waitForURL(/\/login\?from=%2Frepairs/);
    await b.visited(page, 'login');
    await b.submitLogin(page, 'requester');
    await page.waitForURL(/\/repairs$/);
    await page.getByRole('heading', { name: '我的報修' }).waitFor();
    await b.visited(page, 'my-tickets-empty');
  });

  it('sends a user whose session expired to the login page with a message, and back after signing in', async () => {
    const page = await b.newUser();
    await b.signIn(page, 'requester');
    await page.getByRole('heading', { name: '王小明，您好' }).waitFor();
    // The home page's lazy sections load after its heading; expire the session once they have, so
    // that the first refused request is the one the click makes.
    await page.getByText('自上次查看後的變化').waitFor();
    await page.getByRole('link', { name: /^通知，/ }).waitFor();
    await page.waitForLoadState('networkidle');
    // The bell asks every minute; on a slow run that poll could be the first refused request.
    await page.route('**/notifications/mine/unread-count', (route) => route.fulfill({ json: { count: 0 } }));
    await page.context().clearCookies();
    await page.getByRole('navigation').getByRole('link', { name: '我要報修' }).click();
    await page.waitForURL(/\/login\?from=%2Frepairs%2Fnew&expired=1/);
    await page.getByText('登入已逾時，請重新登入。').waitFor();
    await b.visited(page, 'login-expired');
    await b.submitLogin(page, 'requester');
    await page.waitForURL(/\/repairs\/new$/);
    await page.getByRole('heading', { name: '報修' }).waitFor();
  });

  it('files a repair with a photo, and sees it in the list and in its detail', async () => {
    const page = await b.newUser();
    await b.signIn(page, 'requester');
    await page.getByRole('heading', { name: '王小明，您好' }).waitFor();
    await b.visited(page, 'home');

    await page.getByRole('link', { name: '我要報修' }).first().click();
    await page.getByRole('heading', { name: '報修' }).waitFor();
    await b.visited(page, 'file-ticket');
    await page.getByLabel('地點（中心／大樓／樓層／空間）').click();
    await page.keyboard.type('地下停車場');
    await page.getByRole('tree').getByTitle('地下停車場').first().click();
    await chooseOption(page, '維修類別', '水電');
    await page.getByLabel('問題摘要').fill('停車場照明故障');
    await page.getByLabel('問題說明').fill('B1 停車場北側三盞燈不亮');
    await page.locator('input[type=file]').setInputFiles(photoFile());
    await page.getByRole('button', { name: '送出報修' }).click();
    const filed = page.getByText(/已送出報修，案號 \d{3}-\d{6}/);
    await filed.waitFor();
    const number = /\d{3}-\d{6}/.exec((await filed.textContent()) ?? '')![0];
    await b.visited(page, 'ticket-filed');

    await page.getByRole('link', { name: '我的報修' }).click();
    await page.getByRole('link', { name: `${number} 停車場照明故障` }).waitFor();
    await b.visited(page, 'my-tickets');

    await page.getByRole('link', { name: `${number} 停車場照明故障` }).click();
    await page.getByRole('heading', { name: '停車場照明故障' }).waitFor();
    await page.getByRole('link', { name: '漏水照片.png' }).waitFor();
    await page.getByText('已報修').first().waitFor();
    await b.visited(page, 'ticket');
    const [row] = await b.t.sql<{ attachments: number }>(
      'SELECT count(*)::int AS attachments FROM maintenance_ticket_attachments a JOIN maintenance_tickets t ON t.id = a.ticket_id WHERE t.number = $1',
      [number],
    );
    expect(row.attachments).toBe(1);
  });

  it('shows the broken fields of an invalid repair request in Chinese, next to the fields', async () => {
    const page = await b.newUser();
    await b.signIn(page, 'requester');
    await page.getByRole('heading', { name: '王小明，您好' }).waitFor();
    await page.goto('/repairs/new');
    await page.getByLabel('聯絡電話').fill('call me maybe');
    await page.getByRole('button', { name: '送出報修' }).click();
    for (const text of [
      '請選擇地點。',
      '請選擇維修類別。',
      '請輸入問題摘要。',
      '請說明發生了什麼問題。',
      '電話只能包含數字、空白及 + # ( ) -。',
    ])
      await page.getByText(text).waitFor();
    await b.visited(page, 'file-ticket-invalid');
  });

  it("gives a requester of another agency a not-found page for agency A's ticket", async () => {
    const headers = { authorization: `Bearer ${await b.t.login('requester')}` };
    const filed = await b.t
      .http()
      .post('/maintenance/tickets')
      .set(headers)
      .send({
        spotText: '財政局辦公室',
        tradeCode: 'plumbing_electrical',
        title: '冷氣不冷',
        description: '溫度設定無效',
      })
      .expect(201);
    const [other] = await b.t.sql<{ id: string }>("SELECT id FROM agencies WHERE code = 'EDUCATION'");
    await b.t
      .http()
      .post('/users')
      .set({ authorization: `Bearer ${await b.t.login('admin')}` })
      .send({
        username: 'edu-staff',
        displayName: '李教育',
        agencyId: other.id,
        roles: ['requester'],
        password: TEST_PASSWORD,
      })
      .expect(201);

    const page = await b.newUser();
    await b.signIn(page, 'edu-staff');
    await page.getByRole('heading', { name: '李教育，您好' }).waitFor();
    await page.goto(`/repairs/${filed.body.id}`);
    await page.getByText('找不到這筆報修案件').waitFor();
    await expect(page.getByText('冷氣不冷').count()).resolves.toBe(0);
    await b.visited(page, 'ticket-of-another-agency');
  });
});

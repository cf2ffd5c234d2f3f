import { type BrowserApp, startBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';

/** A whole flow in a browser, on a machine shared with other test runs. */
const BROWSER_FLOW_TIMEOUT_MS = 180_000;

describeInBrowser('notifications in the browser', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp('notifications');
  });
  afterAll(() => b?.close());

  /** A ticket of the requester's that the office has assigned, started and resolved through the API. */
  async function resolvedTicket(title: string) {
    const bearer = async (username: string) => ({ authorization: `Bearer ${await b.t.login(username)}` });
    const http = () => b.t.http();
    const filed = await http()
      .post('/maintenance/tickets')
      .set(await bearer('requester'))
      .send({ spotText: '三樓會議室', tradeCode: 'plumbing_electrical', title, description: '整排燈不亮' })
      .expect(201);
    const [technician] = await b.t.sql<{ id: string }>("SELECT id FROM users WHERE username = 'technician'");
    await http()
      .put(`/maintenance/technicians/${technician.id}/trades`)
      .set(await bearer('coordinator'))
      .send({ tradeCodes: ['plumbing_electrical'] })
      .expect(200);
    const move = async (username: string, version: number, fields: Record<string, unknown>) =>
      (
        await http()
          .post(`/maintenance/tickets/${filed.body.id}/transitions`)
          .set(await bearer(username))
          .send({ version, ...fields })
          .expect(200)
      ).body as { version: number };
    let { version } = await move('coordinator', filed.body.version, {
      action: 'assign',
      assigneeUserId: technician.id,
    });
    ({ version } = await move('technician', version, { action: 'start' }));
    await move('technician', version, { action: 'resolve', resolutionNote: '更換燈管，已恢復照明' });
    return filed.body as { id: string; number: string };
  }

  it(
    'tells the requester their ticket is done; they open the notice, confirm, and the ticket closes',
    async () => {
      const ticket = await resolvedTicket('會議室燈不亮');
      const page = await b.newUser();
      await b.signIn(page, 'requester');
      await page.getByRole('heading', { name: '王小明，您好' }).waitFor();
      const bell = page.getByRole('link', { name: /^通知，\d+ 則未讀$/ });
      await bell.waitFor();
      const changes = page
        .locator('section')
        .filter({ has: page.getByRole('heading', { name: '自上次查看後的變化' }) });
      await changes.getByRole('link', { name: `報修案件 ${ticket.number} 已完工` }).waitFor();
      await b.visited(page, 'home-with-changes');

      await bell.click();
      await page.getByRole('heading', { name: '我的通知' }).waitFor();
      await page.getByText('請確認修繕結果').waitFor();
      await b.visited(page, 'notifications');

      await page.getByRole('link', { name: `報修案件 ${ticket.number} 已完工` }).click();
      await page.waitForURL(`**/repairs/${ticket.id}`);
      await page.getByRole('heading', { name: '會議室燈不亮' }).waitFor();
      await page.getByText('維修已完成，請確認').waitFor();
      await b.visited(page, 'ticket-to-confirm');
      await page.getByRole('button', { name: '確認完工', exact: true }).first().click();
      await page.getByText('已結案').first().waitFor();
      await b.visited(page, 'ticket-closed');

      const [row] = await b.t.sql<{ status: string; noticeRead: boolean }>(
        `SELECT t.status,
              (SELECT n.read_at IS NOT NULL FROM user_notifications n
                WHERE n.user_id = t.requester_user_id AND n.title = '報修案件 ' || t.number || ' 已完工') AS "noticeRead"
         FROM maintenance_tickets t WHERE t.id = $1`,
        [ticket.id],
      );
      expect(row).toEqual({ status: 'closed', noticeRead: true });
    },
    BROWSER_FLOW_TIMEOUT_MS,
  );

  it(
    'marks every notification read from the notification page, and the bell goes quiet',
    async () => {
      await resolvedTicket('走廊燈閃爍');
      const page = await b.newUser();
      await b.signIn(page, 'requester');
      await page.getByRole('link', { name: /^通知，\d+ 則未讀$/ }).click();
      await page.getByRole('heading', { name: '我的通知' }).waitFor();
      await page.getByRole('button', { name: '全部標示已讀' }).click();
      await page.getByText(/已將 \d+ 則通知標示為已讀。/).waitFor();
      await page.getByRole('link', { name: '通知，沒有未讀' }).waitFor();
      await b.visited(page, 'notifications-all-read');
      await page.getByRole('link', { name: '首頁' }).click();
      await page.getByText('自上次查看後沒有新的變化。').waitFor();
      const [row] = await b.t.sql<{ unread: number }>(
        "SELECT count(*)::int AS unread FROM user_notifications n JOIN users u ON u.id = n.user_id WHERE u.username = 'requester' AND n.read_at IS NULL",
      );
      expect(row.unread).toBe(0);
    },
    BROWSER_FLOW_TIMEOUT_MS,
  );
});

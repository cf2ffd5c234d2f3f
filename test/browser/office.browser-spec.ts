import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { type BrowserApp, startBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';

const PHONE = { width: 390, height: 844 };

/** A small real PNG, as the technician's phone camera would hand over. */
function photoFile(): string {
  const png = new PNG({ width: 8, height: 8 });
  png.data.fill(90);
  const path = join(mkdtempSync(join(tmpdir(), 'photo-')), '完工照片.png');
  writeFileSync(path, PNG.sync.write(png));
  return path;
}

/** Chooses an action, then sends its form (the submit button repeats the action's name). */
async function takeAction(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).first().click();
  await page.getByRole('button', { name, exact: true }).last().click();
}

describeInBrowser('the maintenance office in the browser', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp('office');
  });
  afterAll(() => b?.close());

  it('a coordinator triages and assigns a ticket, and the technician resolves it on a phone', async () => {
    const bearer = async (username: string) => ({ authorization: `Bearer ${await b.t.login(username)}` });
    const filed = await b.t
      .http()
      .post('/maintenance/tickets')
      .set(await bearer('requester'))
      .send({ spotText: '二樓茶水間', tradeCode: 'plumbing_electrical', title: '水龍頭漏水', description: '關不緊' })
      .expect(201);
    const [technician] = await b.t.sql<{ id: string }>("SELECT id FROM users WHERE username = 'technician'");
    await b.t
      .http()
      .put(`/maintenance/technicians/${technician.id}/trades`)
      .set(await bearer('coordinator'))
      .send({ tradeCodes: ['plumbing_electrical'] })
      .expect(200);

    const office = await b.newUser();
    await b.signIn(office, 'coordinator');
    await office.waitForURL((url) => !url.pathname.startsWith('/login'));
    await office.goto('/repairs/queue');
    const link = office.getByRole('link', { name: `${filed.body.number} 水龍頭漏水` });
    await link.waitFor();
    await b.visited(office, 'ticket-queue');
    await link.click();
    await office.getByRole('heading', { name: '水龍頭漏水' }).waitFor();
    await office.getByLabel('緊急程度').click();
    await office.locator('.ant-select-item-option[title="高"]').click();
    await office.getByRole('button', { name: '儲存分類' }).click();
    await office.getByText('已更新分類。').waitFor();
    await office.getByRole('button', { name: '派工', exact: true }).first().click();
    await office.getByLabel('委外廠商').fill('大同水電行');
    await office.getByRole('button', { name: '派工', exact: true }).last().click();
    await office.getByText('已派工。').waitFor();
    await b.visited(office, 'ticket-office');

    const phone = await b.newUser();
    await phone.setViewportSize(PHONE);
    await b.signIn(phone, 'technician');
    await phone.waitForURL((url) => !url.pathname.startsWith('/login'));
    await phone.goto('/repairs/work');
    await phone.getByRole('link', { name: `${filed.body.number} 水龍頭漏水` }).click();
    await phone.getByRole('heading', { name: '水龍頭漏水' }).waitFor();
    await takeAction(phone, '開始處理');
    await phone.getByText('已開始處理。').waitFor();
    await phone.getByRole('button', { name: '完工', exact: true }).first().click();
    await phone.getByLabel('處理說明').fill('更換水龍頭墊片，已不漏水');
    await phone
      .locator('form')
      .filter({ has: phone.getByLabel('處理說明') })
      .locator('input[type=file]')
      .setInputFiles(photoFile());
    await phone.getByRole('button', { name: '完工', exact: true }).last().click();
    await phone.getByText('已完工。').waitFor();
    await b.visited(phone, 'ticket-technician-resolved');

    const [row] = await b.t.sql<{ status: string; priority: string; vendor: string; photos: number }>(
      `SELECT t.status, t.priority, t.vendor_name AS vendor,
              (SELECT count(*)::int FROM maintenance_ticket_attachments a WHERE a.ticket_id = t.id) AS photos
         FROM maintenance_tickets t WHERE t.id = $1`,
      [filed.body.id],
    );
    expect(row).toEqual({ status: 'resolved', priority: 'high', vendor: '大同水電行', photos: 1 });
  });
});

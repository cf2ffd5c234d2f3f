import { formatRocDate, taipeiDate } from '../../src/common/time';
import { JobsService } from '../../src/jobs/jobs.service';
import { at, bookingInput, createDriver, createVehicle, dispatcher, requestBooking } from '../e2e/fleet-fixtures';
import { type BrowserApp, startBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { chooseOption } from './support/select';

const PHONE = { width: 390, height: 844 };

/** The ROC date (`115/12/03`) of an instant in Taipei, as a user types it. */
function rocDateOf(iso: string): string {
  const [year, month, day] = new Date(iso)
    .toLocaleDateString('en-CA', { timeZone: 'Asia/Taipei' })
    .split('-')
    .map(Number);
  return `${year - 1911}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}`;
}

describeInBrowser('the dispatcher and the drivers in the browser', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp('dispatch');
    await createDriver(b.t, 'driver');
  });
  afterAll(() => b?.close());

  it('assigns a pending request from the board, then sees a clash refused with the holding booking named', async () => {
    const vehicle = await createVehicle(b.t, { seats: 5 });
    const first = bookingInput(1, 2, { purpose: '市長室接待外賓' });
    await requestBooking(b.t, 'requester', first);
    await requestBooking(b.t, 'requester', bookingInput(2, 2, { purpose: '財政局會勘', needsDriver: false }));

    const page = await b.newUser();
    await b.signIn(page, 'dispatcher');
    await page.getByRole('navigation').getByRole('link', { name: '派車調度' }).click();
    await page.getByRole('heading', { name: '派車調度' }).waitFor();
    await page.getByRole('button', { name: '選擇 市長室接待外賓' }).click();
    await page.getByRole('heading', { name: '派車：市長室接待外賓' }).waitFor();
    await page.getByText(`【建議】${vehicle.plate}`).waitFor();
    await b.visited(page, 'dispatch-request');
    await page.getByRole('button', { name: '指派' }).click();
    await page.getByRole('button', { name: '選擇 市長室接待外賓' }).waitFor({ state: 'detached' });
    const [approved] = await b.t.sql<{ state: string }>(
      "SELECT state FROM fleet_bookings WHERE purpose = '市長室接待外賓'",
    );
    expect(approved.state).toBe('approved');

    await page.getByLabel('日期').click();
    await page.getByLabel('日期').fill(rocDateOf(first.startsAt));
    await page.getByLabel('日期').press('Enter');
    await page.getByRole('region', { name: '車輛' }).getByText('市長室接待外賓').waitFor();
    await b.visited(page, 'dispatch-board');
    await page.setViewportSize(PHONE);
    // On a phone the day's board cannot show 24 hours at once: it opens at the working day, not at midnight.
    // It scrolls when its ResizeObserver sees the new width, a frame or more after the viewport
    // changed: wait for that (up to a second) before reading the hours in view.
    const hoursInView = await page.getByRole('region', { name: '車輛' }).evaluate(
      (box) =>
        new Promise<(string | null)[]>((resolve) => {
          const ticksInView = () =>
            [...box.querySelectorAll('span')]
              .filter((tick) => /^\d\d:00$/.test(tick.textContent ?? ''))
              .filter((tick) => tick.getBoundingClientRect().left >= box.getBoundingClientRect().left + 120)
              .filter((tick) => tick.getBoundingClientRect().right <= box.getBoundingClientRect().right)
              .map((tick) => tick.textContent);
          let tries = 0;
          const settle = () => (box.scrollLeft > 0 || ++tries > 60 ? resolve(ticksInView()) : setTimeout(settle, 16));
          setTimeout(settle, 16);
        }),
    );
    expect(hoursInView[0]).toBe('08:00');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('button', { name: '選擇 財政局會勘' }).click();
    await page.getByText('此時段沒有可派的車輛。').waitFor();
    await page.getByLabel('或指定其他車輛').click();
    await page.getByTitle(vehicle.plate).click();
    await page.getByRole('button', { name: '指派' }).click();
    await page.getByRole('alert').filter({ hasText: '車輛在這個時段已被派車申請「市長室接待外賓」' }).waitFor();
    await b.visited(page, 'dispatch-clash');
    const [pending] = await b.t.sql<{ state: string }>("SELECT state FROM fleet_bookings WHERE purpose = '財政局會勘'");
    expect(pending.state).toBe('requested');

    await page.getByRole('navigation').getByRole('link', { name: '車輛與駕駛' }).click();
    await page.getByRole('cell', { name: vehicle.plate, exact: true }).waitFor();
    await b.visited(page, 'fleet-registers');
    await page.getByRole('navigation').getByRole('link', { name: '借用車輛' }).click();
    await page.getByRole('heading', { name: '借用車輛（其他機關）' }).waitFor();
    await b.visited(page, 'fleet-loans');
  });

  it("records a driver's leave on the registers page, sees it on the board and keeps the driver out of the candidates", async () => {
    const inTenDays = new Date(Date.now() + 10 * 24 * 3_600_000);
    const insuredUntil = taipeiDate(inTenDays);
    const vehicle = await createVehicle(b.t, { seats: 5, insuranceExpiresOn: insuredUntil });
    await b.t.app.get(JobsService).runForPeriod('fleet.due-warnings', new Date(), 'manual');
    await createDriver(b.t, 'driver-3');
    const day = rocDateOf(at(96).toISOString());
    await requestBooking(b.t, 'requester', bookingInput(96, 2, { purpose: '議會備詢接送' }));
    const page = await b.newUser();
    await b.signIn(page, 'dispatcher');
    await page.getByRole('navigation').getByRole('link', { name: '車輛與駕駛' }).click();
    const reminder = `車輛 ${vehicle.plate} 保險於 ${formatRocDate(inTenDays)} 到期`;
    await page.getByText(reminder).waitFor();
    await b.visited(page, 'fleet-reminders');
    await page.getByRole('button', { name: `確認提醒：${reminder}` }).click();
    await page.getByText('已確認到期提醒。').waitFor();
    await page.getByText(reminder).waitFor({ state: 'detached' });
    const [acknowledged] = await b.t.sql<{ by: string }>(
      'SELECT u.username AS by FROM fleet_warnings w JOIN users u ON u.id = w.acknowledged_by_id WHERE w.subject_id = $1',
      [vehicle.id],
    );
    expect(acknowledged).toEqual({ by: 'dispatcher' });
    const form = page.locator('form#driver-unavailability');
    await chooseOption(page, '駕駛', '駕駛driver-3');
    await chooseOption(page, '類別', '受訓');
    for (const [label, value] of [
      ['開始日期', day],
      ['開始時間', '00:00'],
      ['結束日期', day],
      ['結束時間', '23:55'],
    ]) {
      await form.getByLabel(label).click();
      await form.getByLabel(label).fill(value);
      await form.getByLabel(label).press('Enter');
    }
    await form.getByLabel('事由').fill('防禦駕駛訓練');
    await form.getByRole('button', { name: '登錄無法出車時段' }).click();
    await page.getByText('已登錄駕駛無法出車的時段。').waitFor();
    await page.getByRole('cell', { name: /受訓：防禦駕駛訓練/ }).waitFor();
    await b.visited(page, 'driver-leave-recorded');
    const [leave] = await b.t.sql<{ kind: string; reason: string }>(
      "SELECT u.kind, u.reason FROM fleet_driver_unavailabilities u JOIN fleet_drivers d ON d.id = u.driver_id WHERE d.display_name = '駕駛driver-3'",
    );
    expect(leave).toEqual({ kind: 'training', reason: '防禦駕駛訓練' });

    await page.getByRole('navigation').getByRole('link', { name: '派車調度' }).click();
    await page.getByRole('heading', { name: '派車調度' }).waitFor();
    await page.getByLabel('日期', { exact: true }).click();
    await page.getByLabel('日期', { exact: true }).fill(day);
    await page.getByLabel('日期', { exact: true }).press('Enter');
    await page.getByRole('region', { name: '駕駛' }).getByText('受訓').waitFor();
    await page.getByRole('button', { name: '選擇 議會備詢接送' }).click();
    await page.getByRole('heading', { name: '派車：議會備詢接送' }).waitFor();
    await page.getByRole('combobox', { name: '駕駛' }).click();
    const driverOptions = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
    const [onDuty] = await b.t.sql<{ name: string }>(
      "SELECT d.display_name AS name FROM fleet_drivers d JOIN users u ON u.id = d.user_id WHERE u.username = 'driver'",
    );
    await driverOptions.filter({ hasText: onDuty.name }).waitFor();
    expect(await driverOptions.allTextContents()).toEqual([onDuty.name]);
    await page.keyboard.press('Escape');
    // axe would judge the list's options while it is still closing.
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' });
    await b.visited(page, 'dispatch-board-leave');
  });

  it('enters a paper request for an agency, told in Chinese what to fix, which then joins the pending list', async () => {
    await createVehicle(b.t, { seats: 5 });
    const [agency] = await b.t.sql<{ name: string }>("SELECT name FROM agencies WHERE code = 'GA-OFFICE'");
    const day = rocDateOf(at(120).toISOString());
    const page = await b.newUser();
    await b.signIn(page, 'dispatcher');
    await page.getByRole('navigation').getByRole('link', { name: '書面申請' }).click();
    await page.getByRole('heading', { name: '登錄書面派車申請' }).waitFor();
    await chooseOption(page, '申請機關', agency.name);
    await page.getByLabel('申請人姓名').fill('林書面');
    await page.getByLabel('申請人聯絡電話').fill('07-7995678#2345');
    await page.getByLabel('用車事由').fill('紙本申請勘查工地');
    await page.getByLabel('出發地').fill('四維行政中心');
    await page.getByLabel('目的地').fill('鳳山行政中心');
    await page.getByLabel('乘車人數').fill('60');
    for (const [label, value] of [
      ['出發日期', day],
      ['出發時間', '09:00'],
      ['回程日期', day],
      ['回程時間', '11:00'],
    ]) {
      await page.getByLabel(label).click();
      await page.getByLabel(label).fill(value);
      await page.getByLabel(label).press('Enter');
    }
    // An open time panel takes the next click for itself, so the submit would only close it.
    await page.keyboard.press('Escape');
    await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').first().waitFor({ state: 'hidden' });
    await b.visited(page, 'paper-request-filled');
    await page.getByRole('button', { name: '登錄書面申請' }).click();
    await page.getByText(/^乘車人數超過最大車輛的座位數（\d+ 人）。$/).waitFor();
    await b.visited(page, 'paper-request-too-many');
    await page.getByLabel('乘車人數').fill('3');
    await page.getByRole('button', { name: '登錄書面申請' }).click();
    await page.getByText('已登錄書面申請，已列入待派車。').waitFor();
    const [entered] = await b.t.sql<{ channel: string; name: string; state: string }>(
      "SELECT channel, paper_requester_name AS name, state FROM fleet_bookings WHERE purpose = '紙本申請勘查工地'",
    );
    expect(entered).toEqual({ channel: 'paper', name: '林書面', state: 'requested' });
    await page.getByRole('navigation').getByRole('link', { name: '派車調度' }).click();
    await page.getByRole('button', { name: '選擇 紙本申請勘查工地' }).waitFor();
    await b.visited(page, 'paper-request-pending');
  });

  it('lets a driver check out and in on a phone, saying why a low odometer is refused', async () => {
    const driverId = await createDriver(b.t, 'driver-2');
    const vehicle = await createVehicle(b.t, { odometerKm: 10000 });
    const booking = await requestBooking(b.t, 'requester', bookingInput(30, 2, { purpose: '送公文至鳳山' }));
    await (
      await dispatcher(b.t)
    )('post', `/fleet/bookings/${booking.id}/assign`, {
      vehicleId: vehicle.id,
      driverId,
    }).expect(200);

    const page = await b.newUser();
    await b.signIn(page, 'driver-2');
    await page.getByRole('navigation').getByRole('link', { name: '出車任務' }).click();
    await page.getByRole('heading', { name: '我的出車任務' }).waitFor();
    const card = page.locator('.ant-card').filter({ hasText: vehicle.plate });
    await page.setViewportSize(PHONE);
    // The driver sees where to go, why and whom to call, not only the car and the time.
    for (const detail of ['送公文至鳳山', '四維行政中心 → 高雄車站 → 鳳山行政中心', '王小明', '07-7995678#1234'])
      await card.getByText(detail, { exact: true }).waitFor();
    await card.getByLabel('里程表（公里）').fill('9000');
    await card.getByLabel('油量（%）').fill('80');
    await card.getByRole('button', { name: '出車' }).click();
    await page.getByText('里程數不能低於上次登錄的 10000 公里。').waitFor();
    await b.visited(page, 'driver-odometer-refused');
    await page.setViewportSize(PHONE);
    await card.getByLabel('里程表（公里）').fill('10010');
    await card.getByRole('button', { name: '出車' }).click();
    await card.getByText('出車中').waitFor();
    await card.getByLabel('里程表（公里）').fill('10052');
    await card.getByLabel('油量（%）').fill('60');
    await card.getByLabel('備註（車況等）').fill('右後車門刮傷');
    await b.visited(page, 'driver-check-in');
    await page.setViewportSize(PHONE);
    await card.getByRole('button', { name: '回場' }).click();
    await page.getByText('目前沒有出車任務。').waitFor();
    await b.visited(page, 'driver-done');
    const [trip] = await b.t.sql<{ state: string; odometer_in_km: number; notes_in: string }>(
      'SELECT t.state, t.odometer_in_km, t.notes_in FROM fleet_trips t JOIN fleet_bookings b ON b.trip_id = t.id WHERE b.id = $1',
      [booking.id],
    );
    expect(trip).toEqual({ state: 'completed', odometer_in_km: 10052, notes_in: '右後車門刮傷' });
  });
});

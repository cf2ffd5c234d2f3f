import { bookingInput, createDriver, createVehicle, dispatcher, requestBooking } from '../e2e/fleet-fixtures';
import { type BrowserApp, startBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';

const DAY = 24 * 3_600_000;

/** The ROC date (`115/12/03`) of the day `days` from today in Taipei, as a user types it. */
function rocDateInDays(days: number): string {
  const [year, month, day] = new Date(Date.now() + days * DAY)
    .toLocaleDateString('en-CA', { timeZone: 'Asia/Taipei' })
    .split('-')
    .map(Number);
  return `${year - 1911}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}`;
}

describeInBrowser('booking an official car in the browser', () => {
  let b: BrowserApp;
  let vipVanId: string;
  beforeAll(async () => {
    b = await startBrowserApp('fleet-booking');
    vipVanId = (await createVehicle(b.t, { vehicleClass: 'vip_van', seats: 8 })).id;
  });
  afterAll(() => b?.close());

  it('books a car with a stop, sees it pending on its page, in the list and at home, then cancels it with a reason', async () => {
    const page = await b.newUser();
    await b.signIn(page, 'requester');
    await page.getByRole('heading', { name: '王小明，您好' }).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: '申請派車' }).click();
    await page.getByRole('heading', { name: '申請派用公務車' }).waitFor();
    await b.visited(page, 'book-car');
    await page.getByLabel('用車事由').fill('市政會議接待外賓');
    await page.getByLabel('出發地').fill('四維行政中心');
    await page.getByRole('button', { name: '新增停靠點' }).click();
    await page.getByLabel('停靠點 1', { exact: true }).fill('高雄車站');
    await page.getByLabel('目的地').fill('鳳山行政中心');
    await page.getByLabel('乘車人數').fill('5');
    const day = rocDateInDays(2);
    for (const [label, value] of [
      ['出發日期', day],
      ['出發時間', '09:00'],
      ['回程日期', day],
      ['回程時間', '12:00'],
    ]) {
      await page.getByLabel(label).click();
      await page.getByLabel(label).fill(value);
      await page.getByLabel(label).press('Enter');
    }
    await page.getByText('申請禮賓車（接待貴賓用）').click();
    await page.getByLabel('聯絡電話').fill('07-7995678#1234');
    await b.visited(page, 'book-car-filled');
    await page.getByRole('button', { name: '送出申請' }).click();
    await page.getByText('已送出派車申請，等待派車調度核派。').waitFor();
    await b.visited(page, 'car-booked');

    await page.getByRole('link', { name: '查看申請' }).click();
    await page.getByRole('heading', { name: '市政會議接待外賓' }).waitFor();
    await page.getByText('申請中').waitFor();
    await page.getByText('四維行政中心 → 高雄車站 → 鳳山行政中心').waitFor();
    await b.visited(page, 'booking-pending');
    const [booked] = await b.t.sql<{ state: string; stops: string[]; wanted_class: string; passengers: number }>(
      "SELECT state, stops, wanted_class, passengers FROM fleet_bookings WHERE purpose = '市政會議接待外賓'",
    );
    expect(booked).toEqual({ state: 'requested', stops: ['高雄車站'], wanted_class: 'vip_van', passengers: 5 });

    await page.getByRole('navigation').getByRole('link', { name: '我的派車' }).click();
    await page.getByRole('link', { name: '市政會議接待外賓' }).waitFor();
    await b.visited(page, 'my-bookings');
    await page.goto('/');
    await page.getByText('進行中的派車申請').waitFor();
    await page.getByRole('link', { name: '市政會議接待外賓' }).waitFor();
    await b.visited(page, 'home-with-booking');

    await page.getByRole('link', { name: '市政會議接待外賓' }).click();
    await page.getByRole('button', { name: '取消申請' }).click();
    await page.getByText('請說明取消原因。').waitFor();
    await page.getByLabel('取消原因').fill('會議改為視訊');
    await page.getByRole('button', { name: '取消申請' }).click();
    await page.getByText('已取消', { exact: true }).waitFor();
    await page.getByText('會議改為視訊').waitFor();
    await b.visited(page, 'booking-cancelled');
    const [cancelled] = await b.t.sql<{ state: string; reason: string }>(
      "SELECT state, reason FROM fleet_bookings WHERE purpose = '市政會議接待外賓'",
    );
    expect(cancelled).toEqual({ state: 'cancelled', reason: '會議改為視訊' });
  });

  it('shows what is missing or wrong in Chinese next to the fields', async () => {
    const page = await b.newUser();
    await b.signIn(page, 'requester');
    await page.getByRole('heading', { name: '王小明，您好' }).waitFor();
    await page.goto('/cars/new');
    await page.getByRole('heading', { name: '申請派用公務車' }).waitFor();
    const day = rocDateInDays(3);
    for (const [label, value] of [
      ['出發日期', day],
      ['出發時間', '15:00'],
      ['回程日期', day],
      ['回程時間', '10:00'],
    ]) {
      await page.getByLabel(label).click();
      await page.getByLabel(label).fill(value);
      await page.getByLabel(label).press('Enter');
    }
    // A date or time panel left open would hang over the phone-sized page the check resizes to.
    await page.keyboard.press('Escape');
    await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').first().waitFor({ state: 'hidden' });
    // Enter in a date field takes the date; it does not send the half-filled form.
    expect(await page.getByText('請輸入用車事由。').count()).toBe(0);
    await page.getByRole('button', { name: '送出申請' }).click();
    for (const text of [
      '請輸入用車事由。',
      '請輸入出發地。',
      '請輸入目的地。',
      '回程時間須晚於出發時間。',
      '請輸入聯絡電話。',
    ])
      await page.getByText(text).waitFor();
    await b.visited(page, 'book-car-invalid');
  });

  it('shows an approved booking to its requester with a legible state, in the list and on its page', async () => {
    const booking = await requestBooking(b.t, 'requester', bookingInput(40, 2, { purpose: '議會備詢' }));
    const driverId = await createDriver(b.t, 'driver');
    await (
      await dispatcher(b.t)
    )('post', `/fleet/bookings/${booking.id}/assign`, { vehicleId: vipVanId, driverId }).expect(200);

    const page = await b.newUser();
    await b.signIn(page, 'requester');
    await page.getByRole('navigation').getByRole('link', { name: '我的派車' }).click();
    await page.getByRole('link', { name: '議會備詢' }).waitFor();
    await page.getByText('已派車', { exact: true }).waitFor();
    await b.visited(page, 'my-bookings-approved');
    await page.getByRole('link', { name: '議會備詢' }).click();
    await page.getByRole('heading', { name: '議會備詢' }).waitFor();
    await page.getByText('已派車', { exact: true }).waitFor();
    await b.visited(page, 'booking-approved');
  });
});

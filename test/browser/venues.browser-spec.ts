import type { Page } from 'playwright-core';
import { book, bookingInput, moveToNow, spaceIdOf, workingDays } from '../e2e/venues-fixtures';
import { type BrowserApp, startBrowserApp } from './support/browser-app';
import { describeInBrowser } from './support/chromium';

/** `2026-12-03` as a user types it: `115/12/03`. */
function rocDate(day: string): string {
  const [year, month, date] = day.split('-');
  return `${Number(year) - 1911}/${month}/${date}`;
}

async function type(page: Page, label: string, value: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByLabel(label, { exact: true }).press('Enter');
}

async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator(`.ant-select-item-option[title="${option}"]`).click();
  // A multiple choice stays open for more; close it as a keyboard user would.
  await page.keyboard.press('Escape');
}

describeInBrowser('booking the centers’ spaces in the browser', () => {
  let b: BrowserApp;
  let day: string;
  beforeAll(async () => {
    b = await startBrowserApp('venues');
    [day] = workingDays(b.t, 1, 3);
    // Another booking of the agency already holds the first meeting room for the morning.
    await book(
      b.t,
      'requester',
      bookingInput(await spaceIdOf(b.t, 'SW-201'), day, '10:00', '12:00', { title: '財政局業務會報' }),
    );
  });
  afterAll(() => b?.close());

  it('a requester finds a free auditorium and requests it; the venue staff approve and check it in', async () => {
    const page = await b.newUser();
    await b.signIn(page, 'requester');
    await page.getByRole('heading', { name: '王小明，您好' }).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: '查詢空檔場地' }).click();
    await page.getByRole('heading', { name: '查詢空檔場地' }).waitFor();
    await b.visited(page, 'free-slots');
    await type(page, '日期', rocDate(day));
    await type(page, '開始時間', '14:00');
    await type(page, '結束時間', '16:00');
    await page.getByLabel('參加人數').fill('120');
    await choose(page, '場地類別', '大禮堂');
    await choose(page, '行政中心', '四維行政中心');
    await choose(page, '需要的設備', '投影機');
    await page.getByRole('button', { name: '查詢' }).click();
    await page.getByText('共 1 個場地整個時段都有空').waitFor();
    await b.visited(page, 'free-slots-found');

    await page.getByRole('link', { name: '預約此場地：大禮堂' }).click();
    await page.getByRole('heading', { name: '預約場地' }).waitFor();
    await page.getByLabel('活動名稱').fill('年終業務檢討會');
    await choose(page, '活動類別', '講座');
    await page.getByLabel('聯絡電話').fill('07-7995678#1234');
    await b.visited(page, 'book-filled');
    await page.getByRole('button', { name: '送出預約' }).click();
    await page.getByText('已送出預約申請，等待場地管理人員審核。').waitFor();
    await b.visited(page, 'booked');
    const [requested] = await b.t.sql<{ id: string; status: string; attendees: number; code: string }>(
      `SELECT b.id, b.status, b.attendees, s.code FROM venue_bookings b JOIN venue_spaces s ON s.id = b.space_id
        WHERE b.title = '年終業務檢討會'`,
    );
    expect(requested).toMatchObject({ status: 'requested', attendees: 120, code: 'SW-AUD' });

    await page.getByRole('link', { name: '查看我的場地預約' }).click();
    await page.getByRole('heading', { name: '我的場地預約' }).waitFor();
    await page.getByText('年終業務檢討會').waitFor();
    await page.getByText('申請中').first().waitFor();
    await b.visited(page, 'my-venue-bookings');

    const staff = await b.newUser();
    await b.signIn(staff, 'venues');
    await staff.getByRole('heading', { name: '許場地管理員，您好' }).waitFor();
    await staff.getByRole('navigation').getByRole('link', { name: '場地預約審核' }).click();
    await staff.getByRole('heading', { name: '年終業務檢討會' }).waitFor();
    await staff.getByText('財政局').first().waitFor();
    await b.visited(staff, 'approvals');
    await staff.getByRole('button', { name: '核准：年終業務檢討會' }).click();
    await staff.getByText('已核准。').waitFor();
    await staff.getByText('目前沒有待審核的預約。').waitFor();

    // The clock cannot be moved, so the booking is: it began a few minutes ago.
    await moveToNow(b.t, requested.id, -5, 60);
    const [{ site_id: siteId, date }] = await b.t.sql<{ site_id: string; date: string }>(
      `SELECT s.site_id, to_char(b.starts_at AT TIME ZONE 'Asia/Taipei', 'YYYY-MM-DD') AS date
         FROM venue_bookings b JOIN venue_spaces s ON s.id = b.space_id WHERE b.id = $1`,
      [requested.id],
    );
    await staff.goto(`/spaces/day-sheet?siteId=${siteId}&date=${date}`);
    await staff.getByRole('heading', { name: '當日場地使用表' }).waitFor();
    await staff.getByText('年終業務檢討會').waitFor();
    await b.visited(staff, 'day-sheet');
    await staff.getByRole('button', { name: '報到：年終業務檢討會' }).click();
    await staff.getByText('已報到。').waitFor();
    await staff.getByText('已報到', { exact: true }).waitFor();
    await b.visited(staff, 'day-sheet-checked-in');
    const [checkedIn] = await b.t.sql<{ status: string }>('SELECT status FROM venue_bookings WHERE id = $1', [
      requested.id,
    ]);
    expect(checkedIn).toEqual({ status: 'checked_in' });
  });

  it('shows each broken rule on its field in Chinese, and names the booking an overlap clashes with', async () => {
    const page = await b.newUser();
    await b.signIn(page, 'requester');
    await page.getByRole('heading', { name: '王小明，您好' }).waitFor();
    const room = await spaceIdOf(b.t, 'SW-201');
    await page.goto(`/spaces/book?spaceId=${room}&date=${day}&from=10:30&to=11:30&attendees=50`);
    await page.getByRole('heading', { name: '預約場地' }).waitFor();
    await page.getByText('財政局業務會報').waitFor();
    await page.getByLabel('活動名稱').fill('科室會議');
    await page.getByLabel('聯絡電話').fill('07-7995678#1234');
    await page.getByRole('button', { name: '送出預約' }).click();
    await page.getByText('參加人數超過場地容納人數30人。').waitFor();
    await b.visited(page, 'book-over-capacity');

    await page.getByLabel('參加人數').fill('12');
    await page.getByRole('button', { name: '送出預約' }).click();
    const clash = page.getByRole('alert').filter({ hasText: '此時段已被下列預約占用' });
    await clash.getByText('財政局業務會報').waitFor();
    await clash.getByText(`${rocDate(day)} 10:00–12:00`, { exact: false }).waitFor();
    await page.getByText('此時段（含場佈、復原時間）已被其他預約占用').waitFor();
    await b.visited(page, 'book-clash');
    expect(await b.t.sql("SELECT id FROM venue_bookings WHERE title = '科室會議'")).toEqual([]);

    await page.getByRole('navigation').getByRole('link', { name: '場地行事曆' }).click();
    await page.getByRole('heading', { name: '場地行事曆' }).waitFor();
    await choose(page, '行政中心', '四維行政中心');
    await choose(page, '場地', '第一會議室（會議室，可容納 30 人）');
    await page.goto(`/spaces?spaceId=${room}&week=${day}`);
    await page.getByText('財政局業務會報').waitFor();
    await page.getByRole('link', { name: '下載此場地的 iCal 行事曆' }).waitFor();
    await b.visited(page, 'calendar');
  });
});

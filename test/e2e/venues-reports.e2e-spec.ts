// The iCal feed must write Taipei wall-clock times whatever the server's own zone: run this file in UTC.
const processZone = process.env.TZ;
process.env.TZ = 'UTC';

import { DateTime } from 'luxon';
import { startTestApp, TestApp } from '../support/test-app';
import { as, book, bookingInput, createUser, moveToNow, spaceIdOf, workingDays } from './venues-fixtures';

interface Figure {
  key: string;
  value: number;
  sentence: string;
}

describe('venues: figures and calendar feeds', () => {
  let t: TestApp;
  let days: string[];

  beforeAll(async () => {
    t = await startTestApp();
    days = workingDays(t, 6);
    await createUser(t, 'civil-staff', 'CIVIL-AFFAIRS', ['requester']);
  }, 60_000);
  afterAll(async () => {
    await t.close();
    if (processZone === undefined) delete process.env.TZ;
    else process.env.TZ = processZone;
  });

  it("counts each center's openings of the atrium, plaza and auditorium and its meeting-room bookings, in the report's sentence", async () => {
    const space = (code: string) => spaceIdOf(t, code);
    const venues = await as(t, 'venues');
    await book(
      t,
      'venues',
      bookingInput(await space('SW-ATRIUM'), days[0], '10:00', '16:00', { eventKind: 'exhibition', attendees: 150 }),
    );
    await book(
      t,
      'venues',
      bookingInput(await space('SW-AUD'), days[1], '14:00', '16:00', { eventKind: 'ceremony', attendees: 300 }),
    );
    await book(
      t,
      'venues',
      bookingInput(await space('FS-AUD'), days[1], '09:00', '12:00', { eventKind: 'lecture', attendees: 200 }),
    );
    const plaza = await book(
      t,
      'requester',
      bookingInput(await space('SW-PLAZA'), days[2], '09:00', '12:00', { eventKind: 'publicity' }),
    );
    await (
      await as(t, 'requester')
    )('post', `/venues/bookings/${plaza.id}/cancel`, { reason: '活動取消' });
    const refused = await book(t, 'civil-staff', bookingInput(await space('FS-PLAZA'), days[2], '09:00', '12:00'));
    await venues('post', `/venues/bookings/${refused.id}/reject`, { reason: '與市府活動衝突' });
    await book(t, 'requester', bookingInput(await space('SW-201'), days[0], '09:00', '10:00', { attendees: 12 }));
    await book(t, 'requester', bookingInput(await space('SW-201'), days[3], '09:00', '10:00', { attendees: 8 }));
    await book(t, 'requester', bookingInput(await space('SW-MPR'), days[3], '13:00', '15:00', { attendees: 70 }));
    await book(t, 'civil-staff', bookingInput(await space('FS-F201'), days[4], '10:00', '11:00', { attendees: 20 }));
    const absent = await book(t, 'requester', bookingInput(await space('SW-301'), days[5], '10:00', '11:00'));
    await moveToNow(t, absent.id, -5, 30);
    await venues('post', `/venues/bookings/${absent.id}/no-show`);

    const from = DateTime.now().setZone('Asia/Taipei').toISODate()!;
    const to = DateTime.fromISO(days[5]).plus({ days: 1 }).toISODate()!;
    // A date range is a council session period, which the report's sentences call 本期.
    const label = '本期';
    const report = await (await as(t, 'reports'))('get', `/figures?from=${from}&to=${to}`);
    expect(report.status).toBe(200);
    const section = report.body.sections.find((candidate: { key: string }) => candidate.key === 'venues');
    const byKey = new Map<string, Figure>(section.figures.map((figure: Figure) => [figure.key, figure]));
    expect(byKey.get('venues.public_openings.SW')).toMatchObject({
      value: 2,
      sentence: `${label}四維行政中心中庭、廣場及大禮堂計開放2場次，各會議室等受理申請使用計3場次`,
    });
    expect(byKey.get('venues.public_openings.FS')?.sentence).toBe(
      `${label}鳳山行政中心中庭、廣場及大禮堂計開放1場次，各會議室等受理申請使用計1場次`,
    );
    expect(byKey.get('venues.room_bookings.SW')?.value).toBe(3);
    expect(byKey.get('venues.cancelled')?.value).toBe(1);
    expect(byKey.get('venues.no_shows')?.value).toBe(1);

    const figures = await venues('get', `/venues/figures?from=${from}&to=${to}`);
    expect(figures.body.sites.map((site: { siteCode: string }) => site.siteCode)).toEqual(['SW', 'FS']);
    expect(figures.body.totals).toMatchObject({
      publicOpenings: 3,
      roomBookings: 4,
      cancelled: 1,
      noShows: 1,
      rejected: 1,
      requests: 10,
    });
    const spaces = new Map(figures.body.spaces.map((row: { code: string }) => [row.code, row]));
    expect(spaces.get('SW-201')).toMatchObject({ bookings: 2, hoursHeld: 2 });
    expect(spaces.get('SW-MPR-A')).toMatchObject({ bookings: 0, hoursHeld: 2 });
    expect((spaces.get('SW-201') as { useRate: number }).useRate).toBeGreaterThan(0);

    const backwards = await venues('get', `/venues/figures?from=${to}&to=${from}`);
    expect([backwards.status, backwards.body.code]).toEqual([400, 'period.invalid']);
  });

  it("writes a space's iCal feed in Taipei time with its time zone, on a server running in UTC", async () => {
    expect(new Date(0).getTimezoneOffset()).toBe(0);
    const roomA = await spaceIdOf(t, 'SW-MPR-A');
    const own = await book(t, 'requester', bookingInput(roomA, days[2], '10:00', '12:00', { title: '財政局預算會議' }));
    const hall = await book(
      t,
      'civil-staff',
      bookingInput(await spaceIdOf(t, 'SW-MPR'), days[4], '14:00', '15:30', { attendees: 60 }),
    );
    const response = await (await as(t, 'requester'))('get', `/venues/spaces/${roomA}/calendar.ics`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    const text = response.text.replace(/\r\n[ \t]/g, '');
    const compact = (day: string) => day.replaceAll('-', '');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Taipei\r\nBEGIN:STANDARD');
    expect(text).toContain('TZOFFSETTO:+0800');
    expect(text).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    const event = (id: string) =>
      text.slice(text.indexOf(`UID:${id}@`), text.indexOf('END:VEVENT', text.indexOf(`UID:${id}@`)));
    expect(event(own.id)).toContain(`DTSTART;TZID=Asia/Taipei:${compact(days[2])}T100000`);
    expect(event(own.id)).toContain(`DTEND;TZID=Asia/Taipei:${compact(days[2])}T120000`);
    expect(event(own.id)).toContain('SUMMARY:財政局預算會議');
    expect(event(hall.id)).toContain(`DTSTART;TZID=Asia/Taipei:${compact(days[4])}T140000`);
    expect(event(hall.id)).toContain('SUMMARY:已預約');
  });
});

// The iCal feeds must write Taipei wall-clock times whatever the server's own zone: run this file in UTC.
const processZone = process.env.TZ;
process.env.TZ = 'UTC';

import { DateTime } from 'luxon';
import { startTestApp, TestApp } from '../support/test-app';
import { bookingInput, createVehicle, dispatcher, requestBooking } from './fleet-fixtures';

const taipeiWallClock = (iso: string) => DateTime.fromISO(iso, { zone: 'Asia/Taipei' }).toFormat("yyyyMMdd'T'HHmmss");

/** The lines of one event of a feed, long lines unfolded. */
function eventOf(feed: string, uid: string): string {
  const text = feed.replace(/\r\n[ \t]/g, '');
  const start = text.indexOf(`UID:${uid}`);
  return start < 0 ? '' : text.slice(start, text.indexOf('END:VEVENT', start));
}

describe('fleet: calendar feeds on a server running in UTC', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, 60_000);
  afterAll(async () => {
    await t.close();
    if (processZone === undefined) delete process.env.TZ;
    else process.env.TZ = processZone;
  });

  it("writes the vehicle's and the requester's feeds in Taipei time with the zone named", async () => {
    expect(new Date(0).getTimezoneOffset()).toBe(0);
    const vehicle = await createVehicle(t);
    const input = bookingInput(5, 2, { needsDriver: false });
    const booking = await requestBooking(t, 'requester', input);
    const asDispatcher = await dispatcher(t);
    const assigned = await asDispatcher('post', `/fleet/bookings/${booking.id}/assign`, { vehicleId: vehicle.id });
    expect(assigned.status).toBe(200);

    const vehicleFeed = await asDispatcher('get', `/fleet/calendar/vehicles/${vehicle.id}/calendar.ics`).expect(200);
    expect(vehicleFeed.text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Taipei');
    expect(vehicleFeed.text).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    const trip = eventOf(vehicleFeed.text, `${assigned.body.tripId}@`);
    expect(trip).toContain(`DTSTART;TZID=Asia/Taipei:${taipeiWallClock(input.startsAt)}`);
    expect(trip).toContain(`DTEND;TZID=Asia/Taipei:${taipeiWallClock(input.endsAt)}`);

    const mine = await t
      .http()
      .get('/fleet/calendar/mine.ics')
      .set('authorization', `Bearer ${await t.login('requester')}`)
      .expect(200);
    const own = eventOf(mine.text, `${booking.id}@`);
    expect(own).toContain(`DTSTART;TZID=Asia/Taipei:${taipeiWallClock(input.startsAt)}`);
    expect(own).toContain(`DTEND;TZID=Asia/Taipei:${taipeiWallClock(input.endsAt)}`);
  });
});

import { DateTime } from 'luxon';
import type { Response } from 'supertest';
import { BusinessCalendar } from '../../src/common/time';
import { TEST_PASSWORD, TestApp } from '../support/test-app';

const ZONE = 'Asia/Taipei';

/** The `count` working days of the office calendar from `daysAhead` days on, `YYYY-MM-DD`. */
export function workingDays(t: TestApp, count: number, daysAhead = 3): string[] {
  const calendar = t.app.get(BusinessCalendar);
  const days: string[] = [];
  for (
    let day = DateTime.now().setZone(ZONE).plus({ days: daysAhead });
    days.length < count;
    day = day.plus({ days: 1 })
  )
    if (calendar.isWorkingDay(day.toISODate()!)) days.push(day.toISODate()!);
  return days;
}

/** The first day off (weekend or holiday) of the office calendar from `daysAhead` days on. */
export function dayOff(t: TestApp, daysAhead = 3): string {
  const calendar = t.app.get(BusinessCalendar);
  let day = DateTime.now().setZone(ZONE).plus({ days: daysAhead });
  while (calendar.isWorkingDay(day.toISODate()!)) day = day.plus({ days: 1 });
  return day.toISODate()!;
}

/** A Taipei wall-clock time on a day, as an ISO instant. */
export function at(day: string, time: string): string {
  return DateTime.fromISO(`${day}T${time}`, { zone: ZONE }).toUTC().toISO()!;
}

export async function spaceIdOf(t: TestApp, code: string): Promise<string> {
  const [row] = await t.sql<{ id: string }>('SELECT id FROM venue_spaces WHERE code = $1', [code]);
  if (!row) throw new Error(`no venue space ${code}`);
  return row.id;
}

export function bookingInput(spaceId: string, day: string, from: string, to: string, overrides: object = {}) {
  return {
    spaceId,
    title: '業務協調會議',
    eventKind: 'meeting',
    attendees: 10,
    startsAt: at(day, from),
    endsAt: at(day, to),
    contactName: '王小明',
    contactPhone: '07-7995678#1234',
    ...overrides,
  };
}

/** Calls the API as a demo or test user. */
export async function as(t: TestApp, username: string) {
  const token = await t.login(username);
  return (method: 'get' | 'post' | 'patch', url: string, body?: object): Promise<Response> => {
    const call = t.http()[method](url).set('authorization', `Bearer ${token}`);
    return body ? call.send(body) : call;
  };
}

/** Creates a user of an agency (by code) holding `roles`, through the API. */
export async function createUser(t: TestApp, username: string, agencyCode: string, roles: string[]): Promise<string> {
  const [agency] = await t.sql<{ id: string }>('SELECT id FROM agencies WHERE code = $1', [agencyCode]);
  const response = await (
    await as(t, 'admin')
  )('post', '/users', {
    username,
    displayName: `測試${username}`,
    agencyId: agency.id,
    roles,
    password: TEST_PASSWORD,
  });
  if (response.status !== 201) throw new Error(`user ${username}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id;
}

export async function book(
  t: TestApp,
  username: string,
  input: object,
): Promise<{ id: string; status: string; version: number }> {
  const response = await (await as(t, username))('post', '/venues/bookings', input);
  if (response.status !== 201) throw new Error(`booking: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Pairs of occupancy rows of one space whose windows overlap: must always be empty. */
export function overlappingOccupancies(t: TestApp) {
  return t.sql(
    `SELECT a.id, b.id FROM venue_occupancies a JOIN venue_occupancies b
        ON a.space_id = b.space_id AND a.id < b.id AND a.occupied && b.occupied`,
  );
}

/** Moves a booking (and its occupancy) so that it runs from `startMinutes` from now for `minutes`, behind the API's back. */
export async function moveToNow(t: TestApp, bookingId: string, startMinutes: number, minutes: number): Promise<void> {
  await t.sql(
    `UPDATE venue_bookings SET starts_at = now() + make_interval(mins => $2), ends_at = now() + make_interval(mins => $2 + $3),
            setup_minutes = 0, cleanup_minutes = 0 WHERE id = $1`,
    [bookingId, startMinutes, minutes],
  );
  await t.sql(
    `UPDATE venue_occupancies o SET occupied = tstzrange(b.starts_at, b.ends_at, '[)') FROM venue_bookings b
      WHERE b.id = o.booking_id AND b.id = $1`,
    [bookingId],
  );
}

import { DateTime } from 'luxon';
import { BusinessCalendar } from '../../src/common/time';
import { startTestApp, TestApp } from '../support/test-app';
import { as, at, book, bookingInput, spaceIdOf, workingDays } from './venues-fixtures';

/** The same weekday four weeks running, from the first working day a week ahead whose three following weeks are working days too. */
function fourWeeks(t: TestApp): string[] {
  const calendar = t.app.get(BusinessCalendar);
  for (const start of workingDays(t, 20, 7)) {
    const dates = [0, 1, 2, 3].map((week) => DateTime.fromISO(start).plus({ weeks: week }).toISODate()!);
    if (dates.every((date) => calendar.isWorkingDay(date))) return dates;
  }
  throw new Error('no four working weeks found');
}

describe('venues: recurring bookings', () => {
  let t: TestApp;
  let room: string;
  let dates: string[];

  beforeAll(async () => {
    t = await startTestApp();
    room = await spaceIdOf(t, 'SW-201');
    dates = fourWeeks(t);
  }, 60_000);
  afterAll(() => t.close());

  const weekly = (onClash: 'fail' | 'skip', from = '14:00', to = '15:00') => ({
    ...bookingInput(room, dates[0], from, to, { title: '每週業務會報' }),
    repeat: { frequency: 'weekly', until: dates[3] },
    onClash,
  });

  it('books nothing when one date of an all-or-nothing series clashes, and names that date', async () => {
    const blocker = await book(t, 'requester', bookingInput(room, dates[2], '14:30', '15:30'));
    const response = await (await as(t, 'requester'))('post', '/venues/series', weekly('fail'));
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      code: 'venue.series_clash',
      details: { dates: [{ occurrence: 2, date: dates[2], code: 'venue.clash', clashingBookingIds: [blocker.id] }] },
    });
    expect(await t.sql("SELECT id FROM venue_bookings WHERE title = '每週業務會報'")).toEqual([]);
    expect(await t.sql('SELECT id FROM venue_booking_series')).toEqual([]);
  });

  it('skips the clashing date when the booker chooses so, and books the others', async () => {
    const response = await (await as(t, 'requester'))('post', '/venues/series', weekly('skip'));
    expect(response.status).toBe(201);
    expect(response.body.bookings.map((booking: { startsAt: string }) => booking.startsAt)).toEqual(
      [dates[0], dates[1], dates[3]].map((date) => at(date, '14:00')),
    );
    expect(response.body.skipped).toEqual([
      expect.objectContaining({
        occurrence: 2,
        date: dates[2],
        code: 'venue.clash',
        clashingBookingIds: [expect.any(String)],
      }),
    ]);
    expect(response.body.series).toMatchObject({
      frequency: 'weekly',
      interval: 1,
      untilDate: dates[3],
      onClash: 'skip',
    });
    const series = await (await as(t, 'requester'))('get', `/venues/series/${response.body.series.id}`);
    expect(series.body.bookings).toHaveLength(3);
  });

  it('changes or cancels one date of a series alone, and cancels the rest of it from a date on', async () => {
    const created = await (await as(t, 'requester'))('post', '/venues/series', weekly('skip', '09:00', '10:00'));
    const [first, second, third, fourth] = created.body.bookings as { id: string; version: number }[];
    const requester = await as(t, 'requester');
    const moved = await requester('patch', `/venues/bookings/${second.id}`, {
      startsAt: at(dates[1], '10:00'),
      endsAt: at(dates[1], '11:00'),
      version: second.version,
    });
    expect(moved.status).toBe(200);
    expect(
      (await requester('post', `/venues/bookings/${first.id}/cancel`, { reason: '首次改為線上會議' })).status,
    ).toBe(200);
    const cancelled = await requester('post', `/venues/series/${created.body.series.id}/cancel`, {
      reason: '業務會報停辦',
      fromDate: dates[3],
    });
    expect(cancelled.body).toEqual({ cancelledBookingIds: [fourth.id] });
    const rows = await t.sql<{ id: string; status: string; starts_at: Date }>(
      'SELECT id, status, starts_at FROM venue_bookings WHERE series_id = $1 ORDER BY starts_at',
      [created.body.series.id],
    );
    expect(rows).toEqual([
      { id: first.id, status: 'cancelled', starts_at: new Date(at(dates[0], '09:00')) },
      { id: second.id, status: 'approved', starts_at: new Date(at(dates[1], '10:00')) },
      { id: third.id, status: 'approved', starts_at: new Date(at(dates[2], '09:00')) },
      { id: fourth.id, status: 'cancelled', starts_at: new Date(at(dates[3], '09:00')) },
    ]);
  });

  it('leaves out the days off of a daily series in skip mode, and refuses the series naming them otherwise', async () => {
    const calendar = t.app.get(BusinessCalendar);
    const start = DateTime.fromISO(dates[0]);
    const week = [0, 1, 2, 3, 4, 5, 6].map((offset) => start.plus({ days: offset }).toISODate()!);
    const daysOff = week.filter((date) => !calendar.isWorkingDay(date));
    const daily = (onClash: string) => ({
      ...bookingInput(room, dates[0], '18:00', '19:00', { title: '展前佈置協調' }),
      repeat: { frequency: 'daily', until: week[6] },
      onClash,
    });
    const requester = await as(t, 'requester');
    const refused = await requester('post', '/venues/series', daily('fail'));
    expect(refused.status).toBe(422);
    expect(refused.body.details.fields.map((field: { params: { date: string } }) => field.params.date)).toEqual(
      daysOff,
    );
    const skipped = await requester('post', '/venues/series', daily('skip'));
    expect(skipped.status).toBe(201);
    expect(skipped.body.skipped.map((date: { date: string; code: string }) => [date.date, date.code])).toEqual(
      daysOff.map((date) => [date, 'venue.closed_day']),
    );
    expect(skipped.body.bookings).toHaveLength(7 - daysOff.length);
  });

  it('refuses a series longer than the configured number of dates', async () => {
    const response = await (
      await as(t, 'requester')
    )('post', '/venues/series', {
      ...bookingInput(room, dates[0], '16:00', '17:00'),
      repeat: { frequency: 'daily', until: DateTime.fromISO(dates[0]).plus({ days: 100 }).toISODate() },
      onClash: 'skip',
    });
    expect(response.status).toBe(422);
    expect(response.body.details.fields).toEqual([
      expect.objectContaining({ field: 'repeat.until', code: 'venue.series_too_long', params: { max: 60 } }),
    ]);
  });
});

import { DateTime } from 'luxon';
import { startTestApp, TestApp } from '../support/test-app';
import { as, at, book, bookingInput, dayOff, overlappingOccupancies, spaceIdOf, workingDays } from './venues-fixtures';

const ATTEMPTS = 100;

describe('venues: booking a space, never twice', () => {
  let t: TestApp;
  let days: string[];

  beforeAll(async () => {
    t = await startTestApp();
    days = workingDays(t, 12);
  }, 60_000);
  afterAll(() => t.close());

  it("lists both centers' spaces from the reference data, the hall with its rooms", async () => {
    const response = await (await as(t, 'requester'))('get', '/venues/spaces');
    expect(response.status).toBe(200);
    const byCode = new Map(response.body.map((space: { code: string }) => [space.code, space]));
    expect([...byCode.keys()]).toEqual(
      expect.arrayContaining([
        'SW-ATRIUM',
        'SW-PLAZA',
        'SW-AUD',
        'SW-201',
        'SW-MPR',
        'FS-ATRIUM',
        'FS-PLAZA',
        'FS-AUD',
        'FS-F201',
      ]),
    );
    expect(byCode.get('SW-AUD')).toMatchObject({
      name: '大禮堂',
      kind: 'auditorium',
      isPublicSpace: true,
      siteName: '四維行政中心',
      needsApproval: true,
    });
    expect(byCode.get('SW-MPR')).toMatchObject({
      partIds: expect.arrayContaining([await spaceIdOf(t, 'SW-MPR-A'), await spaceIdOf(t, 'SW-MPR-B')]),
    });
    expect(byCode.get('SW-MPR-A')).toMatchObject({ partOfIds: [await spaceIdOf(t, 'SW-MPR')] });
  });

  it('books a room without approval at once, holding it for the window and its buffers', async () => {
    const room = await spaceIdOf(t, 'SW-201');
    const booking = await book(
      t,
      'requester',
      bookingInput(room, days[0], '10:00', '12:00', {
        setupMinutes: 30,
        cleanupMinutes: 30,
        equipment: [{ code: 'projector', quantity: 1 }],
      }),
    );
    expect(booking).toMatchObject({ status: 'approved', setupMinutes: 30, space: { code: 'SW-201' } });
    expect(booking).toEqual((await (await as(t, 'requester'))('get', `/venues/bookings/${booking.id}`)).body);
    const [row] = await t.sql<{ lower: Date; upper: Date }>(
      'SELECT lower(occupied), upper(occupied) FROM venue_occupancies WHERE booking_id = $1',
      [booking.id],
    );
    expect(row).toEqual({ lower: new Date(at(days[0], '09:30')), upper: new Date(at(days[0], '12:30')) });
    const asRequester = await as(t, 'requester');
    const inCleanup = await asRequester('post', '/venues/bookings', bookingInput(room, days[0], '12:15', '13:00'));
    expect(inCleanup.status).toBe(409);
    expect(inCleanup.body).toMatchObject({
      code: 'venue.clash',
      details: { clashingBookingIds: [booking.id], fields: [{ field: 'startsAt', code: 'venue.clash' }] },
    });
    expect((await asRequester('post', '/venues/bookings', bookingInput(room, days[0], '12:30', '13:00'))).status).toBe(
      201,
    );
  });

  it(`stores exactly one of ${ATTEMPTS} simultaneous bookings of one room for overlapping windows, and answers the rest with a clean 409`, async () => {
    const room = await spaceIdOf(t, 'SW-301');
    const asRequester = await as(t, 'requester');
    const responses = await Promise.all(
      Array.from({ length: ATTEMPTS }, (_, index) => {
        const start = DateTime.fromISO(at(days[1], '09:00')).plus({ minutes: index });
        return asRequester('post', '/venues/bookings', {
          ...bookingInput(room, days[1], '09:00', '11:00'),
          title: `同時申請 ${index}`,
          startsAt: start.toISO(),
          endsAt: start.plus({ hours: 2 }).toISO(),
        });
      }),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(ATTEMPTS - 1);
    const winner = responses.find((response) => response.status === 201)!.body.id;
    for (const response of responses.filter((candidate) => candidate.status === 409))
      expect(response.body).toMatchObject({ code: 'venue.clash', details: { clashingBookingIds: [winner] } });
    const [{ count }] = await t.sql<{ count: string }>('SELECT count(*) FROM venue_bookings WHERE space_id = $1', [
      room,
    ]);
    expect(Number(count)).toBe(1);
    expect(await overlappingOccupancies(t)).toEqual([]);
  }, 120_000);

  it('refuses a hall booked over one of its rooms, and a room booked over its hall', async () => {
    const [hall, roomA, roomB] = await Promise.all(
      ['SW-MPR', 'SW-MPR-A', 'SW-MPR-B'].map((code) => spaceIdOf(t, code)),
    );
    const asRequester = await as(t, 'requester');
    const a = await book(t, 'requester', bookingInput(roomA, days[2], '10:00', '12:00'));
    await book(t, 'requester', bookingInput(roomB, days[2], '10:00', '12:00'));
    const hallOverRoom = await asRequester(
      'post',
      '/venues/bookings',
      bookingInput(hall, days[2], '11:00', '13:00', { attendees: 60 }),
    );
    expect(hallOverRoom.status).toBe(409);
    expect(hallOverRoom.body.details).toMatchObject({
      spaceId: hall,
      clashingBookingIds: expect.arrayContaining([a.id]),
    });
    const wholeHall = await book(t, 'requester', bookingInput(hall, days[3], '10:00', '12:00', { attendees: 60 }));
    const [{ count }] = await t.sql<{ count: string }>('SELECT count(*) FROM venue_occupancies WHERE booking_id = $1', [
      wholeHall.id,
    ]);
    expect(Number(count)).toBe(3);
    const roomOverHall = await asRequester('post', '/venues/bookings', bookingInput(roomB, days[3], '11:30', '12:30'));
    expect(roomOverHall.status).toBe(409);
    expect(roomOverHall.body.details).toMatchObject({ clashingBookingIds: [wholeHall.id] });
    expect(await overlappingOccupancies(t)).toEqual([]);
  });

  it('refuses each broken rule with a 422 naming the field, the rule and its numbers', async () => {
    const room = await spaceIdOf(t, 'SW-201');
    const plaza = await spaceIdOf(t, 'SW-PLAZA');
    const asRequester = await as(t, 'requester');
    const saturday = dayOff(t);
    const [farAway] = workingDays(t, 1, 200);
    const cases: [object, string, string, Record<string, unknown>?][] = [
      [bookingInput(room, days[4], '11:00', '10:00'), 'endsAt', 'venue.window_order'],
      [bookingInput(room, workingDays(t, 1, -7)[0], '10:00', '11:00'), 'startsAt', 'venue.too_soon', { minutes: 60 }],
      [bookingInput(room, farAway, '10:00', '11:00'), 'startsAt', 'venue.too_far_ahead', { days: 180 }],
      [bookingInput(plaza, days[4], '07:00', '21:30'), 'endsAt', 'venue.too_long', { maxHours: 14 }],
      [
        bookingInput(room, days[4], '07:00', '09:00'),
        'startsAt',
        'venue.outside_opening_hours',
        { opensAt: '08:00', closesAt: '22:00' },
      ],
      [
        bookingInput(room, days[4], '20:00', '21:45', { cleanupMinutes: 30 }),
        'cleanupMinutes',
        'venue.outside_opening_hours',
      ],
      [bookingInput(room, saturday, '10:00', '11:00'), 'startsAt', 'venue.closed_day', { date: saturday }],
      [
        bookingInput(room, days[4], '10:00', '11:00', { attendees: 31 }),
        'attendees',
        'venue.over_capacity',
        { max: 30 },
      ],
      [
        bookingInput(room, days[4], '10:00', '11:00', { equipment: [{ code: 'stage', quantity: 1 }] }),
        'equipment.0.code',
        'venue.equipment_unknown',
      ],
      [
        bookingInput(room, days[4], '10:00', '11:00', { equipment: [{ code: 'microphone', quantity: 3 }] }),
        'equipment.0.quantity',
        'venue.equipment_exceeded',
        { max: 2 },
      ],
    ];
    for (const [input, field, code, params] of cases) {
      const response = await asRequester('post', '/venues/bookings', input);
      expect({ rule: code, status: response.status, code: response.body.code }).toEqual({
        rule: code,
        status: 422,
        code: 'venue.rules_broken',
      });
      expect(response.body.details.fields).toEqual([
        expect.objectContaining({
          field,
          code,
          message: expect.any(String),
          ...(params ? { params: expect.objectContaining(params) } : {}),
        }),
      ]);
    }
    const [{ count }] = await t.sql<{ count: string }>(
      `SELECT count(*) FROM venue_bookings WHERE space_id = $1 AND starts_at::date IN ($2::date, $3::date, $4::date)`,
      [room, days[4], saturday, farAway],
    );
    expect(Number(count)).toBe(0);
  });

  it('moves one booking, checking the rules and overlaps again, and frees the space when it is cancelled', async () => {
    const room = await spaceIdOf(t, 'FS-F201');
    const asRequester = await as(t, 'requester');
    const first = await book(t, 'requester', bookingInput(room, days[5], '09:00', '10:00'));
    const second = await book(t, 'requester', bookingInput(room, days[5], '10:00', '11:00'));
    const onto = await asRequester('patch', `/venues/bookings/${first.id}`, {
      endsAt: at(days[5], '10:30'),
      version: first.version,
    });
    expect(onto.status).toBe(409);
    expect(onto.body.details.clashingBookingIds).toEqual([second.id]);
    const stale = await asRequester('patch', `/venues/bookings/${first.id}`, {
      title: '改名',
      version: first.version + 5,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('venue_booking.stale_version');
    const moved = await asRequester('patch', `/venues/bookings/${first.id}`, {
      startsAt: at(days[5], '13:00'),
      endsAt: at(days[5], '14:00'),
      version: first.version,
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ status: 'approved', startsAt: at(days[5], '13:00') });
    const cancelled = await asRequester('post', `/venues/bookings/${second.id}/cancel`, { reason: '會議延期' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', reason: '會議延期' });
    await book(t, 'requester', bookingInput(room, days[5], '09:30', '11:00'));
    const audit = await t.sql<{ action: string }>(
      "SELECT action FROM audit_entries WHERE entity_type = 'venue_booking' AND entity_id = $1 ORDER BY occurred_at",
      [second.id],
    );
    expect(audit.map((entry) => entry.action)).toEqual(['create', 'cancel']);
    expect(await overlappingOccupancies(t)).toEqual([]);
  });

  it('finds the free spaces of a kind for a window and a head count, smallest first', async () => {
    const roomA = await spaceIdOf(t, 'SW-MPR-A');
    const [{ site_id: site }] = await t.sql<{ site_id: string }>(
      "SELECT site_id FROM venue_spaces WHERE code = 'SW-201'",
    );
    await book(t, 'requester', bookingInput(roomA, days[6], '14:00', '16:00'));
    const response = await (
      await as(t, 'requester')
    )(
      'get',
      `/venues/free-slots?kind=meeting_room&siteId=${site}&attendees=25&startsAt=${encodeURIComponent(at(days[6], '15:00'))}&endsAt=${encodeURIComponent(at(days[6], '16:00'))}`,
    );
    expect(response.status).toBe(200);
    // SW-301 seats 24; SW-MPR-A is taken, and so is the hall it belongs to.
    expect(response.body.map((space: { code: string }) => space.code)).toEqual(['SW-201', 'SW-MPR-B']);
  });

  it('finds only the free spaces that have every piece of equipment asked for, one code or several', async () => {
    const [{ site_id: site }] = await t.sql<{ site_id: string }>(
      "SELECT site_id FROM venue_spaces WHERE code = 'SW-201'",
    );
    const window = `startsAt=${encodeURIComponent(at(days[7], '10:00'))}&endsAt=${encodeURIComponent(at(days[7], '11:00'))}`;
    const asRequester = await as(t, 'requester');
    const codesOf = async (equipment: string) => {
      const response = await asRequester(
        'get',
        `/venues/free-slots?siteId=${site}&attendees=20&${window}&${equipment}`,
      );
      expect(response.status).toBe(200);
      return response.body.map((space: { code: string }) => space.code);
    };
    expect(await codesOf('equipment=video_conference')).toEqual(['SW-401']);
    expect(await codesOf('equipment=podium&equipment=projector')).toEqual(['SW-MPR', 'SW-AUD']);
    const refused = await asRequester('get', `/venues/free-slots?siteId=${site}&attendees=20&${window}&equipment=Bad!`);
    expect(refused.status).toBe(400);
    expect(refused.body.details.fields).toEqual([expect.objectContaining({ field: 'equipment', code: 'matches' })]);
  });
});

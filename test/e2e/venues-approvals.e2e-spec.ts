import { JobsService } from '../../src/jobs/jobs.service';
import { EXPIRED_REASON } from '../../src/venues/jobs/expire-requests.job';
import { startTestApp, TestApp } from '../support/test-app';
import {
  as,
  at,
  book,
  bookingInput,
  createUser,
  moveToNow,
  overlappingOccupancies,
  spaceIdOf,
  workingDays,
} from './venues-fixtures';

describe('venues: approvals, attendance and who sees what', () => {
  let t: TestApp;
  let days: string[];
  let auditorium: string;

  beforeAll(async () => {
    t = await startTestApp();
    days = workingDays(t, 8);
    auditorium = await spaceIdOf(t, 'SW-AUD');
    await createUser(t, 'civil-staff', 'CIVIL-AFFAIRS', ['requester']);
    await createUser(t, 'education-staff', 'EDUCATION', ['requester']);
    await createUser(t, 'finance-colleague', 'FINANCE', ['requester']);
  }, 60_000);
  afterAll(() => t.close());

  it('approving one of three overlapping requests rejects the other two with a reason, in one go', async () => {
    const event = (from: string, to: string, title: string) =>
      bookingInput(auditorium, days[0], from, to, { title, eventKind: 'lecture', attendees: 200 });
    const finance = await book(t, 'requester', event('09:00', '12:00', '預算說明會'));
    const civil = await book(t, 'civil-staff', event('11:00', '13:00', '戶政講習'));
    const education = await book(t, 'education-staff', event('12:30', '15:00', '教師研習'));
    expect([finance, civil, education].map((booking) => booking.status)).toEqual([
      'requested',
      'requested',
      'requested',
    ]);
    expect(await t.sql('SELECT id FROM venue_occupancies WHERE space_id = $1', [auditorium])).toEqual([]);

    const venues = await as(t, 'venues');
    const queue = await venues('get', '/venues/approvals');
    expect(queue.status).toBe(200);
    const queued = new Map(queue.body.items.map((item: { id: string }) => [item.id, item]));
    expect(queued.get(civil.id)).toMatchObject({
      agencyName: '民政局',
      competingRequestIds: [finance.id, education.id],
      blockingBookingIds: [],
    });

    const approved = await venues('post', `/venues/bookings/${civil.id}/approve`, { version: civil.version });
    expect(approved.status).toBe(200);
    expect(approved.body.booking).toMatchObject({ id: civil.id, status: 'approved', decidedAt: expect.any(String) });
    expect(approved.body.rejectedBookingIds.sort()).toEqual([finance.id, education.id].sort());
    const rows = await t.sql<{ id: string; status: string; reason: string | null }>(
      'SELECT id, status, reason FROM venue_bookings WHERE id = ANY($1) ORDER BY starts_at',
      [[finance.id, civil.id, education.id]],
    );
    expect(rows).toEqual([
      { id: finance.id, status: 'rejected', reason: `同一時段已核准其他申請（${civil.id}）` },
      { id: civil.id, status: 'approved', reason: null },
      { id: education.id, status: 'rejected', reason: `同一時段已核准其他申請（${civil.id}）` },
    ]);
    const audit = await t.sql<{ action: string }>(
      "SELECT action FROM audit_entries WHERE entity_type = 'venue_booking' AND entity_id = $1 ORDER BY occurred_at",
      [finance.id],
    );
    expect(audit.map((entry) => entry.action)).toEqual(['create', 'reject_overlap']);

    const late = await (await as(t, 'requester'))('post', '/venues/bookings', event('12:00', '12:30', '臨時會議'));
    expect(late.status).toBe(409);
    expect(late.body.details.clashingBookingIds).toEqual([civil.id]);
    expect(await overlappingOccupancies(t)).toEqual([]);
  });

  it('refuses to approve a request whose space another booking took meanwhile, naming it', async () => {
    const first = await book(t, 'requester', bookingInput(auditorium, days[1], '09:00', '10:00', { attendees: 50 }));
    const second = await book(t, 'civil-staff', bookingInput(auditorium, days[1], '14:00', '15:00', { attendees: 50 }));
    const venues = await as(t, 'venues');
    expect((await venues('post', `/venues/bookings/${first.id}/approve`, {})).status).toBe(200);
    // the venue staff's own booking is approved at once, over the second request's window
    const staff = await book(t, 'venues', bookingInput(auditorium, days[1], '14:30', '16:00', { attendees: 50 }));
    expect(staff.status).toBe('approved');
    const refused = await venues('post', `/venues/bookings/${second.id}/approve`, {});
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'venue.clash', details: { clashingBookingIds: [staff.id] } });
    expect(
      (await t.sql<{ status: string }>('SELECT status FROM venue_bookings WHERE id = $1', [second.id]))[0].status,
    ).toBe('requested');
    const rejected = await venues('post', `/venues/bookings/${second.id}/reject`, { reason: '場地已另作他用' });
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: '場地已另作他用' });
    expect((await venues('post', `/venues/bookings/${second.id}/approve`, {})).body.code).toBe('venue.booking_state');
  });

  it('checks in from shortly before the event, records a no-show once it has begun, and frees the rest of its window', async () => {
    const room = await spaceIdOf(t, 'FS-F301');
    const venues = await as(t, 'venues');
    const early = await book(t, 'requester', bookingInput(room, days[2], '10:00', '11:00'));
    const tooEarly = await venues('post', `/venues/bookings/${early.id}/check-in`);
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body.code).toBe('venue.check_in_timing');
    expect((await venues('post', `/venues/bookings/${early.id}/no-show`)).body.code).toBe('venue.no_show_timing');

    const arriving = await book(t, 'requester', bookingInput(room, days[3], '10:00', '11:00'));
    await moveToNow(t, arriving.id, 20, 60);
    const checkedIn = await venues('post', `/venues/bookings/${arriving.id}/check-in`);
    expect(checkedIn.status).toBe(200);
    expect(checkedIn.body).toMatchObject({ status: 'checked_in', checkedInAt: expect.any(String) });

    const absent = await book(t, 'requester', bookingInput(await spaceIdOf(t, 'FS-R202'), days[4], '10:00', '11:00'));
    await moveToNow(t, absent.id, -10, 60);
    const noShow = await venues('post', `/venues/bookings/${absent.id}/no-show`);
    expect(noShow.body).toMatchObject({ status: 'no_show' });
    expect(await t.sql('SELECT id FROM venue_occupancies WHERE booking_id = $1', [absent.id])).toEqual([]);
    expect(await t.sql('SELECT id FROM venue_occupancies WHERE booking_id = $1', [arriving.id])).toHaveLength(1);
  });

  it('rejects the requests whose event began undecided, once per hour however often the job is called', async () => {
    const stale = await book(t, 'requester', bookingInput(auditorium, days[5], '10:00', '11:00', { attendees: 50 }));
    await moveToNow(t, stale.id, -5, 60);
    const jobs = t.app.get(JobsService);
    const outcomes = await Promise.all(
      [1, 2].map(() => jobs.runForPeriod('venues.expire-requests', new Date(), 'schedule')),
    );
    expect(outcomes.filter((outcome) => outcome.ran)).toHaveLength(1);
    const [row] = await t.sql<{ status: string; reason: string }>(
      'SELECT status, reason FROM venue_bookings WHERE id = $1',
      [stale.id],
    );
    expect(row).toEqual({ status: 'rejected', reason: EXPIRED_REASON });
  });

  it("shows an agency its own bookings and every space's busy times, the venue staff everything", async () => {
    const room = await spaceIdOf(t, 'SW-401');
    const mine = await book(t, 'requester', bookingInput(room, days[6], '09:00', '10:00', { title: '財政局內部會議' }));
    const theirs = await book(
      t,
      'civil-staff',
      bookingInput(room, days[6], '13:00', '14:00', { title: '民政局內部會議' }),
    );
    const civil = await as(t, 'civil-staff');
    expect((await civil('get', `/venues/bookings/${mine.id}`)).status).toBe(404);
    expect((await civil('patch', `/venues/bookings/${mine.id}`, { title: '搶改' })).status).toBe(404);
    expect((await civil('post', `/venues/bookings/${mine.id}/cancel`, { reason: '搶取消' })).status).toBe(404);
    const civilList = await civil('get', '/venues/bookings?limit=200');
    expect(civilList.body.items.map((booking: { id: string }) => booking.id)).toContain(theirs.id);
    expect(civilList.body.items.map((booking: { id: string }) => booking.id)).not.toContain(mine.id);

    const week = await civil('get', `/venues/calendar?from=${days[6]}&to=${days[6]}&spaceId=${room}`);
    expect(week.status).toBe(200);
    const entries = new Map(week.body.entries.map((entry: { bookingId: string }) => [entry.bookingId, entry]));
    expect(entries.get(mine.id)).toMatchObject({
      visible: false,
      title: null,
      agencyId: null,
      startsAt: at(days[6], '09:00'),
    });
    expect(entries.get(theirs.id)).toMatchObject({ visible: true, title: '民政局內部會議' });

    const colleague = await as(t, 'finance-colleague');
    expect((await colleague('get', `/venues/bookings/${mine.id}`)).status).toBe(200);
    expect((await colleague('post', `/venues/bookings/${mine.id}/cancel`, { reason: '代取消' })).status).toBe(403);
    expect((await colleague('get', '/venues/bookings?mine=true')).body.items).toEqual([]);

    const venues = await as(t, 'venues');
    const all = await venues('get', `/venues/bookings?spaceId=${room}`);
    expect(all.body.items.map((booking: { id: string }) => booking.id)).toEqual([mine.id, theirs.id]);
    const reports = await as(t, 'reports');
    expect((await reports('get', `/venues/bookings/${theirs.id}`)).status).toBe(200);
    expect((await reports('post', '/venues/bookings', bookingInput(room, days[7], '09:00', '10:00'))).status).toBe(403);
    const requester = await as(t, 'requester');
    expect((await requester('post', `/venues/bookings/${mine.id}/approve`, {})).status).toBe(403);
    expect((await requester('get', '/venues/approvals')).status).toBe(403);
    expect(
      (await requester('get', `/venues/day-sheet?siteId=${week.body.spaces[0].siteId}&date=${days[6]}`)).status,
    ).toBe(403);
  });

  it('lets only the venue staff book for another agency', async () => {
    const room = await spaceIdOf(t, 'SW-401');
    const [{ id: education }] = await t.sql<{ id: string }>("SELECT id FROM agencies WHERE code = 'EDUCATION'");
    const forOther = await (
      await as(t, 'requester')
    )('post', '/venues/bookings', {
      ...bookingInput(room, days[7], '09:00', '10:00'),
      agencyId: education,
    });
    expect(forOther.status).toBe(422);
    expect(forOther.body.details.fields).toEqual([
      expect.objectContaining({ field: 'agencyId', code: 'venue.agency_not_yours' }),
    ]);
    const byStaff = await book(t, 'venues', { ...bookingInput(room, days[7], '09:00', '10:00'), agencyId: education });
    expect(byStaff).toMatchObject({ agencyId: education, status: 'approved' });
    expect((await (await as(t, 'education-staff'))('get', `/venues/bookings/${byStaff.id}`)).status).toBe(200);
  });

  it("gives the venue staff each center's day: what opens where, for whom, and the equipment to set up", async () => {
    const room = await spaceIdOf(t, 'FS-R201');
    await book(
      t,
      'requester',
      bookingInput(room, days[7], '09:00', '10:00', {
        equipment: [
          { code: 'projector', quantity: 1 },
          { code: 'microphone', quantity: 2 },
        ],
      }),
    );
    await book(
      t,
      'civil-staff',
      bookingInput(room, days[7], '14:00', '16:00', {
        setupMinutes: 30,
        equipment: [{ code: 'microphone', quantity: 1 }],
      }),
    );
    const [{ site_id: site }] = await t.sql<{ site_id: string }>('SELECT site_id FROM venue_spaces WHERE id = $1', [
      room,
    ]);
    const sheet = await (await as(t, 'venues'))('get', `/venues/day-sheet?siteId=${site}&date=${days[7]}`);
    expect(sheet.status).toBe(200);
    expect(sheet.body).toMatchObject({ date: days[7], siteName: '鳳山行政中心', workingDay: true });
    const entry = sheet.body.spaces.find((space: { space: { code: string } }) => space.space.code === 'FS-R201');
    expect(entry.bookings).toEqual([
      expect.objectContaining({ agencyName: '財政局', startsAt: at(days[7], '09:00') }),
      expect.objectContaining({ agencyName: '民政局', occupiedFrom: at(days[7], '13:30') }),
    ]);
    expect(sheet.body.equipment).toEqual([
      { code: 'microphone', name: '無線麥克風', quantity: 3 },
      { code: 'projector', name: '投影機', quantity: 1 },
    ]);
  });
});

import { domainErrorMessages } from '../../web/src/common/errors/error-messages';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer, createDormitory, createOtherAgencyUser } from './dormitories.factories';

describe("lending the mayor's residence", () => {
  let t: TestApp;
  let manager: string;
  let requester: string;
  let residenceId: string;
  beforeAll(async () => {
    t = await startTestApp();
    manager = await bearer(t, 'dormitory');
    requester = await bearer(t, 'requester');
    residenceId = (
      await createDormitory(t, { type: 'head_residence', name: '市長官邸', lendable: true, units: undefined })
    ).id;
  }, 60_000);
  afterAll(() => t.close());

  const book = (token: string, startsAt: string, endsAt: string, dormitoryId = residenceId) =>
    t.http().post('/residence-bookings').set('authorization', token).send({
      dormitoryId,
      organizerType: 'school',
      organizerName: '四維國小',
      purpose: '公益音樂會',
      startsAt,
      endsAt,
    });

  it('lists the lendable residence to any user and refuses other dormitories', async () => {
    const residences = await t.http().get('/residence-bookings/residences').set('authorization', requester).expect(200);
    expect(residences.body.map((residence: { id: string }) => residence.id)).toEqual([residenceId]);
    const staff = await createDormitory(t);
    expect((await book(requester, '2030-04-01T01:00:00Z', '2030-04-01T05:00:00Z', staff.id)).status).toBe(422);
    expect((await book(requester, '2030-04-01T05:00:00Z', '2030-04-01T01:00:00Z')).status).toBe(422);
  });

  it('lets one of 10 simultaneous overlapping requests through, and frees the window when it is rejected', async () => {
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        book(requester, `2030-05-0${1 + (index % 2)}T01:00:00Z`, '2030-05-02T12:00:00Z'),
      ),
    );
    expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
    expect(
      responses
        .filter((response) => response.status === 409)
        .every((response) => response.body.details.constraint === 'ex_residence_bookings_window'),
    ).toBe(true);
    expect(responses.find((response) => response.status === 409)?.body).toMatchObject({
      code: 'dormitories.residence_booked',
      details: { fields: [{ field: 'startsAt', code: 'dormitories.residence_booked' }] },
    });
    const [held] = await t.sql<{ id: string; version: number }>(
      "SELECT id, version FROM residence_bookings WHERE status = 'requested' AND starts_at < '2030-05-03'",
    );
    await t
      .http()
      .post(`/residence-bookings/${held.id}/decision`)
      .set('authorization', requester)
      .send({ version: held.version, decision: 'rejected' })
      .expect(403);
    await t
      .http()
      .post(`/residence-bookings/${held.id}/decision`)
      .set('authorization', manager)
      .send({ version: held.version, decision: 'rejected' })
      .expect(201);
    expect((await book(requester, '2030-05-02T01:00:00Z', '2030-05-02T03:00:00Z')).status).toBe(201);
  });

  it('approves and cancels through the allowed transitions only', async () => {
    const created = (await book(requester, '2030-06-01T01:00:00Z', '2030-06-01T05:00:00Z')).body;
    const approved = await t
      .http()
      .post(`/residence-bookings/${created.id}/decision`)
      .set('authorization', manager)
      .send({ version: created.version, decision: 'approved', note: '同意' })
      .expect(201);
    await t
      .http()
      .post(`/residence-bookings/${created.id}/decision`)
      .set('authorization', manager)
      .send({ version: approved.body.version, decision: 'rejected' })
      .expect(409);
    const cancelled = await t
      .http()
      .post(`/residence-bookings/${created.id}/cancel`)
      .set('authorization', requester)
      .send({ version: approved.body.version })
      .expect(201);
    expect(cancelled.body.status).toBe('cancelled');
    const audit = await t.sql<{ action: string }>('SELECT action FROM audit_entries WHERE entity_id = $1 ORDER BY id', [
      created.id,
    ]);
    expect(audit.map((row) => row.action)).toEqual(['create', 'approved', 'cancelled']);
  });

  it("shows a requester only their own agency's bookings", async () => {
    const other = await createOtherAgencyUser(t, ['requester']);
    const otherToken = await bearer(t, other.username);
    const theirs = (await book(otherToken, '2030-07-01T01:00:00Z', '2030-07-01T05:00:00Z')).body;
    const mine = await t.http().get('/residence-bookings').set('authorization', requester).expect(200);
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.some((item: { id: string }) => item.id === theirs.id)).toBe(false);
    const ownList = await t.http().get('/residence-bookings').set('authorization', otherToken).expect(200);
    expect(ownList.body.items.map((item: { id: string }) => item.id)).toEqual([theirs.id]);
    await t.http().get(`/residence-bookings/${theirs.id}`).set('authorization', requester).expect(404);
    await t
      .http()
      .post(`/residence-bookings/${theirs.id}/cancel`)
      .set('authorization', requester)
      .send({ version: theirs.version })
      .expect(404);
    const all = await t
      .http()
      .get('/residence-bookings')
      .query({ from: '2030-07-01T00:00:00Z' })
      .set('authorization', manager)
      .expect(200);
    expect(all.body.items.map((item: { id: string }) => item.id)).toEqual([theirs.id]);
  });

  it('refuses a booking that starts in the past, naming the field, with a zh-TW message for it', async () => {
    const refused = await book(requester, '2025-03-01T01:00:00Z', '2025-03-01T05:00:00Z').expect(422);
    expect(refused.body).toMatchObject({
      code: 'residence_booking.starts_in_past',
      details: { fields: [{ field: 'startsAt', code: 'residence_booking.starts_in_past' }] },
    });
    expect(domainErrorMessages['residence_booking.starts_in_past']).toMatch(/[\u4e00-\u9fff]/);
    expect(await t.sql("SELECT id FROM residence_bookings WHERE starts_at < '2026-01-01'")).toEqual([]);
  });
});

import { JobsService } from '../../src/jobs/jobs.service';
import { startTestApp, TEST_PASSWORD, TestApp } from '../support/test-app';
import { bookingInput, createDriver, createVehicle, requestBooking } from './fleet-fixtures';
import { maintenanceHelpers } from './maintenance-support';
import { freePort, SmtpSink, startSmtpSink } from './smtp-sink';

interface NotificationBody {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  createdAt: string;
  readAt: string | null;
}

describe('notifications: requesters are told when their requests change', () => {
  let t: TestApp;
  let h: ReturnType<typeof maintenanceHelpers>;
  let smtpPort: number;
  let sink: SmtpSink | undefined;

  beforeAll(async () => {
    smtpPort = await freePort();
    t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtpPort}` });
    h = maintenanceHelpers(t);
    await h.giveTrades('technician');
    // A colleague in the requester's own agency: same agency, yet not their notifications.
    const [requester] = await t.sql<{ agency_id: string }>("SELECT agency_id FROM users WHERE username = 'requester'");
    await t
      .http()
      .post('/users')
      .set(await h.as('admin'))
      .send({
        username: 'colleague',
        displayName: '同事',
        agencyId: requester.agency_id,
        roles: ['requester'],
        password: TEST_PASSWORD,
      })
      .expect(201);
  });
  afterAll(async () => {
    await sink?.close();
    await t.close();
  });

  async function mine(username: string, query: Record<string, unknown> = {}) {
    const response = await t
      .http()
      .get('/notifications/mine')
      .set(await h.as(username))
      .query(query)
      .expect(200);
    return response.body as { items: NotificationBody[]; nextCursor: string | null };
  }

  async function unread(username: string) {
    const response = await t
      .http()
      .get('/notifications/mine/unread-count')
      .set(await h.as(username))
      .expect(200);
    return (response.body as { count: number }).count;
  }

  it('tells the requester, and nobody else, when the coordinator moves their ticket or answers in public', async () => {
    const ticket = await h.file('requester', { title: '會議室冷氣不冷' });
    expect(await unread('requester')).toBe(0);
    await h.moveOk('coordinator', ticket.id, 'assign', { assigneeUserId: await h.userId('technician') });

    const [assigned] = (await mine('requester')).items;
    expect(assigned).toEqual({
      id: expect.any(String),
      kind: 'ticket_status',
      title: `報修案件 ${ticket.number} 已派工`,
      body: expect.stringContaining('會議室冷氣不冷'),
      link: `/repairs/${ticket.id}`,
      createdAt: expect.any(String),
      readAt: null,
    });
    expect(await unread('requester')).toBe(1);
    for (const other of ['colleague', 'coordinator', 'technician'])
      expect({ other, items: (await mine(other)).items }).toEqual({ other, items: [] });

    await t
      .http()
      .post(`/maintenance/tickets/${ticket.id}/comments`)
      .set(await h.as('coordinator'))
      .send({ body: '廠商明天上午到場檢修', internal: false })
      .expect(201);
    await t
      .http()
      .post(`/maintenance/tickets/${ticket.id}/comments`)
      .set(await h.as('coordinator'))
      .send({ body: '壓縮機可能要換', internal: true })
      .expect(201);
    await t
      .http()
      .post(`/maintenance/tickets/${ticket.id}/comments`)
      .set(await h.as('requester'))
      .send({ body: '好的，謝謝' })
      .expect(201);

    const items = (await mine('requester')).items;
    expect(items.map((item) => item.kind)).toEqual(['ticket_comment', 'ticket_status']);
    expect(items[0].body).toContain('廠商明天上午到場檢修');
    expect(items[0].body).not.toContain('壓縮機');
    expect((await mine('technician')).items).toEqual([]);

    // The technician's own moves reach the requester; the requester's own confirmation does not.
    await h.moveOk('technician', ticket.id, 'start');
    await h.moveOk('technician', ticket.id, 'resolve', { resolutionNote: '已補充冷媒' });
    const resolved = (await mine('requester')).items[0];
    expect(resolved.title).toBe(`報修案件 ${ticket.number} 已完工`);
    expect(resolved.body).toContain('請確認修繕結果');
    await h.moveOk('requester', ticket.id, 'confirm', { satisfaction: 5 });
    expect((await mine('requester')).items).toHaveLength(4);
    expect(await unread('requester')).toBe(4);
  });

  it('keeps read state per person: one marks theirs read, another can neither see nor mark it', async () => {
    const ticket = await h.file('colleague');
    await h.moveOk('coordinator', ticket.id, 'reject', { reason: '非本處管理設備' });
    const [colleagues] = (await mine('colleague')).items;
    expect(colleagues.body).toContain('非本處管理設備');
    const requesterUnread = await unread('requester');

    await t
      .http()
      .post(`/notifications/${colleagues.id}/read`)
      .set(await h.as('requester'))
      .expect(404)
      .expect((response) => expect(response.body.code).toBe('notification.not_found'));
    expect(await unread('colleague')).toBe(1);

    const read = await t
      .http()
      .post(`/notifications/${colleagues.id}/read`)
      .set(await h.as('colleague'))
      .expect(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    const again = await t
      .http()
      .post(`/notifications/${colleagues.id}/read`)
      .set(await h.as('colleague'))
      .expect(200);
    expect(again.body.readAt).toBe(read.body.readAt);
    expect(await unread('colleague')).toBe(0);
    expect(await unread('requester')).toBe(requesterUnread);
    expect((await mine('colleague', { unread: true })).items).toEqual([]);
    expect((await mine('colleague', { unread: false })).items.map((item) => item.id)).toEqual([colleagues.id]);

    const all = await t
      .http()
      .post('/notifications/mine/read-all')
      .set(await h.as('requester'))
      .expect(200);
    expect(all.body).toEqual({ count: requesterUnread });
    expect(await unread('requester')).toBe(0);
    expect((await mine('colleague', { unread: false })).items).toHaveLength(1);
    const audit = await t.sql(
      "SELECT action FROM audit_entries WHERE entity_type = 'notification' AND action IN ('read', 'read_all')",
    );
    expect(audit).toHaveLength(2);
  });

  it('pages newest first with the keyset cursor', async () => {
    const first = await mine('requester', { limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await mine('requester', { limit: 2, cursor: first.nextCursor });
    const times = [...first.items, ...second.items].map((item) => Date.parse(item.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(4);
  });

  it('tells the requester when the dispatcher approves, reassigns, rejects or cancels their booking, not when they cancel it', async () => {
    const vehicle = await createVehicle(t);
    const spare = await createVehicle(t);
    const driver = await createDriver(t, 'driver.notify');
    const dispatcher = await h.as('dispatcher');
    const booking = await requestBooking(t, 'requester', bookingInput(2, 2));
    await t
      .http()
      .post(`/fleet/bookings/${booking.id}/assign`)
      .set(dispatcher)
      .send({ vehicleId: vehicle.id, driverId: driver })
      .expect(200);
    const [approved] = (await mine('requester')).items;
    expect(approved).toMatchObject({
      kind: 'booking_approved',
      link: `/cars/${booking.id}`,
      title: expect.stringContaining('已核准派車'),
      body: expect.stringContaining('鳳山行政中心'),
    });
    await t
      .http()
      .post(`/fleet/bookings/${booking.id}/assign`)
      .set(dispatcher)
      .send({ vehicleId: spare.id, driverId: driver })
      .expect(200);
    await t
      .http()
      .post(`/fleet/bookings/${booking.id}/cancel`)
      .set(dispatcher)
      .send({ reason: '活動延期' })
      .expect(200);
    const rejected = await requestBooking(t, 'requester', bookingInput(10, 2));
    await t
      .http()
      .post(`/fleet/bookings/${rejected.id}/reject`)
      .set(dispatcher)
      .send({ reason: '當日車輛已全數派出' })
      .expect(200);
    const own = await requestBooking(t, 'requester', bookingInput(20, 2));
    await t
      .http()
      .post(`/fleet/bookings/${own.id}/cancel`)
      .set(await h.as('requester'))
      .send({ reason: '不需要了' })
      .expect(200);

    const kinds = (await mine('requester', { limit: 4 })).items.map((item) => item.kind);
    expect(kinds).toEqual(['booking_rejected', 'booking_cancelled', 'booking_reassigned', 'booking_approved']);
    expect((await mine('requester')).items[0].body).toContain('當日車輛已全數派出');
    expect((await mine('colleague')).items.every((item) => !item.kind.startsWith('booking'))).toBe(true);
  });

  it('e-mails the notices once SMTP answers, each to its own person', async () => {
    await t
      .http()
      .patch(`/users/${await h.userId('requester')}`)
      .set(await h.as('admin'))
      .send({ email: 'requester@example.gov.tw' })
      .expect(200);
    sink = await startSmtpSink(smtpPort, /^nobody@/);
    const jobs = t.app.get(JobsService);
    const outcome = await jobs.runForPeriod('notifications.mail', new Date(), 'manual');
    expect(outcome.run).toMatchObject({ status: 'succeeded' });
    const titles = (await mine('requester', { limit: 200 })).items.map((item) => item.title);
    expect(sink.received.map((mail) => mail.subject).sort()).toEqual([...titles].sort());
    expect(sink.received.every((mail) => mail.to.join() === 'requester@example.gov.tw')).toBe(true);
    // The colleague has no address: their notice stays unsent and says why.
    const [unsent] = await t.sql<{ email_error: string }>(
      "SELECT n.email_error FROM user_notifications n JOIN users u ON u.id = n.user_id WHERE u.username = 'colleague'",
    );
    expect(unsent.email_error).toMatch(/no e-mail address/);
  });
});

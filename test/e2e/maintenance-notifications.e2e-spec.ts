import { BusinessCalendar } from '../../src/common/time';
import { JobsService } from '../../src/jobs/jobs.service';
import { SlaWatchJob } from '../../src/maintenance/jobs/sla-watch.job';
import { startTestApp, TestApp } from '../support/test-app';
import { maintenanceHelpers } from './maintenance-support';
import { freePort, SmtpSink, startSmtpSink } from './smtp-sink';

interface NotificationBody {
  id: string;
  ticketId: string;
  kind: string;
  recipient: string;
  readAt: string | null;
  emailedAt: string | null;
}

describe('maintenance notifications: SLA alerts in the API and by e-mail', () => {
  let t: TestApp;
  let h: ReturnType<typeof maintenanceHelpers>;
  let jobs: JobsService;
  let smtpPort: number;
  let sink: SmtpSink | undefined;

  beforeAll(async () => {
    // Nothing listens on the SMTP port until a test starts the sink there: until then it is refused.
    smtpPort = await freePort();
    t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtpPort}` });
    h = maintenanceHelpers(t);
    jobs = t.app.get(JobsService);
    await h.giveTrades('technician');
    const admin = await h.as('admin');
    await h.officeUser('coordinator.b', ['maintenance_coordinator']);
    await h.officeUser('coordinator.gone', ['maintenance_coordinator']);
    for (const username of ['technician', 'coordinator', 'coordinator.b', 'coordinator.gone', 'requester']) {
      await t
        .http()
        .patch(`/users/${await h.userId(username)}`)
        .set(admin)
        .send({ email: `${username}@example.gov.tw` })
        .expect(200);
    }
    await t
      .http()
      .patch(`/users/${await h.userId('coordinator.gone')}`)
      .set(admin)
      .send({ active: false })
      .expect(200);
  });
  afterAll(async () => {
    await sink?.close();
    await t.close();
  });

  /**
   * Files a ticket, assigns it to the technician and runs the SLA watch's work at 80% of its
   * resolution budget; tickets filed in one test share a quarter-hour, which runForPeriod would run once.
   */
  async function warnedTicket() {
    const ticket = await h.file('requester', { priority: 'high' });
    await h.moveOk('coordinator', ticket.id, 'assign', { assigneeUserId: await h.userId('technician') });
    const [row] = await t.sql<{ created_at: Date; resolution_target_minutes: number }>(
      'SELECT created_at, resolution_target_minutes FROM maintenance_tickets WHERE id = $1',
      [ticket.id],
    );
    const at = t.app.get(BusinessCalendar).addBusinessMinutes(row.created_at, row.resolution_target_minutes * 0.8);
    expect(await t.app.get(SlaWatchJob).run(at)).toEqual({ raised: 2 });
    return ticket;
  }

  async function notificationsOf(username: string, query = '') {
    const response = await t
      .http()
      .get(`/maintenance/notifications${query}`)
      .set(await h.as(username))
      .expect(200);
    return response.body as { items: NotificationBody[]; nextCursor: string | null };
  }

  it('shows the assignee and the coordinators their SLA warnings, never a requester, newest first in pages', async () => {
    const first = await warnedTicket();
    const second = await warnedTicket();
    const technicianId = await h.userId('technician');

    const technicianPage = await notificationsOf('technician', '?limit=1');
    expect(technicianPage.items).toEqual([
      expect.objectContaining({
        ticketId: second.id,
        kind: 'sla_warning',
        recipient: `user:${technicianId}`,
        readAt: null,
      }),
    ]);
    const nextPage = await notificationsOf('technician', `?limit=1&cursor=${technicianPage.nextCursor}`);
    expect(nextPage).toEqual({ items: [expect.objectContaining({ ticketId: first.id })], nextCursor: null });

    for (const coordinator of ['coordinator', 'coordinator.b']) {
      const { items } = await notificationsOf(coordinator);
      expect(items.map((item) => [item.ticketId, item.recipient])).toEqual([
        [second.id, 'role:maintenance_coordinator'],
        [first.id, 'role:maintenance_coordinator'],
      ]);
    }
    expect((await notificationsOf('requester')).items).toEqual([]);
    expect((await notificationsOf('admin')).items).toEqual([]);
  });

  it('marks a notification read for its recipient only, once, and filters by unread', async () => {
    const technician = await notificationsOf('technician', '?unread=true');
    const target = technician.items[0];
    for (const outsider of ['requester', 'coordinator']) {
      await t
        .http()
        .post(`/maintenance/notifications/${target.id}/read`)
        .set(await h.as(outsider))
        .expect(404);
    }
    const read = await t
      .http()
      .post(`/maintenance/notifications/${target.id}/read`)
      .set(await h.as('technician'))
      .expect(200);
    expect(read.body.readAt).not.toBeNull();
    const again = await t
      .http()
      .post(`/maintenance/notifications/${target.id}/read`)
      .set(await h.as('technician'))
      .expect(200);
    expect(again.body.readAt).toBe(read.body.readAt);

    expect((await notificationsOf('technician', '?unread=true')).items.map((item) => item.id)).not.toContain(target.id);
    expect((await notificationsOf('technician', '?unread=false')).items.map((item) => item.id)).toEqual([target.id]);
    const audit = await t.sql(
      "SELECT action FROM audit_entries WHERE entity_type = 'maintenance_notification' AND entity_id = $1",
      [target.id],
    );
    expect(audit).toEqual([{ action: 'read' }]);
    await t
      .http()
      .get('/maintenance/notifications?unread=maybe')
      .set(await h.as('technician'))
      .expect(400);
  });

  it('leaves the e-mail pending while the SMTP server refuses connections, then delivers it on a later run, once', async () => {
    const ticket = await warnedTicket();
    const now = new Date();

    const refused = await jobs.runForPeriod('maintenance.notification-mail', now, 'manual');
    expect(refused.run).toMatchObject({
      status: 'succeeded',
      result: { sent: 0, failed: 1, stopped: expect.stringMatching(/ECONNREFUSED/) },
    });
    const unsent = await t.sql<{ emailed_at: Date | null; email_error: string | null }>(
      'SELECT emailed_at, email_error FROM maintenance_notifications',
    );
    expect(unsent.every((row) => row.emailed_at === null)).toBe(true);
    expect(unsent.filter((row) => row.email_error !== null)).toHaveLength(1);
    expect(await t.sql('SELECT id FROM maintenance_notifications WHERE email_attempts > 0')).toEqual([]);

    sink = await startSmtpSink(smtpPort, /^nobody@/);
    const delivered = await jobs.runForPeriod(
      'maintenance.notification-mail',
      new Date(now.getTime() + 15 * 60_000),
      'manual',
    );
    expect(delivered.run).toMatchObject({ status: 'succeeded', result: { sent: 6, failed: 0 } });
    const subject = `[維修] SLA 即將逾期：${ticket.number}`;
    const forTicket = sink.received.filter((mail) => mail.subject === subject);
    expect(forTicket.map((mail) => mail.to.sort())).toEqual(
      expect.arrayContaining([
        ['technician@example.gov.tw'],
        ['coordinator.b@example.gov.tw', 'coordinator@example.gov.tw'],
      ]),
    );
    expect(forTicket).toHaveLength(2);
    expect(sink.received.every((mail) => mail.from === 'no-reply@localhost')).toBe(true);
    const pending = await t.sql(
      'SELECT id FROM maintenance_notifications WHERE emailed_at IS NULL OR email_error IS NOT NULL',
    );
    expect(pending).toEqual([]);

    await jobs.runForPeriod('maintenance.notification-mail', new Date(now.getTime() + 30 * 60_000), 'manual');
    expect(sink.received).toHaveLength(6);
    expect((await notificationsOf('technician')).items.every((item) => item.emailedAt !== null)).toBe(true);
  });

  it('gives up on a message the server keeps rejecting after a few runs, without holding back the others', async () => {
    const admin = await h.as('admin');
    await t
      .http()
      .patch(`/users/${await h.userId('technician')}`)
      .set(admin)
      .send({ email: 'nobody@example.gov.tw' })
      .expect(200);
    const ticket = await warnedTicket();
    const start = Date.now() + 45 * 60_000;
    const results = [];
    for (let run = 0; run < 6; run++) {
      const outcome = await jobs.runForPeriod(
        'maintenance.notification-mail',
        new Date(start + run * 15 * 60_000),
        'manual',
      );
      results.push(outcome.run?.result);
    }
    expect(results).toEqual([{ sent: 1, failed: 1 }, ...Array(4).fill({ sent: 0, failed: 1 }), { sent: 0, failed: 0 }]);
    const rows = await t.sql<{
      recipient: string;
      emailed_at: Date | null;
      email_attempts: number;
      email_error: string | null;
    }>(
      'SELECT recipient, emailed_at, email_attempts, email_error FROM maintenance_notifications WHERE ticket_id = $1 ORDER BY recipient',
      [ticket.id],
    );
    expect(rows).toEqual([
      { recipient: 'role:maintenance_coordinator', emailed_at: expect.any(Date), email_attempts: 0, email_error: null },
      {
        recipient: `user:${await h.userId('technician')}`,
        emailed_at: null,
        email_attempts: 5,
        email_error: expect.stringMatching(/550/),
      },
    ]);
  });
});

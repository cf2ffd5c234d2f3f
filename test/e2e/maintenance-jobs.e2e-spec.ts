import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from '../../src/app.module';
import { createApp } from '../../src/bootstrap/create-app';
import { BusinessCalendar } from '../../src/common/time';
import { JobsService } from '../../src/jobs/jobs.service';
import { SlaPoliciesService } from '../../src/maintenance/sla/sla-policies.service';
import { startTestApp, TestApp } from '../support/test-app';
import { maintenanceHelpers } from './maintenance-support';

describe('maintenance SLA and scheduled jobs', () => {
  let t: TestApp;
  let h: ReturnType<typeof maintenanceHelpers>;
  let calendar: BusinessCalendar;

  beforeAll(async () => {
    t = await startTestApp();
    h = maintenanceHelpers(t);
    calendar = t.app.get(BusinessCalendar);
    await h.giveTrades('technician');
  });
  afterAll(() => t.close());

  async function resolvedTicket() {
    const ticket = await h.file('requester');
    await h.moveOk('coordinator', ticket.id, 'assign', { assigneeUserId: await h.userId('technician') });
    await h.moveOk('technician', ticket.id, 'start');
    await h.moveOk('technician', ticket.id, 'resolve', { resolutionNote: '已修復' });
    const [row] = await t.sql<{ resolved_at: Date }>('SELECT resolved_at FROM maintenance_tickets WHERE id = $1', [
      ticket.id,
    ]);
    return { ...ticket, resolvedAt: row.resolved_at };
  }

  it('shows due times, time left and state on every ticket, and pauses the resolution clock on a pausing hold', async () => {
    const ticket = await h.file('requester', { priority: 'emergency' });
    expect(ticket).toMatchObject({
      sla: { response: { state: 'running', targetMinutes: 30 }, resolution: { state: 'running', targetMinutes: 240 } },
    });
    await h.moveOk('coordinator', ticket.id, 'assign', { assigneeUserId: await h.userId('technician') });
    await h.moveOk('technician', ticket.id, 'start');
    const held = await h.moveOk('technician', ticket.id, 'hold', { holdReason: 'vendor' });
    expect(held).toMatchObject({ status: 'on_hold', holdReason: 'vendor', sla: { resolution: { state: 'paused' } } });
    const [before] = await t.sql<{ resolution_due_at: Date; paused_since: Date }>(
      'SELECT resolution_due_at, paused_since FROM maintenance_tickets WHERE id = $1',
      [ticket.id],
    );
    expect(before.paused_since).not.toBeNull();
    await h.moveOk('technician', ticket.id, 'resume');
    const [after] = await t.sql<{ resolution_due_at: Date; paused_wall_minutes: number; paused_since: Date | null }>(
      'SELECT resolution_due_at, paused_wall_minutes, paused_since FROM maintenance_tickets WHERE id = $1',
      [ticket.id],
    );
    expect(after.paused_since).toBeNull();
    expect(after.paused_wall_minutes).toBeGreaterThan(0);
    expect(after.resolution_due_at.getTime()).toBeGreaterThan(before.resolution_due_at.getTime());
  });

  it('re-targets the SLA from the original start when a coordinator changes the priority', async () => {
    const ticket = await h.file('requester', { priority: 'low' });
    const [row] = await t.sql<{ created_at: Date }>('SELECT created_at FROM maintenance_tickets WHERE id = $1', [
      ticket.id,
    ]);
    const raised = await t
      .http()
      .patch(`/maintenance/tickets/${ticket.id}`)
      .set(await h.as('coordinator'))
      .send({ version: 1, priority: 'emergency' })
      .expect(200);
    expect(new Date(raised.body.sla.resolution.dueAt).getTime()).toBe(row.created_at.getTime() + 240 * 60_000);
    await t
      .http()
      .patch(`/maintenance/tickets/${ticket.id}`)
      .set(await h.as('coordinator'))
      .send({ version: 1, priority: 'high' })
      .expect(409);
  });

  it('seeds a policy per trade and priority, and files new tickets under an edited one', async () => {
    await t.app.get(SlaPoliciesService).seed();
    await t.app.get(SlaPoliciesService).seed();
    const [count] = await t.sql<{ n: string }>('SELECT count(*) AS n FROM maintenance_sla_policies');
    expect(Number(count.n)).toBe(8 * 4);
    const coordinator = await h.as('coordinator');
    await t
      .http()
      .put('/maintenance/sla-policies/cctv/normal')
      .set(coordinator)
      .send({ version: 1, responseMinutes: 60, resolutionMinutes: 600 })
      .expect(200);
    await t
      .http()
      .put('/maintenance/sla-policies/cctv/normal')
      .set(coordinator)
      .send({ version: 1, responseMinutes: 60, resolutionMinutes: 700 })
      .expect(409);
    await t
      .http()
      .put('/maintenance/sla-policies/cctv/normal')
      .set(coordinator)
      .send({ version: 2, responseMinutes: 60, resolutionMinutes: 30 })
      .expect(422);
    const ticket = await h.file('requester', { tradeCode: 'cctv', title: '監視器畫面全黑' });
    expect(ticket).toMatchObject({ sla: { response: { targetMinutes: 60 }, resolution: { targetMinutes: 600 } } });
  });

  it('warns at 75% and escalates on breach, once per ticket, clock and recipient', async () => {
    const ticket = await h.file('requester', { priority: 'high' });
    const technicianId = await h.userId('technician');
    await h.moveOk('coordinator', ticket.id, 'assign', { assigneeUserId: technicianId });
    const [row] = await t.sql<{ created_at: Date; resolution_target_minutes: number }>(
      'SELECT created_at, resolution_target_minutes FROM maintenance_tickets WHERE id = $1',
      [ticket.id],
    );
    const jobs = t.app.get(JobsService);
    const at80 = calendar.addBusinessMinutes(row.created_at, row.resolution_target_minutes * 0.8);
    await jobs.runForPeriod('maintenance.sla-watch', at80, 'manual');
    const warnings = await t.sql<{ kind: string; clock: string; recipient: string }>(
      'SELECT kind, clock, recipient FROM maintenance_notifications WHERE ticket_id = $1 ORDER BY recipient',
      [ticket.id],
    );
    expect(warnings).toEqual([
      { kind: 'sla_warning', clock: 'resolution', recipient: 'role:maintenance_coordinator' },
      { kind: 'sla_warning', clock: 'resolution', recipient: `user:${technicianId}` },
    ]);
    const later = calendar.addBusinessMinutes(row.created_at, row.resolution_target_minutes * 2);
    await jobs.runForPeriod('maintenance.sla-watch', later, 'manual');
    await jobs.runForPeriod('maintenance.sla-watch', new Date(later.getTime() + 15 * 60_000), 'manual');
    const all = await t.sql<{ kind: string; n: string }>(
      'SELECT kind, count(*) AS n FROM maintenance_notifications WHERE ticket_id = $1 GROUP BY kind ORDER BY kind',
      [ticket.id],
    );
    expect(all).toEqual([
      { kind: 'sla_breach', n: '2' },
      { kind: 'sla_warning', n: '2' },
    ]);
  });

  it('auto-closes a resolved ticket after the working days, not before', async () => {
    const ticket = await resolvedTicket();
    const jobs = t.app.get(JobsService);
    const early = calendar.addBusinessDays(ticket.resolvedAt, 2);
    const tooEarly = await jobs.runForPeriod('maintenance.auto-close', early, 'manual');
    expect(tooEarly.run?.status).toBe('succeeded');
    expect(
      (await t.sql<{ status: string }>('SELECT status FROM maintenance_tickets WHERE id = $1', [ticket.id]))[0].status,
    ).toBe('resolved');
    await jobs.runForPeriod('maintenance.auto-close', calendar.addBusinessDays(ticket.resolvedAt, 3), 'manual');
    const history = await t.sql<{ action: string; actor_user_id: string | null }>(
      "SELECT action, actor_user_id FROM maintenance_ticket_status_changes WHERE ticket_id = $1 AND to_status = 'closed'",
      [ticket.id],
    );
    expect(history).toEqual([{ action: 'auto_close', actor_user_id: null }]);
  });

  it('runs a period exactly once when two app instances on one database race for it', async () => {
    // A second Nest application on the same database stands in for a second server instance.
    const second: NestFastifyApplication = await createApp(AppModule);
    await second.init();
    try {
      const ticket = await resolvedTicket();
      const at = calendar.addBusinessDays(ticket.resolvedAt, 5);
      const outcomes = await Promise.all([
        t.app.get(JobsService).runForPeriod('maintenance.auto-close', at, 'schedule'),
        second.get(JobsService).runForPeriod('maintenance.auto-close', at, 'schedule'),
        t.app.get(JobsService).runForPeriod('maintenance.auto-close', at, 'schedule'),
      ]);
      expect(outcomes.filter((outcome) => outcome.ran)).toHaveLength(1);
      const runs = await t.sql(
        "SELECT id FROM job_runs WHERE job_name = 'maintenance.auto-close' AND period_key = $1",
        [outcomes[0].periodKey],
      );
      expect(runs).toHaveLength(1);
      const closes = await t.sql(
        "SELECT id FROM maintenance_ticket_status_changes WHERE ticket_id = $1 AND action = 'auto_close'",
        [ticket.id],
      );
      expect(closes).toHaveLength(1);
    } finally {
      await second.close();
    }
  });
});

import { TICKET_ACTIONS, TicketStatus, TRANSITIONS } from '../../src/maintenance/tickets/ticket-state-machine';
import { startTestApp, TestApp } from '../support/test-app';
import { maintenanceHelpers } from './maintenance-support';

describe('maintenance tickets', () => {
  let t: TestApp;
  let h: ReturnType<typeof maintenanceHelpers>;

  beforeAll(async () => {
    t = await startTestApp();
    h = maintenanceHelpers(t);
    await h.giveTrades('technician');
  });
  afterAll(() => t.close());

  it('lives a whole life through three users, with history and audit rows', async () => {
    const [{ id: room }] = await t.sql<{ id: string }>(
      `SELECT r.id FROM locations r JOIN locations f ON f.id = r.parent_id JOIN locations b ON b.id = f.parent_id
        WHERE b.code = 'MAIN' AND f.code = '1F' AND r.code = '101'`,
    );
    const filed = await h.file('requester', {
      locationId: room,
      spotText: undefined,
      priority: 'high',
      contactPhone: '07-7995678#1234',
    });
    expect(filed).toMatchObject({ status: 'submitted', priority: 'high', allowedActions: ['cancel'] });
    expect(filed.number).toMatch(/^\d{3}-\d{6}$/);
    // The building's name already says its center: 「四維行政中心 四維行政中心大樓」 would say it twice.
    expect(filed.locationLabel).toBe('四維行政中心大樓 1樓 服務台');
    const [placed] = await t.sql<{ site_id: string; building_id: string; floor_id: string; room_id: string }>(
      'SELECT * FROM maintenance_tickets WHERE id = $1',
      [filed.id],
    );
    expect(placed.room_id).toBe(room);
    expect(placed.site_id && placed.building_id && placed.floor_id).toBeTruthy();

    const technicianId = await h.userId('technician');
    const assigned = await h.move('coordinator', filed.id, 'assign', { assigneeUserId: technicianId });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({
      status: 'assigned',
      assigneeUserId: technicianId,
      sla: { response: { state: 'met' } },
    });
    await h.moveOk('technician', filed.id, 'start');
    await h.moveOk('technician', filed.id, 'hold', { holdReason: 'parts' });
    const resumed = await h.moveOk('technician', filed.id, 'resume');
    expect(resumed).toMatchObject({ status: 'in_progress', holdReason: null });
    const cost = await t
      .http()
      .post(`/maintenance/tickets/${filed.id}/cost-lines`)
      .set(await h.as('technician'))
      .send({ kind: 'material', description: '水龍頭', quantity: 2, unitPrice: 425.5 })
      .expect(201);
    expect(cost.body.amount).toBe(851);
    expect((await h.move('technician', filed.id, 'resolve')).status).toBe(422);
    await h.moveOk('technician', filed.id, 'resolve', { resolutionNote: '更換水龍頭' });
    const closed = await h.moveOk('requester', filed.id, 'confirm', { satisfaction: 5 });
    expect(closed).toMatchObject({ status: 'closed', satisfaction: 5, allowedActions: [] });

    const history = await t.sql<{ action: string; from_status: string | null; to_status: string; actor_name: string }>(
      'SELECT action, from_status, to_status, actor_name FROM maintenance_ticket_status_changes WHERE ticket_id = $1 ORDER BY id',
      [filed.id],
    );
    expect(history.map((row) => `${row.from_status ?? '-'}>${row.to_status}:${row.action}`)).toEqual([
      '->submitted:submit',
      'submitted>assigned:assign',
      'assigned>in_progress:start',
      'in_progress>on_hold:hold',
      'on_hold>in_progress:resume',
      'in_progress>resolved:resolve',
      'resolved>closed:confirm',
    ]);
    expect(new Set(history.map((row) => row.actor_name)).size).toBe(3);
    const audit = await t.sql<{ action: string }>(
      "SELECT action FROM audit_entries WHERE entity_type = 'maintenance_ticket' AND entity_id = $1 ORDER BY occurred_at, id",
      [filed.id],
    );
    expect(audit.map((row) => row.action)).toEqual([
      'create',
      'assign',
      'start',
      'hold',
      'resume',
      'resolve',
      'confirm',
    ]);

    const detail = await t
      .http()
      .get(`/maintenance/tickets/${filed.id}`)
      .set(await h.as('requester'))
      .expect(200);
    expect(detail.body.history).toHaveLength(7);
    expect(detail.body.costTotals).toEqual({ labour: 0, material: 851, vendor: 0, total: 851 });
  });

  it('numbers tickets without gaps or repeats when many are filed at once', async () => {
    const filed = await Promise.all(Array.from({ length: 8 }, () => h.file('requester')));
    const serials = filed.map((ticket) => Number(ticket.number.split('-')[1])).sort((a, b) => a - b);
    expect(new Set(serials).size).toBe(8);
    expect(serials[7] - serials[0]).toBe(7);
    const [counter] = await t.sql<{ last_number: number }>('SELECT last_number FROM maintenance_ticket_counters');
    expect(counter.last_number).toBe(serials[7]);
  });

  describe('every illegal transition is a 409 naming the allowed actions', () => {
    const paths: Record<TicketStatus, [string, Record<string, unknown>?][]> = {
      submitted: [],
      assigned: [['assign', { vendorName: '大同水電行' }]],
      in_progress: [['assign', { vendorName: '大同水電行' }], ['start']],
      on_hold: [['assign', { vendorName: '大同水電行' }], ['start'], ['hold', { holdReason: 'vendor' }]],
      resolved: [['assign', { vendorName: '大同水電行' }], ['start'], ['resolve', { resolutionNote: '已修復' }]],
      closed: [
        ['assign', { vendorName: '大同水電行' }],
        ['start'],
        ['resolve', { resolutionNote: '已修復' }],
        ['confirm'],
      ],
      rejected: [['reject', { reason: '非本處權管設備' }]],
      cancelled: [['cancel', { reason: '已自行處理' }]],
    };

    it.each(Object.keys(paths) as TicketStatus[])('from %s', async (status) => {
      const ticket = await h.file('admin');
      for (const [action, fields] of paths[status]) await h.moveOk('admin', ticket.id, action, fields);
      const illegal = TICKET_ACTIONS.filter((action) => !TRANSITIONS[action].from.includes(status));
      for (const action of illegal) {
        const response = await h.move('admin', ticket.id, action, {
          reason: 'x',
          holdReason: 'other',
          resolutionNote: 'x',
          vendorName: 'x',
        });
        expect({ action, status: response.status, code: response.body.code }).toEqual({
          action,
          status: 409,
          code: 'maintenance_ticket.illegal_transition',
        });
        expect(response.body.details.allowedActions).toEqual(
          TICKET_ACTIONS.filter(
            (candidate) => TRANSITIONS[candidate].from.includes(status) && candidate !== 'auto_close',
          ),
        );
      }
      const [row] = await t.sql<{ status: string }>('SELECT status FROM maintenance_tickets WHERE id = $1', [
        ticket.id,
      ]);
      expect(row.status).toBe(status);
    });
  });

  it('requires reasons, keeps roles to their part and refuses a user the action is not theirs', async () => {
    const ticket = await h.file('requester');
    expect((await h.move('coordinator', ticket.id, 'reject')).body.code).toBe('maintenance_ticket.input_required');
    expect((await h.move('requester', ticket.id, 'assign', { vendorName: '自己' })).status).toBe(403);
    expect(
      (await h.move('coordinator', ticket.id, 'assign', { assigneeUserId: await h.userId('dispatcher') })).body.code,
    ).toBe('maintenance_ticket.not_assignable');
    await h.moveOk('requester', ticket.id, 'cancel', { reason: '已自行修復' });
    const [history] = await t.sql<{ reason: string }>(
      "SELECT reason FROM maintenance_ticket_status_changes WHERE ticket_id = $1 AND action = 'cancel'",
      [ticket.id],
    );
    expect(history.reason).toBe('已自行修復');
  });

  it('lets exactly one of two technicians win a simultaneous update', async () => {
    await h.officeUser('technician2', ['technician']);
    await h.giveTrades('technician2');
    const ticket = await h.file('requester');
    await h.moveOk('coordinator', ticket.id, 'assign', { assigneeUserId: await h.userId('technician') });
    const [first, second] = await Promise.all([
      h.move('technician', ticket.id, 'start'),
      h.move('technician2', ticket.id, 'start'),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    expect([first, second].find((response) => response.status === 409)!.body.code).toBe(
      'maintenance_ticket.stale_version',
    );
    const starts = await t.sql(
      "SELECT id FROM maintenance_ticket_status_changes WHERE ticket_id = $1 AND action = 'start'",
      [ticket.id],
    );
    expect(starts).toHaveLength(1);
    const [row] = await t.sql<{ version: number }>('SELECT version FROM maintenance_tickets WHERE id = $1', [
      ticket.id,
    ]);
    expect(row.version).toBe(3);
  });

  it('keeps each agency to its own tickets and internal comments to the office', async () => {
    const outsider = await h.otherAgencyUser('AGENCY-B', 'requester-b');
    const ticket = await h.file('requester');
    await t
      .http()
      .post(`/maintenance/tickets/${ticket.id}/comments`)
      .set(await h.as('coordinator'))
      .send({ body: '等候廠商報價', internal: true })
      .expect(201);
    await t
      .http()
      .post(`/maintenance/tickets/${ticket.id}/comments`)
      .set(await h.as('coordinator'))
      .send({ body: '已安排明天維修' })
      .expect(201);

    const other = await h.as(outsider);
    await t.http().get(`/maintenance/tickets/${ticket.id}`).set(other).expect(404);
    await t.http().post(`/maintenance/tickets/${ticket.id}/comments`).set(other).send({ body: '看看' }).expect(404);
    const change = await h.move(outsider, ticket.id, 'cancel', { reason: '惡意撤銷' });
    expect(change.status).toBe(404);
    const list = await t.http().get('/maintenance/tickets').set(other).query({ limit: 200 }).expect(200);
    expect(list.body.items).toEqual([]);
    const own = await h.file(outsider);
    const ownList = await t.http().get('/maintenance/tickets').set(other).expect(200);
    expect(ownList.body.items.map((item: { id: string }) => item.id)).toEqual([own.id]);

    const asRequester = await t
      .http()
      .get(`/maintenance/tickets/${ticket.id}`)
      .set(await h.as('requester'))
      .expect(200);
    expect(asRequester.body.comments.map((comment: { body: string }) => comment.body)).toEqual(['已安排明天維修']);
    await t
      .http()
      .post(`/maintenance/tickets/${ticket.id}/comments`)
      .set(await h.as('requester'))
      .send({ body: 'x', internal: true })
      .expect(403);
    const asCoordinator = await t
      .http()
      .get(`/maintenance/tickets/${ticket.id}`)
      .set(await h.as('coordinator'))
      .expect(200);
    expect(asCoordinator.body.comments).toHaveLength(2);
    const [status] = await t.sql<{ status: string }>('SELECT status FROM maintenance_tickets WHERE id = $1', [
      ticket.id,
    ]);
    expect(status.status).toBe('submitted');
  });

  it('shows technicians their assignments and their trade queue only', async () => {
    await h.officeUser('hvac-tech', ['technician']);
    await h.giveTrades('hvac-tech', ['hvac']);
    const water = await h.file('requester');
    const cooling = await h.file('requester', { tradeCode: 'hvac', title: '冷氣不冷' });
    const list = await t
      .http()
      .get('/maintenance/tickets')
      .set(await h.as('hvac-tech'))
      .query({ limit: 200 })
      .expect(200);
    const ids = list.body.items.map((item: { id: string }) => item.id);
    expect(ids).toContain(cooling.id);
    expect(ids).not.toContain(water.id);
    await t
      .http()
      .get(`/maintenance/tickets/${water.id}`)
      .set(await h.as('hvac-tech'))
      .expect(404);
  });

  it('shows the whole ticket to its technician: history in order, costs as numbers, internal comments', async () => {
    const ticket = await h.file('requester');
    await h.moveOk('coordinator', ticket.id, 'assign', { assigneeUserId: await h.userId('technician') });
    const coordinator = await h.as('coordinator');
    await t
      .http()
      .post(`/maintenance/tickets/${ticket.id}/cost-lines`)
      .set(coordinator)
      .send({ kind: 'labour', description: '工時', quantity: 1.5, unitPrice: 0.1 })
      .expect(201);
    await t
      .http()
      .post(`/maintenance/tickets/${ticket.id}/comments`)
      .set(coordinator)
      .send({ body: '等候廠商報價', internal: true })
      .expect(201);
    const detail = await t
      .http()
      .get(`/maintenance/tickets/${ticket.id}`)
      .set(await h.as('technician'))
      .expect(200);
    expect(detail.body.history.map((change: { action: string }) => change.action)).toEqual(['submit', 'assign']);
    expect(detail.body.costLines).toEqual([
      expect.objectContaining({ kind: 'labour', quantity: 1.5, unitPrice: 0.1, amount: 0.15 }),
    ]);
    expect(detail.body.costTotals).toEqual({ labour: 0.15, material: 0, vendor: 0, total: 0.15 });
    expect(
      detail.body.comments.map((comment: { body: string; internal: boolean }) => [comment.body, comment.internal]),
    ).toEqual([['等候廠商報價', true]]);
    expect(detail.body.attachments).toEqual([]);
    expect(detail.body.allowedActions).toEqual(['start']);
  });

  it('filters and pages the list with a keyset cursor', async () => {
    const coordinator = await h.as('coordinator');
    const first = await t
      .http()
      .get('/maintenance/tickets')
      .set(coordinator)
      .query({ limit: 3, tradeCode: 'plumbing_electrical' })
      .expect(200);
    expect(first.body.items).toHaveLength(3);
    const second = await t
      .http()
      .get('/maintenance/tickets')
      .set(coordinator)
      .query({ limit: 3, tradeCode: 'plumbing_electrical', cursor: first.body.nextCursor })
      .expect(200);
    const seen = [...first.body.items, ...second.body.items].map((item: { id: string }) => item.id);
    expect(new Set(seen).size).toBe(6);
    const byText = await t.http().get('/maintenance/tickets').set(coordinator).query({ text: '冷氣' }).expect(200);
    expect(byText.body.items.every((item: { title: string }) => item.title.includes('冷氣'))).toBe(true);
    expect(byText.body.items.length).toBeGreaterThan(0);
    const closed = await t.http().get('/maintenance/tickets').set(coordinator).query({ status: 'closed' }).expect(200);
    expect(closed.body.items.every((item: { status: string }) => item.status === 'closed')).toBe(true);
  });

  it('lists each ticket with the same fields and values as its own page', async () => {
    const coordinator = await h.as('coordinator');
    const listed = (await t.http().get('/maintenance/tickets').set(coordinator).query({ limit: 5 }).expect(200)).body
      .items as Record<string, unknown>[];
    expect(listed.length).toBeGreaterThan(0);
    for (const item of listed) {
      const page = (
        await t
          .http()
          .get(`/maintenance/tickets/${String(item.id)}`)
          .set(coordinator)
          .expect(200)
      ).body as Record<string, unknown>;
      const sameFields = Object.fromEntries(Object.keys(item).map((key) => [key, page[key]]));
      expect(withoutClockReadings(item)).toEqual(withoutClockReadings(sameFields));
      // The page was read after the list: a running clock can only have moved on.
      for (const part of ['response', 'resolution'] as const)
        expect(slaOf(page)[part].usedMinutes).toBeGreaterThanOrEqual(slaOf(item)[part].usedMinutes);
    }
  });
});

type ClockReading = { usedMinutes: number; minutesLeft: number; fractionUsed: number };
type SlaReadings = { response: ClockReading; resolution: ClockReading };
const CLOCK_READINGS = ['usedMinutes', 'minutesLeft', 'fractionUsed'];

function slaOf(view: Record<string, unknown>): SlaReadings {
  return view.sla as SlaReadings;
}

/** The view without what a running SLA clock changes from one millisecond to the next (in office hours). */
function withoutClockReadings(view: Record<string, unknown>): Record<string, unknown> {
  const strip = (reading: ClockReading) =>
    Object.fromEntries(Object.entries(reading).filter(([key]) => !CLOCK_READINGS.includes(key)));
  const sla = slaOf(view);
  return { ...view, sla: { ...sla, response: strip(sla.response), resolution: strip(sla.resolution) } };
}

import ExcelJS from 'exceljs';
import { formatRocDate, taipeiDate } from '../../src/common/time';
import { FleetFiguresService } from '../../src/fleet/figures/fleet-figures.service';
import { JobsService } from '../../src/jobs/jobs.service';
import { startTestApp, TestApp } from '../support/test-app';
import { BASE, bookingInput, createDriver, createVehicle, dispatcher, requestBooking, userId } from './fleet-fixtures';

const DAY = 24 * 3_600_000;
const inDays = (days: number) => taipeiDate(new Date(Date.now() + days * DAY));
const rocInDays = (days: number) => formatRocDate(new Date(Date.now() + days * DAY));

describe('fleet warnings, calendars, figures and exports', () => {
  let t: TestApp;
  let driverId: string;
  beforeAll(async () => {
    t = await startTestApp();
    driverId = await createDriver(t, 'driver', inDays(20));
  }, 60_000);
  afterAll(() => t.close());

  it('warns the dispatcher once per due item, however often the job runs', async () => {
    const due = await createVehicle(t, {
      insuranceExpiresOn: inDays(10),
      inspectionDueOn: inDays(25),
      serviceIntervalKm: 5000,
      lastServiceOdometerKm: 5500,
      odometerKm: 10000,
    });
    await createVehicle(t, { insuranceExpiresOn: inDays(60), inspectionDueOn: inDays(60) });
    const jobs = t.app.get(JobsService);
    const first = await jobs.runForPeriod('fleet.due-warnings', new Date(), 'manual');
    expect(first.run?.status).toBe('succeeded');
    expect(first.run?.result).toMatchObject({
      warned: 4,
      byKind: { insurance: 1, inspection: 1, service_distance: 1, licence: 1 },
    });
    const nextDay = await jobs.runForPeriod('fleet.due-warnings', new Date(Date.now() + DAY), 'manual');
    expect(nextDay.run?.result).toMatchObject({ warned: 0 });
    const rows = await t.sql<{ kind: string; subject_id: string }>(
      'SELECT kind, subject_id FROM fleet_warnings ORDER BY kind',
    );
    expect(rows).toEqual([
      { kind: 'inspection', subject_id: due.id },
      { kind: 'insurance', subject_id: due.id },
      { kind: 'licence', subject_id: driverId },
      { kind: 'service_distance', subject_id: due.id },
    ]);
    const list = await (await dispatcher(t))('get', '/fleet/warnings').expect(200);
    expect(list.body.items.map((item: { message: string }) => item.message)).toEqual(
      expect.arrayContaining([
        `車輛 ${due.plate} 保險於 ${rocInDays(10)} 到期`,
        `車輛 ${due.plate} 定期檢驗於 ${rocInDays(25)} 到期`,
        `駕駛 張駕駛 駕照於 ${rocInDays(20)} 到期`,
      ]),
    );
  });

  it('lets a dispatcher acknowledge a reminder once, recording who and when, so it leaves the open list', async () => {
    const asDispatcher = await dispatcher(t);
    const open = await asDispatcher('get', '/fleet/warnings?acknowledged=false').expect(200);
    const [reminder] = open.body.items as { id: string }[];
    const requester = await t.login('requester');
    await t
      .http()
      .post(`/fleet/warnings/${reminder.id}/acknowledge`)
      .set('authorization', `Bearer ${requester}`)
      .expect(403);
    const acknowledged = await asDispatcher('post', `/fleet/warnings/${reminder.id}/acknowledge`).expect(200);
    expect(acknowledged.body).toMatchObject({ acknowledged: true, acknowledgedById: await userId(t, 'dispatcher') });
    expect(acknowledged.body.acknowledgedAt).toEqual(expect.any(String));
    const again = await asDispatcher('post', `/fleet/warnings/${reminder.id}/acknowledge`).expect(409);
    expect(again.body.code).toBe('fleet.warning_acknowledged');
    const stillOpen = await asDispatcher('get', '/fleet/warnings?acknowledged=false').expect(200);
    expect(stillOpen.body.items.map((item: { id: string }) => item.id)).not.toContain(reminder.id);
    const audit = await t.sql<{ action: string }>(
      "SELECT action FROM audit_entries WHERE entity_type = 'fleet_warning' AND entity_id = $1",
      [reminder.id],
    );
    expect(audit).toEqual([{ action: 'acknowledge' }]);
    await expect(
      t.sql(
        'UPDATE fleet_warnings SET acknowledged_at = now() WHERE id = $1 AND acknowledged_by_id IS NULL AND NOT acknowledged',
        [open.body.items[1].id],
      ),
    ).rejects.toThrow(/ck_fleet_warnings_acknowledgement/);
  });

  it('serves iCal feeds per vehicle to the dispatcher and per user to everyone, and counts the figures', async () => {
    const vehicle = await createVehicle(t, { vehicleClass: 'vip_van', seats: 9 });
    const asDispatcher = await dispatcher(t);
    const trip = await requestBooking(
      t,
      'requester',
      bookingInput(2, 3, { destination: '高雄國際機場', wantedClass: 'vip_van' }),
    );
    const cancelled = await requestBooking(t, 'requester', bookingInput(8, 1, { needsDriver: false }));
    const assigned = await asDispatcher('post', `/fleet/bookings/${trip.id}/assign`, {
      vehicleId: vehicle.id,
      driverId,
    }).expect(200);
    const tripId = assigned.body.tripId;
    await asDispatcher('post', `/fleet/trips/${tripId}/check-out`, { odometerKm: 10000, fuelPercent: 80 }).expect(200);
    await asDispatcher('post', `/fleet/trips/${tripId}/check-in`, { odometerKm: 10120, fuelPercent: 50 }).expect(200);
    await t
      .http()
      .post(`/fleet/bookings/${cancelled.id}/cancel`)
      .set('authorization', `Bearer ${await t.login('requester')}`)
      .send({ reason: '改搭高鐵' })
      .expect(200);

    const vehicleFeed = await asDispatcher('get', `/fleet/calendar/vehicles/${vehicle.id}/calendar.ics`).expect(200);
    expect(vehicleFeed.headers['content-type']).toContain('text/calendar');
    expect(vehicleFeed.text).toContain('BEGIN:VCALENDAR');
    expect(vehicleFeed.text).toContain(`UID:${tripId}@fleet.facilities-ops`);
    expect(vehicleFeed.text).toContain('高雄國際機場');
    const requester = await t.login('requester');
    await t
      .http()
      .get(`/fleet/calendar/vehicles/${vehicle.id}/calendar.ics`)
      .set('authorization', `Bearer ${requester}`)
      .expect(403);
    await t.http().get('/fleet/calendar/mine.ics').expect(401);
    const mine = await t.http().get('/fleet/calendar/mine.ics').set('authorization', `Bearer ${requester}`).expect(200);
    expect(mine.text).toContain(`UID:${trip.id}@fleet.facilities-ops`);
    expect(mine.text).toContain('已完成');

    const period = { start: new Date(BASE.getTime() - DAY), end: new Date(BASE.getTime() + DAY) };
    const figures = await t.app.get(FleetFiguresService).figuresFor(period);
    expect(figures).toMatchObject({
      dispatched: { total: 1, online: 1, paper: 0, vip: 1, lent: 0 },
      trips: 1,
      cancelled: 1,
      noShows: 0,
      km: 120,
    });
    expect(figures.vehicles).toEqual([
      expect.objectContaining({ vehicleId: vehicle.id, trips: 1, km: 120, utilisation: 0.0625 }),
    ]);
    const viaHttp = await t
      .http()
      .get(`/fleet/figures?from=${taipeiDate(period.start)}&to=${taipeiDate(period.end)}`)
      .set('authorization', `Bearer ${await t.login('reports')}`)
      .expect(200);
    expect(viaHttp.body.dispatched.vip).toBe(1);

    const xlsx = await asDispatcher('get', '/fleet/bookings/export?format=xlsx')
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('派車紀錄')!;
    expect(sheet.getRow(1).getCell(11).value).toBe('狀態');
    const states = sheet.getColumn(11).values.slice(2);
    expect(states).toEqual(expect.arrayContaining(['已完成', '已取消']));
  });

  it('counts dispatch in trips: two bookings pooled on one trip are one 車次 and two bookings', async () => {
    const van = await createVehicle(t, { vehicleClass: 'vip_van', seats: 9 });
    const asDispatcher = await dispatcher(t);
    const first = await requestBooking(t, 'requester', bookingInput(30, 2, { passengers: 4, wantedClass: 'vip_van' }));
    const second = await requestBooking(t, 'requester', bookingInput(30, 2, { passengers: 3 }));
    const assigned = await asDispatcher('post', `/fleet/bookings/${first.id}/assign`, {
      vehicleId: van.id,
      driverId,
    }).expect(200);
    await asDispatcher('post', `/fleet/bookings/${second.id}/pool`, { tripId: assigned.body.tripId }).expect(200);

    const day = taipeiDate(new Date(bookingInput(30, 2).startsAt));
    const response = await t
      .http()
      .get(`/figures?from=${day}&to=${day}`)
      .set('authorization', `Bearer ${await t.login('reports')}`)
      .expect(200);
    const fleet = response.body.sections.find((section: { key: string }) => section.key === 'fleet');
    const byKey = Object.fromEntries(
      fleet.figures.map((figure: { key: string; value: number; sentence: string }) => [figure.key, figure]),
    );
    expect(byKey['fleet.trips']).toMatchObject({ value: 1, sentence: '本期於線上申請派遣公務車（含禮賓車）計1車次' });
    expect(byKey['fleet.trips.vip'].value).toBe(1);
    expect(byKey['fleet.bookings'].value).toBe(2);
    expect(byKey['fleet.bookings.vip'].value).toBe(2);
  });
});

import { statementsDuring } from '../support/sent-statements';
import { startTestApp, TestApp } from '../support/test-app';
import { bookingInput, createVehicle, dispatcher, requestBooking } from './fleet-fixtures';

describe('assigning a booking on its hot path', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, 60_000);
  afterAll(() => t.close());

  it('reads the booking twice (the pre-check, the lock), not again to audit it or to answer', async () => {
    const vehicle = await createVehicle(t, { seats: 5 });
    const booking = await requestBooking(t, 'requester', bookingInput(1, 2, { needsDriver: false }));
    const asDispatcher = await dispatcher(t);
    let answer: Record<string, unknown> = {};
    const statements = await statementsDuring(async () => {
      const response = await asDispatcher('post', `/fleet/bookings/${booking.id}/assign`, {
        vehicleId: vehicle.id,
        version: booking.version,
      }).expect(200);
      answer = response.body;
    });

    expect(statements.filter((text) => /FROM "fleet_bookings"/.test(text))).toHaveLength(2);
    expect(answer).toMatchObject({ state: 'approved', version: booking.version + 1, trip: { vehicleId: vehicle.id } });
    const [row] = await t.sql<{ version: number; updated_at: Date }>(
      'SELECT version, updated_at FROM fleet_bookings WHERE id = $1',
      [booking.id],
    );
    expect(answer.version).toBe(row.version);
    expect(answer.updatedAt).toBe(row.updated_at.toISOString());
    const [audit] = await t.sql<{ before: { state: string }; after: { state: string; tripId: string } }>(
      "SELECT before, after FROM audit_entries WHERE entity_id = $1 AND action = 'assign'",
      [booking.id],
    );
    expect(audit.before.state).toBe('requested');
    expect(audit.after).toMatchObject({ state: 'approved', tripId: (answer.trip as { id: string }).id });
  });
});

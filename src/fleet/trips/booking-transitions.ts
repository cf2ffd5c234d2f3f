import { EntityManager, In } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../identity/actor';
import { Booking } from '../bookings/booking.entity';
import { BookingState } from '../fleet.constants';

/** Moves every booking of a trip that is in `from` to `to`, with an audit entry each. */
export async function moveTripBookings(
  manager: EntityManager,
  audit: AuditService,
  actor: Actor,
  tripId: string,
  from: BookingState,
  to: BookingState,
): Promise<Booking[]> {
  const bookings = await manager.find(Booking, { where: { tripId, state: from }, lock: { mode: 'pessimistic_write' } });
  if (!bookings.length) return [];
  await manager.update(Booking, { id: In(bookings.map((booking) => booking.id)) }, { state: to });
  for (const booking of bookings) {
    await audit.record(manager, actor, {
      entityType: 'booking',
      entityId: booking.id,
      action: to,
      before: { state: from },
      after: { state: to, tripId },
    });
  }
  return bookings;
}

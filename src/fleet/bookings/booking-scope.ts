import { Brackets, Repository, SelectQueryBuilder } from 'typeorm';
import { Actor, agencyScopeOf } from '../../identity/actor';
import { Role } from '../../identity/role';
import { Booking } from './booking.entity';
import { BookingFilter } from './dto/booking-query.dto';

/** Dispatchers and report viewers see every agency's bookings. */
export const ROLES_SEEING_ALL_BOOKINGS: readonly Role[] = ['dispatcher', 'report_viewer'];

/**
 * The bookings the actor may see, narrowed by the list filters, with their trip: all of them for
 * dispatchers and report viewers; their own agency's for everyone else, and for a driver also the
 * bookings riding on the trips they drive (the same trips the trip routes show them), whatever
 * the agency, and no other agency's.
 */
export function scopedBookings(
  repository: Repository<Booking>,
  actor: Actor,
  filter: BookingFilter,
): SelectQueryBuilder<Booking> {
  const builder = repository.createQueryBuilder('booking').leftJoinAndSelect('booking.trip', 'trip');
  const scope = agencyScopeOf(actor, ROLES_SEEING_ALL_BOOKINGS);
  if (scope && actor.roles.includes('driver')) {
    builder.andWhere(
      new Brackets((visible) =>
        visible
          .where('booking.agency_id = :scope', { scope })
          .orWhere('trip.driver_id IN (SELECT driver.id FROM fleet_drivers driver WHERE driver.user_id = :userId)', {
            userId: actor.userId,
          }),
      ),
    );
  } else if (scope) builder.andWhere('booking.agency_id = :scope', { scope });
  if (filter.agencyId) builder.andWhere('booking.agency_id = :agencyId', { agencyId: filter.agencyId });
  if (filter.state) builder.andWhere('booking.state = :state', { state: filter.state });
  if (filter.channel) builder.andWhere('booking.channel = :channel', { channel: filter.channel });
  if (filter.vehicleId) builder.andWhere('trip.vehicle_id = :vehicleId', { vehicleId: filter.vehicleId });
  if (filter.requesterId) builder.andWhere('booking.requester_id = :requesterId', { requesterId: filter.requesterId });
  if (filter.loan !== undefined) builder.andWhere('booking.loan = :loan', { loan: filter.loan });
  if (filter.imported !== undefined)
    builder.andWhere(`booking.imported_at IS ${filter.imported ? 'NOT NULL' : 'NULL'}`);
  if (filter.from) builder.andWhere('booking.starts_at >= :from', { from: filter.from });
  if (filter.to) builder.andWhere('booking.starts_at < :to', { to: filter.to });
  return builder;
}

/** Keyset order of every booking list: newest start first. */
export const BOOKING_ORDER = {
  sortColumn: 'booking.starts_at',
  sortKey: 'startsAt',
  idColumn: 'booking.id',
  direction: 'DESC',
} as const;

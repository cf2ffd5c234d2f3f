import { Repository, SelectQueryBuilder } from 'typeorm';
import { Actor, agencyScopeOf } from '../../identity/actor';
import { Role } from '../../identity/role';
import { Booking } from './booking.entity';
import { BookingFilter } from './dto/booking-query.dto';

/** Dispatchers, drivers and report viewers see every agency's bookings; everyone else their own agency's. */
export const ROLES_SEEING_ALL_BOOKINGS: readonly Role[] = ['dispatcher', 'driver', 'report_viewer'];

/** The bookings the actor may see, narrowed by the list filters, with their trip. */
export function scopedBookings(
  repository: Repository<Booking>,
  actor: Actor,
  filter: BookingFilter,
): SelectQueryBuilder<Booking> {
  const builder = repository.createQueryBuilder('booking').leftJoinAndSelect('booking.trip', 'trip');
  const scope = agencyScopeOf(actor, ROLES_SEEING_ALL_BOOKINGS);
  const agencyId = scope ?? filter.agencyId;
  if (agencyId) builder.andWhere('booking.agency_id = :agencyId', { agencyId });
  if (filter.state) builder.andWhere('booking.state = :state', { state: filter.state });
  if (filter.channel) builder.andWhere('booking.channel = :channel', { channel: filter.channel });
  if (filter.vehicleId) builder.andWhere('trip.vehicle_id = :vehicleId', { vehicleId: filter.vehicleId });
  if (filter.requesterId) builder.andWhere('booking.requester_id = :requesterId', { requesterId: filter.requesterId });
  if (filter.loan !== undefined) builder.andWhere('booking.loan = :loan', { loan: filter.loan });
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

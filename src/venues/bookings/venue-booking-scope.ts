import { Repository, SelectQueryBuilder } from 'typeorm';
import { Actor, agencyScopeOf, hasAnyRole } from '../../identity/actor';
import { Role } from '../../identity/role';
import { VenueBookingFilter } from './dto/venue-booking-query.dto';
import { VenueBooking } from './venue-booking.entity';

/** The venue staff and report viewers see every agency's bookings; everyone else their own agency's. */
export const ROLES_SEEING_ALL_VENUE_BOOKINGS: readonly Role[] = ['venue_manager', 'report_viewer'];

/** The venue staff: they book for any agency (approved at once), approve, check in. */
export const VENUE_STAFF_ROLES: readonly Role[] = ['venue_manager', 'admin'];

export function isVenueStaff(actor: Actor): boolean {
  return hasAnyRole(actor, VENUE_STAFF_ROLES);
}

/** The agency whose bookings the actor sees, or null for all. */
export function venueScopeOf(actor: Actor): string | null {
  return agencyScopeOf(actor, ROLES_SEEING_ALL_VENUE_BOOKINGS);
}

/** The bookings the actor may see, narrowed by the list filters, with their space. */
export function scopedVenueBookings(
  repository: Repository<VenueBooking>,
  actor: Actor,
  filter: Partial<VenueBookingFilter>,
): SelectQueryBuilder<VenueBooking> {
  const builder = repository.createQueryBuilder('booking').innerJoinAndSelect('booking.space', 'space');
  const agencyId = venueScopeOf(actor) ?? filter.agencyId;
  if (agencyId) builder.andWhere('booking.agency_id = :agencyId', { agencyId });
  // Bookings brought in from earlier years' records stand in the importer's name but are not their requests.
  if (filter.mine) builder.andWhere('booking.requester_id = :me AND booking.imported_at IS NULL', { me: actor.userId });
  if (filter.status) builder.andWhere('booking.status = :status', { status: filter.status });
  if (filter.spaceId) builder.andWhere('booking.space_id = :spaceId', { spaceId: filter.spaceId });
  if (filter.siteId) builder.andWhere('space.site_id = :siteId', { siteId: filter.siteId });
  if (filter.seriesId) builder.andWhere('booking.series_id = :seriesId', { seriesId: filter.seriesId });
  if (filter.from) builder.andWhere('booking.starts_at >= :from', { from: filter.from });
  if (filter.to) builder.andWhere('booking.starts_at < :to', { to: filter.to });
  return builder;
}

/** Keyset order of every venue booking list: soonest first, as the queue and "my bookings" read. */
export const VENUE_BOOKING_ORDER = {
  sortColumn: 'booking.starts_at',
  sortKey: 'startsAt',
  idColumn: 'booking.id',
  direction: 'ASC',
} as const;

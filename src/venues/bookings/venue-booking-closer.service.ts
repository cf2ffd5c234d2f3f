import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { updateAudited } from '../../audit/audited-changes';
import { StaleVersionError } from '../../common/errors/domain-error';
import { Actor } from '../../identity/actor';
import { BookingStatus } from '../venue.constants';
import { VenueBookingStateError } from '../venues.errors';
import { VenueBooking } from './venue-booking.entity';
import { VenueOccupancyService } from './venue-occupancy.service';

export interface Transition {
  from: readonly BookingStatus[];
  to: BookingStatus;
  action: string;
  reason?: string | null;
  version?: number;
  /** Other columns the transition sets (who decided, when checked in). */
  set?: Partial<VenueBooking>;
}

/**
 * Moves a booking from one status to another on the locked row, writes the audit entry, and
 * frees its space when the new status no longer holds it — all with the caller's transaction.
 */
@Injectable()
export class VenueBookingCloserService {
  constructor(
    private readonly occupancy: VenueOccupancyService,
    private readonly audit: AuditService,
  ) {}

  async transition(manager: EntityManager, actor: Actor, id: string, change: Transition): Promise<VenueBooking> {
    const booking = await updateAudited(
      manager,
      this.audit,
      actor,
      VenueBooking,
      'venue_booking',
      id,
      (row) => {
        if (change.version !== undefined && change.version !== row.version)
          throw new StaleVersionError('venue_booking', id, change.version, row.version);
        if (!change.from.includes(row.status)) throw new VenueBookingStateError(id, row.status, change.action);
        Object.assign(row, { ...change.set, status: change.to, reason: change.reason ?? row.reason });
      },
      change.action,
    );
    if (['rejected', 'cancelled', 'no_show'].includes(change.to)) await this.occupancy.release(manager, id);
    return booking;
  }
}

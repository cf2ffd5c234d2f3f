import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import { updateAudited } from '../../audit/audited-changes';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { BookingState } from '../fleet.constants';
import { BookingStateError } from '../fleet.errors';
import { TripPlannerService } from '../trips/trip-planner.service';
import { Booking } from './booking.entity';

/** Ends a booking before its trip (cancelled, rejected, no-show) and frees its place on the trip, in one transaction. */
@Injectable()
export class BookingCloserService {
  constructor(
    private readonly planner: TripPlannerService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  close(
    actor: Actor,
    id: string,
    from: BookingState[],
    to: BookingState,
    reason: string | null,
    action: string = to,
  ): Promise<Booking> {
    return this.transactions.run(async (manager) => {
      const booking = await updateAudited(
        manager,
        this.audit,
        actor,
        Booking,
        'booking',
        id,
        (row) => {
          if (!from.includes(row.state)) throw new BookingStateError(id, row.state, to.replace('_', '-'));
          Object.assign(row, { state: to, reason });
        },
        action,
      );
      if (booking.tripId) await this.planner.leave(manager, actor, booking.tripId, id);
      return booking;
    });
  }
}

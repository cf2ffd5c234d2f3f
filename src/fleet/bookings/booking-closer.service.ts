import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import { updateAudited } from '../../audit/audited-changes';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { NotificationsService } from '../../notifications/notifications.service';
import { BookingState } from '../fleet.constants';
import { BookingStateError } from '../fleet.errors';
import { TripPlannerService } from '../trips/trip-planner.service';
import { BookingNoticeKind, bookingNotice } from './booking-notices';
import { Booking } from './booking.entity';

/** The closings the requester is told about when someone else made them. */
const NOTICE_OF: Partial<Record<BookingState, BookingNoticeKind>> = {
  rejected: 'booking_rejected',
  cancelled: 'booking_cancelled',
};

/** Ends a booking before its trip (cancelled, rejected, no-show) and frees its place on the trip, in one transaction. */
@Injectable()
export class BookingCloserService {
  constructor(
    private readonly planner: TripPlannerService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
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
      const notice = NOTICE_OF[to];
      if (notice) await this.notifications.notifyIn(manager, actor, bookingNotice(booking, notice));
      return booking;
    });
  }
}

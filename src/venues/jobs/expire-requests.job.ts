import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '../../database/transaction-runner';
import { systemActor } from '../../identity/actor';
import { ScheduledJob } from '../../jobs/scheduled-job';
import { VenueBookingCloserService } from '../bookings/venue-booking-closer.service';

export const EXPIRED_REASON = '活動開始前未經審核，申請逾期';

/**
 * Every hour, closes the requests whose event has begun without a decision, so the queue holds
 * only what can still be decided and the figures count them as rejected. Re-running it is harmless.
 */
@Injectable()
export class ExpireVenueRequestsJob implements ScheduledJob {
  readonly name = 'venues.expire-requests';
  readonly cron = '0 5 * * * *';
  readonly period = 'hour' as const;
  readonly description = '場地申請逾期未審核者自動退件';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly closer: VenueBookingCloserService,
    private readonly transactions: TransactionRunner,
  ) {}

  async run(at: Date): Promise<Record<string, unknown>> {
    const expired: { id: string; agency_id: string }[] = await this.dataSource.query(
      `SELECT id, agency_id FROM venue_bookings WHERE status = 'requested' AND starts_at <= $1 ORDER BY starts_at, id`,
      [at],
    );
    for (const booking of expired) {
      await this.transactions.run((manager) =>
        this.closer.transition(manager, systemActor(booking.agency_id, this.name), booking.id, {
          from: ['requested'],
          to: 'rejected',
          action: 'expire',
          reason: EXPIRED_REASON,
        }),
      );
    }
    return { expired: expired.length };
  }
}

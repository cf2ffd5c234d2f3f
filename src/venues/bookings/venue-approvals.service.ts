import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AgenciesService } from '../../agencies/agencies.service';
import { NotFoundError } from '../../common/errors/domain-error';
import { keysetPage, Page } from '../../common/pagination/keyset';
import { AppConfig } from '../../config/app-config.schema';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { agencyNamesOf } from '../agency-names';
import { VenueVersionDto } from '../venue-version.dto';
import { VenueAttendanceTimingError } from '../venues.errors';
import { occupiedWindow } from './booking-rules';
import { occupiedSql, sharesSpaceSql } from './booking-sql';
import { ApprovalQueueQuery } from './dto/venue-booking-query.dto';
import { VenueReasonDto } from './dto/venue-booking.dto';
import { VenueBookingCloserService } from './venue-booking-closer.service';
import { scopedVenueBookings, VENUE_BOOKING_ORDER } from './venue-booking-scope';
import { VenueBooking } from './venue-booking.entity';
import { VenueOccupancyService } from './venue-occupancy.service';

const MINUTE = 60_000;

export type QueuedRequest = VenueBooking & {
  agencyName: string;
  competingRequestIds: string[];
  blockingBookingIds: string[];
};

/** The reason written on a request rejected because another one for the same time was approved. */
export function overlapReason(approvedId: string): string {
  return `同一時段已核准其他申請（${approvedId}）`;
}

/** Pending requests whose footprint and window overlap booking $1's. */
const COMPETING_SQL = `
  SELECT other.id FROM venue_bookings approved
    JOIN venue_bookings other ON other.status = 'requested' AND other.id <> approved.id
     AND ${occupiedSql('other')} && ${occupiedSql('approved')}
     AND ${sharesSpaceSql('approved.space_id', 'other.space_id')}
   WHERE approved.id = $1`;

/**
 * The venue staff's side: the approval queue, approving (which rejects the overlapping pending
 * requests in the same transaction), rejecting, check-in and no-show.
 */
@Injectable()
export class VenueApprovalsService {
  constructor(
    @InjectRepository(VenueBooking) private readonly bookings: Repository<VenueBooking>,
    private readonly occupancy: VenueOccupancyService,
    private readonly closer: VenueBookingCloserService,
    private readonly transactions: TransactionRunner,
    private readonly config: AppConfig,
    private readonly agencies: AgenciesService,
  ) {}

  /** Pending requests, soonest first, each with its agency's name, the requests it competes with and what already blocks it. */
  async queue(actor: Actor, query: ApprovalQueueQuery): Promise<Page<QueuedRequest>> {
    const page = await keysetPage(
      scopedVenueBookings(this.bookings, actor, { ...query, status: 'requested' }),
      VENUE_BOOKING_ORDER,
      query,
    );
    const ids = page.items.map((booking) => booking.id);
    const rows: { id: string; competing: string[] | null; blocking: string[] | null }[] = ids.length
      ? await this.bookings.query(
          `SELECT b.id,
                  (SELECT array_agg(other.id ORDER BY other.starts_at) FROM venue_bookings other
                    WHERE other.status = 'requested' AND other.id <> b.id AND ${occupiedSql('other')} && ${occupiedSql('b')}
                      AND ${sharesSpaceSql('b.space_id', 'other.space_id')}) AS competing,
                  (SELECT array_agg(DISTINCT o.booking_id) FROM venue_space_links l
                     JOIN venue_occupancies o ON o.space_id = l.descendant_id AND o.occupied && ${occupiedSql('b')}
                    WHERE l.ancestor_id = b.space_id) AS blocking
             FROM venue_bookings b WHERE b.id = ANY($1::uuid[])`,
          [ids],
        )
      : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const agencyNames = await agencyNamesOf(
      this.agencies,
      page.items.map((booking) => booking.agencyId),
    );
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((booking) => ({
        ...booking,
        agencyName: agencyNames.get(booking.agencyId) ?? '',
        competingRequestIds: byId.get(booking.id)?.competing ?? [],
        blockingBookingIds: byId.get(booking.id)?.blocking ?? [],
      })),
    };
  }

  /**
   * Approves a request: it takes the space (PostgreSQL refuses it if another booking holds it)
   * and every pending request overlapping it is rejected with a reason, in one transaction.
   */
  async approve(
    actor: Actor,
    id: string,
    input: VenueVersionDto,
  ): Promise<{ booking: VenueBooking; rejectedBookingIds: string[] }> {
    const booking = await this.find(id);
    const attempt = { ...booking, excludeBookingId: id };
    const rejectedBookingIds = await this.occupancy.mapClash(attempt, () =>
      this.transactions.run(async (manager) => {
        const approved = await this.closer.transition(manager, actor, id, {
          from: ['requested'],
          to: 'approved',
          action: 'approve',
          version: input.version,
          set: { decidedById: actor.userId, decidedAt: new Date() },
        });
        await this.occupancy.hold(manager, approved);
        return this.rejectCompeting(manager, actor, id);
      }),
    );
    return { booking: await this.find(id), rejectedBookingIds };
  }

  async reject(actor: Actor, id: string, input: VenueReasonDto): Promise<VenueBooking> {
    await this.find(id);
    await this.transactions.run((manager) =>
      this.closer.transition(manager, actor, id, {
        from: ['requested', 'approved'],
        to: 'rejected',
        action: 'reject',
        reason: input.reason.trim(),
        set: { decidedById: actor.userId, decidedAt: new Date() },
      }),
    );
    return this.find(id);
  }

  /** The booker arrived: possible from shortly before the setup until the event ends. */
  async checkIn(actor: Actor, id: string, now = new Date()): Promise<VenueBooking> {
    const booking = await this.find(id);
    const opensAt = new Date(occupiedWindow(booking).from.getTime() - this.config.venues.checkInEarlyMinutes * MINUTE);
    if (now < opensAt || now >= booking.endsAt)
      throw new VenueAttendanceTimingError('check_in', opensAt, booking.endsAt);
    await this.transactions.run((manager) =>
      this.closer.transition(manager, actor, id, {
        from: ['approved'],
        to: 'checked_in',
        action: 'check_in',
        set: { checkedInAt: now },
      }),
    );
    return this.find(id);
  }

  /** The booker did not come: recorded once the event has begun; the rest of the window is freed. */
  async noShow(actor: Actor, id: string, now = new Date()): Promise<VenueBooking> {
    const booking = await this.find(id);
    if (now < booking.startsAt) throw new VenueAttendanceTimingError('no_show', booking.startsAt, null);
    await this.transactions.run((manager) =>
      this.closer.transition(manager, actor, id, { from: ['approved'], to: 'no_show', action: 'no_show' }),
    );
    return this.find(id);
  }

  private async rejectCompeting(manager: EntityManager, actor: Actor, approvedId: string): Promise<string[]> {
    const competing: { id: string }[] = await manager.query(`${COMPETING_SQL} ORDER BY other.id`, [approvedId]);
    for (const { id } of competing) {
      await this.closer.transition(manager, actor, id, {
        from: ['requested'],
        to: 'rejected',
        action: 'reject_overlap',
        reason: overlapReason(approvedId),
        set: { decidedById: actor.userId, decidedAt: new Date() },
      });
    }
    return competing.map((row) => row.id);
  }

  private async find(id: string): Promise<VenueBooking> {
    const booking = await this.bookings.findOne({ where: { id }, relations: { space: true } });
    if (!booking) throw new NotFoundError('venue_booking', id);
    return booking;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { createAudited, updateAudited } from '../../audit/audited-changes';
import { ForbiddenError, NotFoundError, StaleVersionError } from '../../common/errors/domain-error';
import { keysetPage, Page } from '../../common/pagination/keyset';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { VenueSpace } from '../spaces/venue-space.entity';
import { VenueSpacesService } from '../spaces/venue-spaces.service';
import { HOLDING_STATUSES, OPEN_STATUSES } from '../venue.constants';
import { VENUE_RULE_CODES, VenueBookingStateError, VenueRulesError } from '../venues.errors';
import { BookingShape } from './booking-rules';
import { VenueBookingFilter } from './dto/venue-booking-query.dto';
import {
  CreateVenueBookingDto,
  UpdateVenueBookingDto,
  VenueBookingFields,
  VenueReasonDto,
} from './dto/venue-booking.dto';
import { VenueBookingCloserService } from './venue-booking-closer.service';
import { isVenueStaff, scopedVenueBookings, VENUE_BOOKING_ORDER } from './venue-booking-scope';
import { VenueBooking } from './venue-booking.entity';
import { VenueOccupancyService } from './venue-occupancy.service';
import { shapeOf, VenueRulesService } from './venue-rules.service';

const WINDOW_FIELDS = new Set(['startsAt', 'endsAt', 'setupMinutes', 'cleanupMinutes']);

/** Who owns a new booking, and whether it is approved at once. */
export interface BookingOwner {
  agencyId: string;
  requesterId: string;
  seriesId?: string | null;
}

/**
 * Booking a space, following and changing one's bookings, cancelling them. A booking of a space
 * without approval (or made by the venue staff) holds the space at once; otherwise it waits as a
 * request. Overlaps are refused by PostgreSQL and reported as a 409 naming the bookings in the way.
 */
@Injectable()
export class VenueBookingsService {
  constructor(
    @InjectRepository(VenueBooking) private readonly bookings: Repository<VenueBooking>,
    private readonly spaces: VenueSpacesService,
    private readonly rules: VenueRulesService,
    private readonly occupancy: VenueOccupancyService,
    private readonly closer: VenueBookingCloserService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, filter: VenueBookingFilter): Promise<Page<VenueBooking>> {
    return keysetPage(scopedVenueBookings(this.bookings, actor, filter), VENUE_BOOKING_ORDER, filter);
  }

  /** A booking the actor may see; another agency's is reported as not found. */
  async get(actor: Actor, id: string): Promise<VenueBooking> {
    const booking = await scopedVenueBookings(this.bookings, actor, {}).andWhere('booking.id = :id', { id }).getOne();
    if (!booking) throw new NotFoundError('venue_booking', id);
    return booking;
  }

  async create(actor: Actor, input: CreateVenueBookingDto): Promise<VenueBooking> {
    const { spaceId, agencyId, ...fields } = input;
    const owner = { agencyId: this.agencyFor(actor, agencyId), requesterId: actor.userId };
    const space = await this.spaces.require(spaceId);
    const shape = shapeOf(fields);
    this.rules.assert(shape, space);
    const saved = await this.occupancy.mapClash({ spaceId, ...shape }, () =>
      this.transactions.run((manager) => this.insert(manager, actor, space, fields, owner)),
    );
    // The row as inserted with the space it was checked against: what reading it back would give.
    return Object.assign(saved, { space });
  }

  /**
   * Inserts one booking with the caller's transaction: held at once when the space needs no
   * approval or the venue staff book it, else a request (refused now if the space is already held).
   */
  async insert(
    manager: EntityManager,
    actor: Actor,
    space: VenueSpace,
    fields: VenueBookingFields,
    owner: BookingOwner,
  ): Promise<VenueBooking> {
    const shape = shapeOf(fields);
    const approved = !space.needsApproval || isVenueStaff(actor);
    if (!approved) await this.occupancy.assertFree(manager, { spaceId: space.id, ...shape });
    const booking = await createAudited(manager, this.audit, actor, VenueBooking, 'venue_booking', {
      ...fields,
      ...shape,
      ...owner,
      spaceId: space.id,
      status: approved ? 'approved' : 'requested',
      decidedAt: approved ? new Date() : null,
      decidedById: approved ? actor.userId : null,
    });
    if (approved) await this.occupancy.hold(manager, booking);
    return booking;
  }

  /**
   * Changes one booking (one date of a series alone). A new window is judged by the rules and
   * the overlap check again; the booker moving an approved booking of a space that needs
   * approval sends it back to the queue.
   */
  async update(actor: Actor, id: string, input: UpdateVenueBookingDto): Promise<VenueBooking> {
    const { version, ...changes } = input;
    const current = await this.get(actor, id);
    this.assertMayChange(actor, current);
    const space = await this.spaces.require(current.spaceId);
    const next: BookingShape = shapeOf({ ...current, ...changes });
    const windowChanged = (['startsAt', 'endsAt', 'setupMinutes', 'cleanupMinutes'] as const).some(
      (key) => changes[key] !== undefined && new Date(changes[key]!).getTime() !== new Date(current[key]).getTime(),
    );
    const problems = this.rules
      .problems(next, space)
      .filter((problem) => windowChanged || !WINDOW_FIELDS.has(problem.field));
    if (problems.length) throw new VenueRulesError(problems);
    const attempt = { spaceId: space.id, ...next, excludeBookingId: id };
    await this.occupancy.mapClash(attempt, () =>
      this.transactions.run(async (manager) => {
        const updated = await updateAudited(manager, this.audit, actor, VenueBooking, 'venue_booking', id, (row) => {
          if (version !== undefined && version !== row.version)
            throw new StaleVersionError('venue_booking', id, version, row.version);
          if (!OPEN_STATUSES.includes(row.status)) throw new VenueBookingStateError(id, row.status, 'changed');
          const backToQueue = windowChanged && row.status === 'approved' && space.needsApproval && !isVenueStaff(actor);
          Object.assign(row, changes, backToQueue ? { status: 'requested', decidedAt: null, decidedById: null } : {});
        });
        await this.occupancy.release(manager, id);
        if (HOLDING_STATUSES.includes(updated.status)) await this.occupancy.hold(manager, updated);
        else await this.occupancy.assertFree(manager, attempt);
      }),
    );
    return this.get(actor, id);
  }

  /** The booker or the venue staff cancel a request or an approved booking; a reason is required. */
  async cancel(actor: Actor, id: string, input: VenueReasonDto): Promise<VenueBooking> {
    this.assertMayChange(actor, await this.get(actor, id));
    await this.transactions.run((manager) =>
      this.closer.transition(manager, actor, id, {
        from: OPEN_STATUSES,
        to: 'cancelled',
        action: 'cancel',
        reason: input.reason.trim(),
      }),
    );
    return this.get(actor, id);
  }

  /** The agency a booking is for: the venue staff may book for any; others for their own only. */
  agencyFor(actor: Actor, agencyId: string | undefined): string {
    if (!agencyId || agencyId === actor.agencyId) return actor.agencyId;
    if (isVenueStaff(actor)) return agencyId;
    throw new VenueRulesError([
      {
        field: 'agencyId',
        code: VENUE_RULE_CODES.agencyNotYours,
        message: 'only the venue staff book for another agency',
      },
    ]);
  }

  private assertMayChange(actor: Actor, booking: VenueBooking): void {
    if (booking.requesterId !== actor.userId && !isVenueStaff(actor))
      throw new ForbiddenError('only who made the booking or the venue staff may change or cancel it');
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AgenciesService } from '../../agencies/agencies.service';
import { AuditService } from '../../audit/audit.service';
import { createAudited } from '../../audit/audited-changes';
import { NotFoundError } from '../../common/errors/domain-error';
import { keysetPage, Page } from '../../common/pagination/keyset';
import { AppConfig } from '../../config/app-config.schema';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor, hasAnyRole } from '../../identity/actor';
import { UsersService } from '../../users/users.service';
import {
  BookingRequestInvalidError,
  CancelForbiddenError,
  NoVehicleInServiceError,
  PaperRequesterAgencyError,
} from '../fleet.errors';
import { VehiclesService } from '../vehicles/vehicles.service';
import { BookingCloserService } from './booking-closer.service';
import { bookingProblems } from './booking-rules';
import { BOOKING_ORDER, scopedBookings } from './booking-scope';
import { Booking } from './booking.entity';
import { BookingFilter } from './dto/booking-query.dto';
import { CreateBookingDto, CreatePaperBookingDto, ReasonDto } from './dto/booking.dto';

/** Staff's side of dispatch: asking for a car, following the request, cancelling it. */
@Injectable()
export class BookingRequestsService {
  constructor(
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    private readonly vehicles: VehiclesService,
    private readonly users: UsersService,
    private readonly agencies: AgenciesService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly closer: BookingCloserService,
  ) {}

  list(actor: Actor, filter: BookingFilter): Promise<Page<Booking>> {
    return keysetPage(scopedBookings(this.bookings, actor, filter), BOOKING_ORDER, filter);
  }

  /** A booking the actor may see; another agency's is reported as not found. */
  async get(actor: Actor, id: string): Promise<Booking> {
    const booking = await scopedBookings(this.bookings, actor, {}).andWhere('booking.id = :id', { id }).getOne();
    if (!booking) throw new NotFoundError('booking', id);
    return booking;
  }

  /** An online request by the signed-in staff member for their own agency. */
  create(actor: Actor, input: CreateBookingDto): Promise<Booking> {
    return this.insert(actor, input, { requesterId: actor.userId, agencyId: actor.agencyId, channel: 'online' });
  }

  /**
   * A paper request the dispatcher types in for an agency. Paper filers often have no account, so
   * the dispatcher stands as requester unless the form names an account of that agency.
   */
  async createPaper(actor: Actor, input: CreatePaperBookingDto): Promise<Booking> {
    const { agencyId, requesterName, requesterId, ...fields } = input;
    await this.agencies.requireActive(agencyId);
    if (requesterId && (await this.users.getIdentity(requesterId)).agencyId !== agencyId)
      throw new PaperRequesterAgencyError(requesterId, agencyId);
    return this.insert(actor, fields, {
      requesterId: requesterId ?? actor.userId,
      agencyId,
      channel: 'paper',
      paperRequesterName: requesterName.trim(),
    });
  }

  /** Requesters cancel their own bookings; the dispatcher may cancel any. A reason is required. */
  async cancel(actor: Actor, id: string, input: ReasonDto): Promise<Booking> {
    const visible = await this.get(actor, id);
    if (visible.requesterId !== actor.userId && !hasAnyRole(actor, ['dispatcher', 'admin']))
      throw new CancelForbiddenError(id);
    await this.closer.close(actor, id, ['requested', 'approved'], 'cancelled', input.reason.trim(), 'cancel');
    return this.get(actor, id);
  }

  private async insert(
    actor: Actor,
    input: CreateBookingDto,
    owner: Pick<Booking, 'requesterId' | 'agencyId' | 'channel'> & Partial<Pick<Booking, 'paperRequesterName'>>,
  ): Promise<Booking> {
    const largestSeats = await this.vehicles.largestSeats();
    if (largestSeats === null) throw new NoVehicleInServiceError();
    const problems = bookingProblems(input, new Date(), largestSeats, this.config.fleet);
    if (problems.length) throw new BookingRequestInvalidError(problems);
    const saved = await this.transactions.run((manager) =>
      createAudited(manager, this.audit, actor, Booking, 'booking', {
        ...input,
        ...owner,
        stops: input.stops ?? [],
        enteredById: actor.userId,
      }),
    );
    // A new request rides on no trip yet: the row as inserted is the whole answer.
    return Object.assign(saved, { trip: null });
  }
}

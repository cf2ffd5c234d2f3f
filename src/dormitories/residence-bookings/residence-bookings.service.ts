import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { createAudited, updateAudited } from '../../audit/audited-changes';
import { RuleBrokenError } from '../../common/errors/constraint-errors';
import { assertVersion } from '../../common/errors/domain-error';
import { keysetPage, Page } from '../../common/pagination/keyset';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor, agencyScopeOf } from '../../identity/actor';
import { DORMITORIES_CONSTRAINT_ERRORS } from '../dormitories-constraints.errors';
import { BookingInPastError, BookingTransitionError, ResidenceNotLendableError } from '../dormitories.errors';
import { visibleOrNotFound } from '../dormitory-scope';
import { DormitoriesService } from '../registry/dormitories.service';
import { Dormitory } from '../registry/dormitory.entity';
import {
  BookingQuery,
  CancelBookingDto,
  CreateResidenceBookingDto,
  DecideBookingDto,
} from './dto/residence-booking.dto';
import { BookingStatus } from './residence-booking-kinds';
import { ResidenceBooking } from './residence-booking.entity';

const NEXT_STATUSES: Record<BookingStatus, readonly BookingStatus[]> = {
  requested: ['approved', 'rejected', 'cancelled'],
  approved: ['cancelled'],
  rejected: [],
  cancelled: [],
};

/** A requester sees their own agency's bookings; the dormitory manager and report viewer see all. */
function bookingScopeOf(actor: Actor): string | null {
  return agencyScopeOf(actor, ['dormitory_manager', 'report_viewer']);
}

/**
 * Lending the mayor's official residence to agencies, schools and registered organisations for
 * public-interest events. Overlapping requested/approved bookings are refused by the database.
 */
@Injectable()
export class ResidenceBookingsService {
  constructor(
    @InjectRepository(ResidenceBooking) private readonly bookings: Repository<ResidenceBooking>,
    private readonly dormitories: DormitoriesService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, query: BookingQuery): Promise<Page<ResidenceBooking>> {
    const builder = this.bookings.createQueryBuilder('booking');
    const scope = bookingScopeOf(actor);
    if (scope) builder.andWhere('booking.agency_id = :scope', { scope });
    if (query.dormitoryId) builder.andWhere('booking.dormitory_id = :dormitoryId', { dormitoryId: query.dormitoryId });
    if (query.status) builder.andWhere('booking.status = :status', { status: query.status });
    if (query.from) builder.andWhere('booking.starts_at >= :from', { from: query.from });
    if (query.to) builder.andWhere('booking.starts_at < :to', { to: query.to });
    return keysetPage(
      builder,
      { sortColumn: 'booking.starts_at', sortKey: 'startsAt', idColumn: 'booking.id', direction: 'ASC' },
      query,
    );
  }

  async get(actor: Actor, id: string): Promise<ResidenceBooking> {
    return visibleOrNotFound(await this.bookings.findOneBy({ id }), bookingScopeOf(actor), 'residence_booking', id);
  }

  lendableResidences(): Promise<Dormitory[]> {
    return this.dormitories.lendableResidences();
  }

  async create(actor: Actor, input: CreateResidenceBookingDto): Promise<ResidenceBooking> {
    const residence = (await this.dormitories.lendableResidences()).find(
      (dormitory) => dormitory.id === input.dormitoryId,
    );
    if (!residence) throw new ResidenceNotLendableError(input.dormitoryId);
    if (new Date(input.startsAt) <= new Date()) throw new BookingInPastError();
    if (new Date(input.endsAt) <= new Date(input.startsAt)) {
      throw new RuleBrokenError(DORMITORIES_CONSTRAINT_ERRORS.ck_residence_bookings_window);
    }
    return this.transactions.run((manager) =>
      createAudited(manager, this.audit, actor, ResidenceBooking, 'residence_booking', {
        ...input,
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        agencyId: actor.agencyId,
        requestedByUserId: actor.userId,
        status: 'requested',
      }),
    );
  }

  decide(actor: Actor, id: string, input: DecideBookingDto): Promise<ResidenceBooking> {
    return this.transition(actor, id, input.version, input.decision, input.note);
  }

  cancel(actor: Actor, id: string, input: CancelBookingDto): Promise<ResidenceBooking> {
    return this.transition(actor, id, input.version, 'cancelled');
  }

  private async transition(
    actor: Actor,
    id: string,
    version: number,
    to: BookingStatus,
    note?: string,
  ): Promise<ResidenceBooking> {
    await this.get(actor, id);
    return this.transactions.run((manager) =>
      updateAudited(
        manager,
        this.audit,
        actor,
        ResidenceBooking,
        'residence_booking',
        id,
        (booking) => {
          assertVersion('residence_booking', booking.id, booking, version);
          if (!NEXT_STATUSES[booking.status].includes(to)) throw new BookingTransitionError(id, booking.status, to);
          Object.assign(booking, { status: to, decisionNote: note ?? booking.decisionNote });
        },
        to,
      ),
    );
  }
}

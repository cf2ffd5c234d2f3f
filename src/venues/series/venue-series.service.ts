import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { createAudited } from '../../audit/audited-changes';
import { ForbiddenError, NotFoundError } from '../../common/errors/domain-error';
import { TAIPEI_ZONE } from '../../common/time/taipei-zone';
import { AppConfig } from '../../config/app-config.schema';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { DATE_RULES } from '../bookings/booking-rules';
import { VenueBookingFields } from '../bookings/dto/venue-booking.dto';
import { VenueBookingCloserService } from '../bookings/venue-booking-closer.service';
import { isVenueStaff, venueScopeOf } from '../bookings/venue-booking-scope';
import { VenueBooking } from '../bookings/venue-booking.entity';
import { BookingOwner, VenueBookingsService } from '../bookings/venue-bookings.service';
import { isVenueOverlap, VenueOccupancyService } from '../bookings/venue-occupancy.service';
import { shapeOf, VenueRulesService } from '../bookings/venue-rules.service';
import { VenueSpace } from '../spaces/venue-space.entity';
import { VenueSpacesService } from '../spaces/venue-spaces.service';
import { OPEN_STATUSES } from '../venue.constants';
import {
  BrokenRule,
  SeriesDateProblem,
  VENUE_RULE_CODES,
  VenueClashError,
  VenueRulesError,
  VenueSeriesClashError,
} from '../venues.errors';
import { CancelVenueSeriesDto, CreateVenueSeriesDto } from './dto/venue-series.dto';
import { Occurrence, occurrencesOf } from './series-occurrences';
import { VenueBookingSeries } from './venue-booking-series.entity';

export interface SeriesOutcome {
  series: VenueBookingSeries;
  bookings: VenueBooking[];
  skipped: SeriesDateProblem[];
}

function dateProblem(
  occurrence: Occurrence,
  code: SeriesDateProblem['code'],
  bookingIds: string[] = [],
): SeriesDateProblem {
  const { index, date, startsAt, endsAt } = occurrence;
  return { occurrence: index, date, startsAt, endsAt, code, clashingBookingIds: bookingIds };
}

/**
 * Recurring bookings (a weekly meeting): one booking per date, made in one transaction either all
 * or nothing, or skipping the dates that clash or fall on closed days, as the booker chose. Each
 * date is then an ordinary booking, changed or cancelled on its own.
 */
@Injectable()
export class VenueSeriesService {
  constructor(
    @InjectRepository(VenueBookingSeries) private readonly series: Repository<VenueBookingSeries>,
    private readonly spaces: VenueSpacesService,
    private readonly bookings: VenueBookingsService,
    private readonly rules: VenueRulesService,
    private readonly occupancy: VenueOccupancyService,
    private readonly closer: VenueBookingCloserService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async create(actor: Actor, input: CreateVenueSeriesDto): Promise<SeriesOutcome> {
    const { spaceId, agencyId, repeat, onClash, ...fields } = input;
    const owner = { agencyId: this.bookings.agencyFor(actor, agencyId), requesterId: actor.userId };
    const space = await this.spaces.require(spaceId);
    const rule = { frequency: repeat.frequency, interval: repeat.interval ?? 1, untilDate: repeat.until };
    const occurrences = this.occurrences(fields, rule);
    const refused = this.judge(occurrences, fields, space, onClash);
    const bookable = occurrences.filter(
      (occurrence) => !refused.some((problem) => problem.occurrence === occurrence.index),
    );
    const outcome = await this.transactions.run(async (manager) => {
      const series = await createAudited(manager, this.audit, actor, VenueBookingSeries, 'venue_booking_series', {
        ...owner,
        spaceId,
        title: fields.title,
        frequency: rule.frequency,
        interval: rule.interval,
        untilDate: rule.untilDate,
        onClash,
      });
      const made = await this.book(manager, actor, space, fields, { ...owner, seriesId: series.id }, bookable);
      const skipped = [...refused, ...made.clashed].sort((a, b) => a.occurrence - b.occurrence);
      if ((onClash === 'fail' && skipped.length) || !made.bookingIds.length) throw new VenueSeriesClashError(skipped);
      return { series, bookingIds: made.bookingIds, skipped };
    });
    return {
      series: outcome.series,
      skipped: outcome.skipped,
      bookings: await this.bookingsOf({ id: In(outcome.bookingIds) }),
    };
  }

  async get(actor: Actor, id: string): Promise<SeriesOutcome> {
    const series = await this.series.findOneBy({ id });
    const scope = venueScopeOf(actor);
    if (!series || (scope && series.agencyId !== scope)) throw new NotFoundError('venue_booking_series', id);
    return { series, bookings: await this.bookingsOf({ seriesId: id }), skipped: [] };
  }

  /** Cancels the open dates of the series from a date on (today by default), each with the reason. */
  async cancel(actor: Actor, id: string, input: CancelVenueSeriesDto): Promise<{ cancelledBookingIds: string[] }> {
    const { series, bookings } = await this.get(actor, id);
    if (series.requesterId !== actor.userId && !isVenueStaff(actor))
      throw new ForbiddenError('only who made the series or the venue staff may cancel it');
    const from = input.fromDate ? DateTime.fromISO(input.fromDate, { zone: TAIPEI_ZONE }).toJSDate() : new Date();
    const open = bookings.filter((booking) => OPEN_STATUSES.includes(booking.status) && booking.startsAt >= from);
    await this.transactions.run(async (manager) => {
      for (const booking of open)
        await this.closer.transition(manager, actor, booking.id, {
          from: OPEN_STATUSES,
          to: 'cancelled',
          action: 'cancel_series',
          reason: input.reason.trim(),
        });
    });
    return { cancelledBookingIds: open.map((booking) => booking.id) };
  }

  private occurrences(fields: VenueBookingFields, rule: Parameters<typeof occurrencesOf>[1]): Occurrence[] {
    const max = this.config.venues.maxSeriesOccurrences;
    const occurrences = occurrencesOf(fields, rule, TAIPEI_ZONE, max);
    if (occurrences.length > max)
      throw new VenueRulesError([
        {
          field: 'repeat.until',
          code: VENUE_RULE_CODES.seriesTooLong,
          message: `a series may book at most ${max} dates`,
          params: { max },
        },
      ]);
    if (!occurrences.length)
      throw new VenueRulesError([
        { field: 'repeat.until', code: VENUE_RULE_CODES.seriesEmpty, message: 'repeat.until is before the first date' },
      ]);
    return occurrences;
  }

  /**
   * The rules for every date. A rule broken whatever the date (capacity, length, opening hours)
   * refuses the series; a date-bound one (closed day, lead time, horizon) refuses it too when
   * the booker wants every date, and only leaves out that date in skip mode.
   */
  private judge(
    occurrences: Occurrence[],
    fields: VenueBookingFields,
    space: VenueSpace,
    onClash: string,
  ): SeriesDateProblem[] {
    const now = new Date();
    const refused: SeriesDateProblem[] = [];
    const fatal: BrokenRule[] = [];
    for (const occurrence of occurrences) {
      const problems = this.rules.problems(shapeOf({ ...fields, ...occurrence }), space, now);
      const [dated, other] = [
        problems.filter((p) => DATE_RULES.has(p.code)),
        problems.filter((p) => !DATE_RULES.has(p.code)),
      ];
      if (other.length && !fatal.length) fatal.push(...other);
      if (dated.length && onClash === 'fail')
        fatal.push(
          ...dated.map((problem) => ({
            ...problem,
            params: { ...problem.params, date: occurrence.date, occurrence: occurrence.index },
          })),
        );
      else if (dated.length) refused.push(dateProblem(occurrence, dated[0].code));
    }
    if (fatal.length) throw new VenueRulesError(fatal);
    return refused;
  }

  /** Books each date under a savepoint, so that a date PostgreSQL refuses as an overlap is left out alone. */
  private async book(
    manager: EntityManager,
    actor: Actor,
    space: VenueSpace,
    fields: VenueBookingFields,
    owner: BookingOwner,
    occurrences: Occurrence[],
  ): Promise<{ bookingIds: string[]; clashed: SeriesDateProblem[] }> {
    const bookingIds: string[] = [];
    const clashed: SeriesDateProblem[] = [];
    for (const occurrence of occurrences) {
      const dated = { ...fields, startsAt: occurrence.startsAt, endsAt: occurrence.endsAt };
      await manager.query('SAVEPOINT venue_series_date');
      try {
        bookingIds.push((await this.bookings.insert(manager, actor, space, dated, owner)).id);
        await manager.query('RELEASE SAVEPOINT venue_series_date');
      } catch (error) {
        if (!isVenueOverlap(error) && !(error instanceof VenueClashError)) throw error;
        await manager.query('ROLLBACK TO SAVEPOINT venue_series_date');
        const clashes = await this.occupancy.clashesWith(manager, { spaceId: space.id, ...shapeOf(dated) });
        clashed.push(dateProblem(occurrence, 'venue.clash', [...new Set(clashes.map((clash) => clash.bookingId))]));
      }
    }
    return { bookingIds, clashed };
  }

  private bookingsOf(where: { id: ReturnType<typeof In> } | { seriesId: string }): Promise<VenueBooking[]> {
    return this.series.manager.find(VenueBooking, { where, relations: { space: true }, order: { startsAt: 'ASC' } });
  }
}

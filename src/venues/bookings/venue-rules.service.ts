import { Injectable } from '@nestjs/common';
import { BusinessCalendar } from '../../common/time';
import { TAIPEI_ZONE } from '../../common/time/taipei-zone';
import { AppConfig } from '../../config/app-config.schema';
import { VenueSpace } from '../spaces/venue-space.entity';
import { BrokenRule, VENUE_RULE_CODES, VenueRulesError } from '../venues.errors';
import { bookingProblems, BookingShape, RuleContext } from './booking-rules';
import { VenueBookingFields } from './dto/venue-booking.dto';

/** The booking fields with their defaults filled in. */
export function shapeOf(
  input: Pick<VenueBookingFields, 'startsAt' | 'endsAt' | 'attendees'> & Partial<VenueBookingFields>,
): BookingShape {
  return {
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    attendees: input.attendees,
    setupMinutes: input.setupMinutes ?? 0,
    cleanupMinutes: input.cleanupMinutes ?? 0,
    equipment: input.equipment ?? [],
  };
}

/** The booking rules of the validated configuration and the office calendar, judged now. */
@Injectable()
export class VenueRulesService {
  constructor(
    private readonly config: AppConfig,
    private readonly calendar: BusinessCalendar,
  ) {}

  context(now = new Date()): RuleContext {
    return {
      now,
      zone: TAIPEI_ZONE,
      rules: this.config.venues,
      isWorkingDay: (instant) => this.calendar.isWorkingDay(instant),
    };
  }

  /** Every rule the booking breaks at this space; an inactive space breaks one of its own. */
  problems(shape: BookingShape, space: VenueSpace, now?: Date): BrokenRule[] {
    const inactive: BrokenRule[] = space.active
      ? []
      : [{ field: 'spaceId', code: VENUE_RULE_CODES.spaceInactive, message: `space ${space.code} is not in use` }];
    return [...inactive, ...bookingProblems(shape, space, this.context(now))];
  }

  assert(shape: BookingShape, space: VenueSpace): void {
    const problems = this.problems(shape, space);
    if (problems.length) throw new VenueRulesError(problems);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotFoundError } from '../../common/errors/domain-error';
import { taipeiDate } from '../../common/time';
import { AppConfig } from '../../config/app-config.schema';
import { Booking } from './booking.entity';
import { Candidates, DriverCandidate, VehicleCandidate } from './dto/candidates.dto';

const CANDIDATE_LIMIT = 20;

/** Resources free for the booking's window stretched by the buffer; $1 start, $2 end, $3 buffer minutes. */
const FREE_OF = (column: string) => `NOT EXISTS (
  SELECT 1 FROM fleet_occupancies o
   WHERE o.${column} = candidate.id AND o.occupied && tstzrange($1, $2::timestamptz + make_interval(mins => $3), '[)'))`;

const LAST_USE = (column: string) =>
  `(SELECT max(t.ends_at) FROM fleet_trips t WHERE t.${column} = candidate.id AND t.state <> 'released')`;

/**
 * The vehicles and drivers a dispatcher could assign to a request: free for its window, fit to
 * drive until it ends, the smallest vehicle that seats the party first and then the one used
 * least recently, so cars and drivers wear evenly. The VIP van is kept for VIP requests: an
 * ordinary request is offered it only after every other free vehicle.
 */
@Injectable()
export class CandidatesService {
  constructor(
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    private readonly config: AppConfig,
  ) {}

  async forBooking(
    id: string,
    turnaroundMinutes: number = this.config.fleet.defaultTurnaroundMinutes,
  ): Promise<Candidates> {
    const booking = await this.bookings.findOneBy({ id });
    if (!booking) throw new NotFoundError('booking', id);
    const window = [booking.startsAt, booking.endsAt, turnaroundMinutes, taipeiDate(booking.endsAt)];
    const vehicles: VehicleCandidate[] = await this.bookings.query(
      `SELECT candidate.id, candidate.plate, candidate.vehicle_class AS "vehicleClass", candidate.seats, ${LAST_USE('vehicle_id')} AS "lastUsedAt"
         FROM fleet_vehicles candidate
        WHERE candidate.status = 'active' AND candidate.seats >= $5
          AND candidate.insurance_expires_on >= $4::date AND candidate.inspection_due_on >= $4::date
          AND ($6::text IS NULL OR candidate.vehicle_class = $6)
          AND ${FREE_OF('vehicle_id')}
        ORDER BY (candidate.vehicle_class = 'vip_van' AND $6::text IS DISTINCT FROM 'vip_van'), candidate.seats, "lastUsedAt" NULLS FIRST, candidate.plate
        LIMIT ${CANDIDATE_LIMIT}`,
      [...window, booking.passengers, booking.wantedClass],
    );
    const drivers: DriverCandidate[] = booking.needsDriver
      ? await this.bookings.query(
          `SELECT candidate.id, candidate.display_name AS "displayName", to_char(candidate.licence_expires_on, 'YYYY-MM-DD') AS "licenceExpiresOn", ${LAST_USE('driver_id')} AS "lastUsedAt"
             FROM fleet_drivers candidate
            WHERE candidate.active AND candidate.licence_expires_on >= $4::date AND ${FREE_OF('driver_id')}
            ORDER BY "lastUsedAt" NULLS FIRST, candidate.display_name
            LIMIT ${CANDIDATE_LIMIT}`,
          window,
        )
      : [];
    return { bookingId: id, vehicles, drivers };
  }
}

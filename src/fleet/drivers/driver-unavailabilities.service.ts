import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { createAudited } from '../../audit/audited-changes';
import { keysetPage, Page } from '../../common/pagination/keyset';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { UnavailabilityWindowError } from '../fleet.errors';
import { OccupancyService } from '../trips/occupancy.service';
import { DriverUnavailability } from './driver-unavailability.entity';
import { DriversService } from './drivers.service';
import { CreateDriverUnavailabilityDto, DriverUnavailabilityQuery } from './dto/driver-unavailability.dto';

/**
 * A driver's leave, training and other windows off the road. Each one holds the driver in the
 * occupancy table, so the candidates leave the driver out and PostgreSQL's driver exclusion
 * constraint refuses an assignment in the window, whichever of the two commits first.
 */
@Injectable()
export class DriverUnavailabilitiesService {
  constructor(
    @InjectRepository(DriverUnavailability) private readonly unavailabilities: Repository<DriverUnavailability>,
    private readonly drivers: DriversService,
    private readonly occupancies: OccupancyService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(query: DriverUnavailabilityQuery): Promise<Page<DriverUnavailability>> {
    const builder = this.unavailabilities.createQueryBuilder('unavailability');
    if (query.driverId) builder.andWhere('unavailability.driver_id = :driverId', { driverId: query.driverId });
    if (query.from) builder.andWhere('unavailability.ends_at > :from', { from: query.from });
    if (query.to) builder.andWhere('unavailability.starts_at < :to', { to: query.to });
    return keysetPage(
      builder,
      { sortColumn: 'unavailability.starts_at', sortKey: 'startsAt', idColumn: 'unavailability.id', direction: 'ASC' },
      query,
    );
  }

  /** Records the window; refused (409 naming the bookings) if a trip already holds the driver then. */
  async add(actor: Actor, driverId: string, input: CreateDriverUnavailabilityDto): Promise<DriverUnavailability> {
    if (input.endsAt <= input.startsAt) throw new UnavailabilityWindowError();
    await this.drivers.get(driverId);
    const window = { driverId, start: input.startsAt, end: input.endsAt, turnaroundMinutes: 0 };
    return this.occupancies.mapConflicts(window, () =>
      this.transactions.run(async (manager) => {
        await this.occupancies.claim(manager, window);
        const saved = await createAudited(manager, this.audit, actor, DriverUnavailability, 'driver_unavailability', {
          ...input,
          reason: input.reason.trim(),
          driverId,
        });
        await this.occupancies.hold(manager, [{ ...window, driverUnavailabilityId: saved.id }]);
        return saved;
      }),
    );
  }
}

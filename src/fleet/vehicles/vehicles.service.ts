import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AgenciesService } from '../../agencies/agencies.service';
import { AuditService } from '../../audit/audit.service';
import { createAudited, updateAudited } from '../../audit/audited-changes';
import { assertVersion, NotFoundError } from '../../common/errors/domain-error';
import { keysetPage, Page } from '../../common/pagination/keyset';
import { TransactionRunner } from '../../database/transaction-runner';
import { Actor } from '../../identity/actor';
import { ENDS_BEFORE_START } from '../bookings/booking-rules';
import { BookingRequestInvalidError, VehicleNotAssignableError } from '../fleet.errors';
import { OccupancyService } from '../trips/occupancy.service';
import { CreateUnavailabilityDto, CreateVehicleDto, UpdateVehicleDto, VehicleQuery } from './dto/vehicle.dto';
import { readinessProblems } from './vehicle-readiness';
import { VehicleUnavailability } from './vehicle-unavailability.entity';
import { Vehicle } from './vehicle.entity';

/** The vehicle register and its out-of-service windows. */
@Injectable()
export class VehiclesService {
  constructor(
    @InjectRepository(Vehicle) private readonly vehicles: Repository<Vehicle>,
    @InjectRepository(VehicleUnavailability) private readonly unavailabilities: Repository<VehicleUnavailability>,
    private readonly agencies: AgenciesService,
    private readonly occupancies: OccupancyService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(query: VehicleQuery): Promise<Page<Vehicle>> {
    const builder = this.vehicles.createQueryBuilder('vehicle');
    if (query.status) builder.andWhere('vehicle.status = :status', { status: query.status });
    if (query.vehicleClass)
      builder.andWhere('vehicle.vehicle_class = :vehicleClass', { vehicleClass: query.vehicleClass });
    if (query.agencyId) builder.andWhere('vehicle.agency_id = :agencyId', { agencyId: query.agencyId });
    return keysetPage(builder, { idColumn: 'vehicle.plate', idKey: 'plate', direction: 'ASC' }, query);
  }

  async get(id: string): Promise<Vehicle> {
    const vehicle = await this.vehicles.findOneBy({ id });
    if (!vehicle) throw new NotFoundError('vehicle', id);
    return vehicle;
  }

  /**
   * The seats of the largest vehicle still in service; no request may carry more passengers.
   * Null when no vehicle is in service (none registered, or all retired).
   */
  async largestSeats(): Promise<number | null> {
    // Read on every booking request: a fixed text, not one the query builder rebuilds each time.
    const [row] = await this.vehicles.query<Array<{ seats: number | null }>>(
      "SELECT max(seats) AS seats FROM fleet_vehicles WHERE status <> 'retired'",
    );
    return row.seats;
  }

  /** Reads the vehicle inside a use case, locked against status changes, and refuses one that may not drive. */
  async requireAssignable(manager: EntityManager, id: string, tripEnd: Date): Promise<Vehicle> {
    const vehicle = await manager.findOne(Vehicle, { where: { id }, lock: { mode: 'pessimistic_read' } });
    if (!vehicle) throw new NotFoundError('vehicle', id);
    const problems = readinessProblems(vehicle, tripEnd);
    if (problems.length) throw new VehicleNotAssignableError(vehicle.plate, problems);
    return vehicle;
  }

  async create(actor: Actor, input: CreateVehicleDto): Promise<Vehicle> {
    await this.agencies.requireActive(input.agencyId);
    return this.transactions.run((manager) => createAudited(manager, this.audit, actor, Vehicle, 'vehicle', input));
  }

  async update(actor: Actor, id: string, input: UpdateVehicleDto): Promise<Vehicle> {
    const { version, ...changes } = input;
    if (changes.agencyId) await this.agencies.requireActive(changes.agencyId);
    return this.transactions.run((manager) =>
      updateAudited(manager, this.audit, actor, Vehicle, 'vehicle', id, (vehicle) => {
        assertVersion('vehicle', id, vehicle, version);
        Object.assign(vehicle, changes);
      }),
    );
  }

  /** Records the odometer reading of a check-in; the caller has already refused a lower one. */
  async recordOdometer(manager: EntityManager, actor: Actor, id: string, odometerKm: number): Promise<void> {
    await updateAudited(
      manager,
      this.audit,
      actor,
      Vehicle,
      'vehicle',
      id,
      (vehicle) => Object.assign(vehicle, { odometerKm }),
      'odometer',
    );
  }

  listUnavailabilities(vehicleId: string): Promise<VehicleUnavailability[]> {
    return this.unavailabilities.find({ where: { vehicleId }, order: { startsAt: 'ASC' }, take: 500 });
  }

  /** Takes the vehicle out of service for a window; refused (409) if a trip already holds it then. */
  async addUnavailability(
    actor: Actor,
    vehicleId: string,
    input: CreateUnavailabilityDto,
  ): Promise<VehicleUnavailability> {
    if (input.endsAt <= input.startsAt) throw new BookingRequestInvalidError([ENDS_BEFORE_START]);
    await this.get(vehicleId);
    const window = { vehicleId, start: input.startsAt, end: input.endsAt, turnaroundMinutes: 0 };
    return this.occupancies.mapConflicts(window, () =>
      this.transactions.run(async (manager) => {
        await this.occupancies.claim(manager, window);
        const saved = await createAudited(manager, this.audit, actor, VehicleUnavailability, 'vehicle_unavailability', {
          ...input,
          vehicleId,
        });
        await this.occupancies.hold(manager, [{ ...window, unavailabilityId: saved.id }]);
        return saved;
      }),
    );
  }
}

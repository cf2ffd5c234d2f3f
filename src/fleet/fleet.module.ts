import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { BookingCloserService } from './bookings/booking-closer.service';
import { BookingExportService } from './bookings/booking-export.service';
import { BookingRequestsService } from './bookings/booking-requests.service';
import { Booking } from './bookings/booking.entity';
import { BookingsController } from './bookings/bookings.controller';
import { CandidatesService } from './bookings/candidates.service';
import { DispatchController } from './bookings/dispatch.controller';
import { DispatchService } from './bookings/dispatch.service';
import { FleetCalendarController } from './calendar/fleet-calendar.controller';
import { FleetCalendarService } from './calendar/fleet-calendar.service';
import { FleetDemoService } from './demo/fleet-demo.service';
import { DriverUnavailabilitiesService } from './drivers/driver-unavailabilities.service';
import { DriverUnavailability } from './drivers/driver-unavailability.entity';
import { Driver } from './drivers/driver.entity';
import { DriversController } from './drivers/drivers.controller';
import { DriversService } from './drivers/drivers.service';
import { FleetFiguresController } from './figures/fleet-figures.controller';
import { FleetFiguresService } from './figures/fleet-figures.service';
import { FleetFiguresProvider } from './fleet-figures.provider';
import { FleetImportService } from './import/fleet-import.service';
import { Occupancy } from './trips/occupancy.entity';
import { OccupancyService } from './trips/occupancy.service';
import { TripPlannerService } from './trips/trip-planner.service';
import { Trip } from './trips/trip.entity';
import { TripsController } from './trips/trips.controller';
import { TripsService } from './trips/trips.service';
import { VehicleUnavailability } from './vehicles/vehicle-unavailability.entity';
import { Vehicle } from './vehicles/vehicle.entity';
import { VehiclesController } from './vehicles/vehicles.controller';
import { VehiclesService } from './vehicles/vehicles.service';
import { FleetWarning } from './warnings/fleet-warning.entity';
import { FleetWarningsController } from './warnings/fleet-warnings.controller';
import { FleetWarningsService } from './warnings/fleet-warnings.service';
import { FleetDueWarningsJob } from './warnings/jobs/fleet-due-warnings.job';
// Registers what each of the module's constraints means, for the error mapper.
import './fleet-constraints.errors';

/** Official-car dispatch (公務車派用): vehicles, drivers, bookings, trips, and no double booking. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Vehicle,
      VehicleUnavailability,
      Driver,
      DriverUnavailability,
      Booking,
      Trip,
      Occupancy,
      FleetWarning,
    ]),
    AgenciesModule,
    NotificationsModule,
    UsersModule,
  ],
  controllers: [
    VehiclesController,
    DriversController,
    BookingsController,
    DispatchController,
    TripsController,
    FleetCalendarController,
    FleetFiguresController,
    FleetWarningsController,
  ],
  providers: [
    VehiclesService,
    DriversService,
    DriverUnavailabilitiesService,
    OccupancyService,
    TripPlannerService,
    BookingRequestsService,
    DispatchService,
    BookingCloserService,
    CandidatesService,
    FleetDemoService,
    TripsService,
    BookingExportService,
    FleetCalendarService,
    FleetFiguresService,
    FleetFiguresProvider,
    FleetWarningsService,
    FleetDueWarningsJob,
    FleetImportService,
  ],
  exports: [FleetDemoService, FleetImportService],
})
export class FleetModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly dueWarnings: FleetDueWarningsJob,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this.dueWarnings);
  }
}

import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { JobsService } from '../jobs/jobs.service';
import { LocationsModule } from '../locations/locations.module';
import { VenueApprovalsController } from './bookings/venue-approvals.controller';
import { VenueApprovalsService } from './bookings/venue-approvals.service';
import { VenueBookingCloserService } from './bookings/venue-booking-closer.service';
import { VenueBooking } from './bookings/venue-booking.entity';
import { VenueBookingsController } from './bookings/venue-bookings.controller';
import { VenueBookingsService } from './bookings/venue-bookings.service';
import { VenueOccupancy } from './bookings/venue-occupancy.entity';
import { VenueOccupancyService } from './bookings/venue-occupancy.service';
import { VenueRulesService } from './bookings/venue-rules.service';
import { VenueCalendarController } from './calendar/venue-calendar.controller';
import { VenueCalendarService } from './calendar/venue-calendar.service';
import { VenueIcalService } from './calendar/venue-ical.service';
import { VenuesDemoService } from './demo/venues-demo.service';
import { VenueImportService } from './import/venue-import.service';
import { ExpireVenueRequestsJob } from './jobs/expire-requests.job';
import { VenueBookingSeries } from './series/venue-booking-series.entity';
import { VenueSeriesController } from './series/venue-series.controller';
import { VenueSeriesService } from './series/venue-series.service';
import { VenueSpaceLink } from './spaces/venue-space-link.entity';
import { VenueSpacePart } from './spaces/venue-space-part.entity';
import { VenueSpace } from './spaces/venue-space.entity';
import { VenueSpacesController } from './spaces/venue-spaces.controller';
import { VenueSpacesService } from './spaces/venue-spaces.service';
import { VenueFiguresController } from './venue-figures.controller';
import { VenueFiguresService } from './venue-figures.service';
import { VenuesFiguresProvider } from './venues-figures.provider';
// Registers what each of the module's constraints means, for the error mapper.
import './venues-constraints.errors';

/**
 * Venue use (會場利用): the centers' meeting rooms, auditoriums, atriums and plazas, booked by any
 * agency without double bookings (PostgreSQL's exclusion constraint decides), approved by the
 * venue staff where a space needs it, and counted for the yearly report.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      VenueSpace,
      VenueSpacePart,
      VenueSpaceLink,
      VenueBooking,
      VenueBookingSeries,
      VenueOccupancy,
    ]),
    LocationsModule,
    AgenciesModule,
  ],
  controllers: [
    VenueSpacesController,
    VenueCalendarController,
    VenueBookingsController,
    VenueApprovalsController,
    VenueSeriesController,
    VenueFiguresController,
  ],
  providers: [
    VenueSpacesService,
    VenueRulesService,
    VenueOccupancyService,
    VenueBookingCloserService,
    VenueBookingsService,
    VenueApprovalsService,
    VenueSeriesService,
    VenueCalendarService,
    VenueIcalService,
    VenueFiguresService,
    VenuesFiguresProvider,
    ExpireVenueRequestsJob,
    VenuesDemoService,
    VenueImportService,
  ],
  exports: [VenueSpacesService, VenuesDemoService, VenueImportService],
})
export class VenuesModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly expireRequests: ExpireVenueRequestsJob,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this.expireRequests);
  }
}

import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssetsModule } from '../assets/assets.module';
import { DormitoriesModule } from '../dormitories/dormitories.module';
import { FleetModule } from '../fleet/fleet.module';
import { JobsService } from '../jobs/jobs.service';
import { MaintenanceModule } from '../maintenance/maintenance.module';
import { ParkingModule } from '../parking/parking.module';
import { FIGURES_SECTIONS, FiguresSection } from './figure';
import { FigureSnapshot } from './figure-snapshot.entity';
import { FiguresController } from './figures.controller';
import { FiguresService } from './figures.service';
import { MonthlyFiguresJob, YearlyFiguresJob } from './jobs/figures-snapshot.jobs';
import { AssetsSection } from './sections/assets.section';
import { DormitoriesSection } from './sections/dormitories.section';
import { FleetSection } from './sections/fleet.section';
import { MaintenanceSection } from './sections/maintenance.section';
import { ParkingSection } from './sections/parking.section';
// Registers what each of the module's constraints means, for the error mapper.
import './figures-constraints.errors';

/** Every module's section of the report, in the order the report prints them. */
const SECTIONS: (new (...dependencies: never[]) => FiguresSection)[] = [
  MaintenanceSection,
  DormitoriesSection,
  FleetSection,
  ParkingSection,
  AssetsSection,
];

@Module({
  imports: [
    TypeOrmModule.forFeature([FigureSnapshot]),
    MaintenanceModule,
    DormitoriesModule,
    FleetModule,
    ParkingModule,
    AssetsModule,
  ],
  controllers: [FiguresController],
  providers: [
    FiguresService,
    ...SECTIONS,
    { provide: FIGURES_SECTIONS, inject: SECTIONS, useFactory: (...sections: FiguresSection[]) => sections },
  ],
})
export class FiguresModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly figures: FiguresService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(new MonthlyFiguresJob(this.figures));
    this.jobs.register(new YearlyFiguresJob(this.figures));
  }
}

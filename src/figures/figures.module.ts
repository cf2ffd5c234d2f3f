import { Module, OnModuleInit } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsService } from '../jobs/jobs.service';
import { CalendarCoverage } from './calendar-coverage';
import { FigureSnapshot } from './figure-snapshot.entity';
import { FiguresProviders } from './figures-providers';
import { FiguresReportController } from './figures-report.controller';
import { FiguresController } from './figures.controller';
import { FiguresService } from './figures.service';
import { MonthlyFiguresJob, YearlyFiguresJob } from './jobs/figures-snapshot.jobs';
import { FigureMonthChange } from './monthly/figure-month-change.entity';
import { FigureMonthParts } from './monthly/figure-month-parts.entity';
import { MonthlyPartsService } from './monthly/monthly-parts.service';
import { FiguresOverviewService } from './overview/figures-overview.service';
import { SentenceTemplate } from './sentences/sentence-template.entity';
import { SentenceTemplatesController } from './sentences/sentence-templates.controller';
import { SentenceTemplatesService } from './sentences/sentence-templates.service';
// Registers what each of the module's constraints means, for the error mapper.
import './figures-constraints.errors';

/**
 * The report's figures. It imports no feature module: each module's `@ProvidesFigures()` class
 * (see src/common/figures/figures-provider.ts) is collected at start-up.
 */
@Module({
  imports: [
    DiscoveryModule,
    TypeOrmModule.forFeature([FigureSnapshot, SentenceTemplate, FigureMonthParts, FigureMonthChange]),
  ],
  controllers: [FiguresController, FiguresReportController, SentenceTemplatesController],
  providers: [
    FiguresService,
    FiguresOverviewService,
    FiguresProviders,
    SentenceTemplatesService,
    CalendarCoverage,
    MonthlyPartsService,
  ],
  // The vehicle pre-review prints its summary's sentence with the same (editable) templates.
  exports: [SentenceTemplatesService],
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

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { FiguresModule } from '../figures/figures.module';
import { MaintenanceModule } from '../maintenance/maintenance.module';
import { VehicleReviewsDemoService } from './demo/vehicle-reviews-demo.service';
import { loadRankingRules, RankingRules } from './ranking/ranking-rules';
import { RequestLineViews } from './request-line-views';
import { RequestLinesController } from './request-lines.controller';
import { RequestLinesService } from './request-lines.service';
import { ReviewDecisionsService } from './review-decisions.service';
import { ReviewRoundsController } from './review-rounds.controller';
import { ReviewRoundsService } from './review-rounds.service';
import { RoundSummaryExportService } from './round-summary-export.service';
import { RoundSummaryService } from './round-summary.service';
import { VehicleRequestAttachment } from './vehicle-request-attachment.entity';
import { VehicleRequestLine } from './vehicle-request-line.entity';
import { VehicleReviewRound } from './vehicle-review-round.entity';
import { VehicleReviewsFiguresProvider } from './vehicle-reviews-figures.provider';
// Registers what each of the module's constraints means, for the error mapper.
import './vehicle-reviews-constraints.errors';

/**
 * The yearly vehicle-purchase pre-review (車輛先期審查): agencies ask for next year's vehicles,
 * the office allocates the budget within its ceiling, ranked by the rules in config.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([VehicleReviewRound, VehicleRequestLine, VehicleRequestAttachment]),
    AgenciesModule,
    MaintenanceModule,
    FiguresModule,
  ],
  controllers: [ReviewRoundsController, RequestLinesController],
  providers: [
    { provide: RankingRules, useFactory: () => loadRankingRules() },
    ReviewRoundsService,
    RequestLinesService,
    RequestLineViews,
    ReviewDecisionsService,
    RoundSummaryService,
    RoundSummaryExportService,
    VehicleReviewsFiguresProvider,
    VehicleReviewsDemoService,
  ],
  exports: [VehicleReviewsDemoService],
})
export class VehicleReviewsModule {}

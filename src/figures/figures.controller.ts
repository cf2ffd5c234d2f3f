import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { CurrentActor, Roles } from '../auth/decorators';
import { ErrorBody } from '../common/errors/error-body';
import { FiguresQuery, FiguresReportView } from './dto/figures-query.dto';
import { periodOf } from './figures-query';
import { FiguresService } from './figures.service';

@ApiTags('figures')
@Controller('figures')
export class FiguresController {
  constructor(private readonly figures: FiguresService) {}

  /** The figures counted live: `?rocYear=112`, `?rocYear=112&month=3` or `?from=2022-02-01&to=2022-06-30`. */
  @Get()
  @Roles('report_viewer')
  @ApiOkResponse({ type: FiguresReportView })
  live(@Query() query: FiguresQuery) {
    return this.figures.compute(periodOf(query));
  }

  /**
   * Computes and keeps the figures of a period (e.g. a council session) as published; a period
   * kept before is recomputed, its earlier snapshot kept as history.
   */
  @Post('snapshots')
  @Roles('report_viewer')
  @ApiCreatedResponse({ type: FiguresReportView })
  snapshot(@CurrentActor() actor: Actor, @Body() query: FiguresQuery) {
    return this.figures.snapshot(periodOf(query), actor);
  }

  @Get('snapshots')
  @Roles('report_viewer')
  @ApiOkResponse({
    type: [FiguresReportView],
    description: 'the current snapshot of each period, without the sections',
  })
  snapshots() {
    return this.figures.listSnapshots();
  }

  /** Every snapshot of one period (`?rocYear=112`), current first, then those recomputes replaced: who, when. */
  @Get('snapshots/history')
  @Roles('report_viewer')
  @ApiOkResponse({ type: [FiguresReportView], description: 'without the sections' })
  history(@Query() query: FiguresQuery) {
    return this.figures.history(periodOf(query));
  }

  @Get('snapshots/:id')
  @Roles('report_viewer')
  @ApiOkResponse({ type: FiguresReportView })
  @ApiNotFoundResponse({ type: ErrorBody })
  getSnapshot(@Param('id', ParseUUIDPipe) id: string) {
    return this.figures.getSnapshot(id);
  }
}

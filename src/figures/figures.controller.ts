import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ErrorBody } from '../common/errors/error-body';
import { Roles } from '../identity/decorators';
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

  /** Computes and keeps the figures of a period (e.g. a council session) as published. */
  @Post('snapshots')
  @Roles('report_viewer')
  @ApiCreatedResponse({ type: FiguresReportView })
  snapshot(@Body() query: FiguresQuery) {
    return this.figures.snapshot(periodOf(query));
  }

  @Get('snapshots')
  @Roles('report_viewer')
  @ApiOkResponse({ type: [FiguresReportView], description: 'without the sections' })
  snapshots() {
    return this.figures.listSnapshots();
  }

  @Get('snapshots/:id')
  @Roles('report_viewer')
  @ApiOkResponse({ type: FiguresReportView })
  @ApiNotFoundResponse({ type: ErrorBody })
  getSnapshot(@Param('id', ParseUUIDPipe) id: string) {
    return this.figures.getSnapshot(id);
  }
}

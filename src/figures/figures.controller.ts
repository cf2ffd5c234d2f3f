import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorBody } from '../common/errors/error-body';
import { Actor } from '../identity/actor';
import { CurrentActor, Roles } from '../identity/decorators';
import { FiguresQuery, FiguresReportView } from './dto/figures-query.dto';
import { periodOf } from './figures-query';
import { FiguresService } from './figures.service';

@ApiTags('figures')
@Controller('figures')
export class FiguresController {
  constructor(private readonly figures: FiguresService) {}

  /** The figures counted live: `?rocYear=112`, `?rocYear=112&month=3` or `?from=2022-02-01&to=2022-06-30`. */
  @Get()
  @ApiOperation({
    summary: '績效數據：即時計算',
    description: '以 `rocYear`（可加 `month`）或 `from`＋`to`（例如議會會期）指定期間，依目前資料即時計算各項數據。',
  })
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
  @ApiOperation({
    summary: '績效數據：計算並保存定稿',
    description: '計算期間的數據並保存，之後資料再變動也不影響已保存的定稿。',
  })
  @Roles('report_viewer')
  @ApiCreatedResponse({ type: FiguresReportView })
  snapshot(@CurrentActor() actor: Actor, @Body() query: FiguresQuery) {
    return this.figures.snapshot(periodOf(query), actor);
  }

  @Get('snapshots')
  @ApiOperation({ summary: '績效數據：列出已保存的定稿', description: '只列出期間與建立時間，不含各節內容。' })
  @Roles('report_viewer')
  @ApiOkResponse({ type: [FiguresReportView], description: '不含各節內容' })
  snapshots() {
    return this.figures.listSnapshots();
  }

  /** Every snapshot of one period (`?rocYear=112`), current first, then those recomputes replaced: who, when. */
  @Get('snapshots/history')
  @ApiOperation({
    summary: '績效數據：定稿歷次版本',
    description:
      '同一期間（例如 `?rocYear=112`）的所有定稿，目前的在前，其後是重新計算時被取代的版本，列出由誰、何時保存。',
  })
  @Roles('report_viewer')
  @ApiOkResponse({ type: [FiguresReportView], description: '不含各節數據' })
  history(@Query() query: FiguresQuery) {
    return this.figures.history(periodOf(query));
  }

  @Get('snapshots/:id')
  @ApiOperation({ summary: '績效數據：查看一份定稿' })
  @Roles('report_viewer')
  @ApiOkResponse({ type: FiguresReportView })
  @ApiNotFoundResponse({ type: ErrorBody })
  getSnapshot(@Param('id', ParseUUIDPipe) id: string) {
    return this.figures.getSnapshot(id);
  }
}

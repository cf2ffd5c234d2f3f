import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CONTENT_TYPES } from '../common/export/content-types';
import { Roles } from '../identity/decorators';
import { FiguresOverviewView, FiguresReportQuery } from './dto/figures-overview.dto';
import { FiguresQuery } from './dto/figures-query.dto';
import { FiguresOverviewService } from './overview/figures-overview.service';
import { figuresPdf } from './report/figures-pdf';
import { figuresXlsx } from './report/figures-xlsx';

/** The figures page's data and the report section's downloads. */
@ApiTags('figures')
@Controller('figures')
export class FiguresReportController {
  constructor(private readonly overviews: FiguresOverviewService) {}

  @Get('overview')
  @ApiOperation({
    summary: '績效數據：與去年同期比較及每月趨勢',
    description: '期間的各項數據、去年同期的數據、主要數據的每月趨勢，以及可直接貼入報告的文字。',
  })
  @Roles('report_viewer')
  @ApiOkResponse({ type: FiguresOverviewView })
  overview(@Query() query: FiguresQuery) {
    return this.overviews.overview(query);
  }

  @Get('report')
  @ApiOperation({
    summary: '績效數據：下載報告（PDF／Excel）',
    description: '報告文字、各項數據與去年同期比較、主要數據每月趨勢圖；`format=pdf` 或 `format=xlsx`。',
  })
  @Roles('report_viewer')
  @ApiProduces(CONTENT_TYPES.pdf, CONTENT_TYPES.xlsx)
  @ApiOkResponse({ description: '一般行政施政績效報告檔' })
  async report(@Query() { format, ...query }: FiguresReportQuery): Promise<StreamableFile> {
    const overview = await this.overviews.overview(query);
    const body = format === 'pdf' ? await figuresPdf(overview) : await figuresXlsx(overview);
    const fileName = `figures-${overview.current.periodKey}.${format}`;
    const chineseName = `一般行政施政績效_${overview.current.label}.${format}`;
    return new StreamableFile(body, {
      type: CONTENT_TYPES[format],
      disposition: `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(chineseName)}`,
    });
  }
}

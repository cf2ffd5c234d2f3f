import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { DateRangeQuery, parseDateRangeQuery } from '../../common/validation/date-range-query';
import { Roles } from '../../identity/decorators';
import { AssetReportsService } from './asset-reports.service';
import { AssetFigures, CategoryChangeReport } from './dto/asset-report.dto';

@ApiTags('asset-reports')
@Controller('asset-reports')
export class AssetReportsController {
  constructor(private readonly reports: AssetReportsService) {}

  @Get('changes')
  @ApiOperation({
    summary: '財產報表：財產增減結存表',
    description: '期間內各類財產的期初、增加、減少與期末數量與金額。日期錯誤回 400 `period.invalid`。',
  })
  @Roles('property_officer', 'report_viewer')
  @ApiOkResponse({
    type: CategoryChangeReport,
    description: '各類別的期初、增加、減少與期末',
  })
  @ApiBadRequestResponse({ type: ErrorBody })
  async changes(@Query() query: DateRangeQuery): Promise<CategoryChangeReport> {
    return {
      from: query.from,
      to: query.to,
      rows: await this.reports.changesByCategory(parseDateRangeQuery(query.from, query.to)),
    };
  }

  @Get('figures')
  @ApiOperation({ summary: '財產報表：財產統計數據', description: '日期錯誤回 400 `period.invalid`。' })
  @Roles('property_officer', 'report_viewer')
  @ApiOkResponse({ type: AssetFigures })
  @ApiBadRequestResponse({ type: ErrorBody })
  figures(@Query() query: DateRangeQuery) {
    return this.reports.figuresFor(parseDateRangeQuery(query.from, query.to));
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { parseDateRangeQuery } from '../../common/validation/date-range-query';
import { Roles } from '../../identity/decorators';
import { KpiQuery, KpiReportView } from './dto/kpi.dto';
import { MaintenanceKpiService } from './maintenance-kpi.service';

@ApiTags('maintenance')
@Controller('maintenance/kpis')
export class MaintenanceKpiController {
  constructor(private readonly kpis: MaintenanceKpiService) {}

  @Get()
  @ApiOperation({
    summary: '報修：維修 KPI 報表',
    description:
      '期間內受理、完工、結案件數、未結案件的案齡分布、回應與完工時間中位數及維修費用，依行政中心、工種或機關分組（`groupBy`）。日期錯誤或結束早於開始回 400 `maintenance_kpi.bad_period`。',
  })
  @Roles('maintenance_coordinator', 'report_viewer')
  @ApiOkResponse({ type: KpiReportView })
  @ApiBadRequestResponse({ type: ErrorBody, description: '日期格式錯誤，或結束早於開始' })
  report(@Query() query: KpiQuery) {
    return this.kpis.report(parseDateRangeQuery(query.from, query.to), query.groupBy ?? 'trade');
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
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
  @Roles('maintenance_coordinator', 'report_viewer')
  @ApiOkResponse({ type: KpiReportView })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'not a date, or the period ends before it starts' })
  report(@Query() query: KpiQuery) {
    return this.kpis.report(parseDateRangeQuery(query.from, query.to), query.groupBy ?? 'trade');
  }
}

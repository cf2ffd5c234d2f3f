import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { parseDateRangeQuery } from '../../common/validation/date-range-query';
import { Roles } from '../../identity/decorators';
import { AssetReportsService } from './asset-reports.service';
import { AssetFigures, CategoryChangeReport, PeriodQuery } from './dto/asset-report.dto';

@ApiTags('asset-reports')
@Controller('asset-reports')
export class AssetReportsController {
  constructor(private readonly reports: AssetReportsService) {}

  @Get('changes')
  @Roles('property_officer', 'report_viewer')
  @ApiOkResponse({
    type: CategoryChangeReport,
    description: 'opening balance, additions, write-offs and closing balance per kind and category',
  })
  @ApiBadRequestResponse({ type: ErrorBody })
  async changes(@Query() query: PeriodQuery): Promise<CategoryChangeReport> {
    return {
      from: query.from,
      to: query.to,
      rows: await this.reports.changesByCategory(parseDateRangeQuery(query.from, query.to)),
    };
  }

  @Get('figures')
  @Roles('property_officer', 'report_viewer')
  @ApiOkResponse({ type: AssetFigures })
  @ApiBadRequestResponse({ type: ErrorBody })
  figures(@Query() query: PeriodQuery) {
    return this.reports.figuresFor(parseDateRangeQuery(query.from, query.to));
  }
}

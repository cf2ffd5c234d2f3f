import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { BadRequestError } from '../../common/errors/domain-error';
import { ErrorBody } from '../../common/errors/error-body';
import { dateRange, Period } from '../../common/time';
import { Roles } from '../../identity/decorators';
import { AssetReportsService } from './asset-reports.service';
import { AssetFigures, CategoryChangeReport, PeriodQuery } from './dto/asset-report.dto';

function periodOf(query: PeriodQuery): Period {
  try {
    return dateRange(query.from, query.to);
  } catch (error) {
    throw new BadRequestError('period.invalid', (error as Error).message);
  }
}

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
    return { from: query.from, to: query.to, rows: await this.reports.changesByCategory(periodOf(query)) };
  }

  @Get('figures')
  @Roles('property_officer', 'report_viewer')
  @ApiOkResponse({ type: AssetFigures })
  @ApiBadRequestResponse({ type: ErrorBody })
  figures(@Query() query: PeriodQuery) {
    return this.reports.figuresFor(periodOf(query));
  }
}

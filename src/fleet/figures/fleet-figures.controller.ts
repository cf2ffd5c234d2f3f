import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { DateRangeQuery, parseDateRangeQuery } from '../../common/validation/date-range-query';
import { Roles } from '../../identity/decorators';
import { FleetFiguresService } from './fleet-figures.service';

@ApiTags('fleet')
@Controller('fleet/figures')
export class FleetFiguresController {
  constructor(private readonly figures: FleetFiguresService) {}

  @Get()
  @ApiOperation({
    summary: '派車：車輛管理統計',
    description:
      '期間內的車次（線上、紙本、禮賓車、借出）、里程、時數與各車使用率、取消與未到件數。日期錯誤回 400 `period.invalid`。',
  })
  @Roles('dispatcher', 'report_viewer')
  @ApiOkResponse({
    description: '車次（線上、紙本、禮賓車、借出）、里程、時數、各車使用率、取消與未到',
    schema: { type: 'object' },
  })
  @ApiBadRequestResponse({ type: ErrorBody })
  get(@Query() query: DateRangeQuery) {
    return this.figures.figuresFor(parseDateRangeQuery(query.from, query.to));
  }
}

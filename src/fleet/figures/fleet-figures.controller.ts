import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { Roles } from '../../auth/decorators';
import { BadRequestError } from '../../common/errors/domain-error';
import { ErrorBody } from '../../common/errors/error-body';
import { dateRange } from '../../common/time';
import { FleetFiguresService } from './fleet-figures.service';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

class FleetFiguresQuery {
  @ApiProperty({ example: '2022-02-01' }) @Matches(ISO_DATE, { message: 'from must be YYYY-MM-DD' }) from: string;
  @ApiProperty({ example: '2022-06-30', description: 'last day, inclusive' })
  @Matches(ISO_DATE, { message: 'to must be YYYY-MM-DD' })
  to: string;
}

@ApiTags('fleet')
@Controller('fleet/figures')
export class FleetFiguresController {
  constructor(private readonly figures: FleetFiguresService) {}

  @Get()
  @ApiOperation({
    summary: '派車：車輛管理統計',
    description:
      '期間內的車次（線上、紙本、禮賓車、借出）、里程、時數與各車使用率、取消與未到件數。日期錯誤回 400 `fleet.bad_period`。',
  })
  @Roles('dispatcher', 'report_viewer')
  @ApiOkResponse({
    description: '車次（線上、紙本、禮賓車、借出）、里程、時數、各車使用率、取消與未到',
    schema: { type: 'object' },
  })
  @ApiBadRequestResponse({ type: ErrorBody })
  get(@Query() query: FleetFiguresQuery) {
    let period;
    try {
      period = dateRange(query.from, query.to);
    } catch (error) {
      throw new BadRequestError('fleet.bad_period', (error as Error).message);
    }
    return this.figures.figuresFor(period);
  }
}

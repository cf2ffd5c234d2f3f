import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorBody } from '../common/errors/error-body';
import { DateRangeQuery, parseDateRangeQuery } from '../common/validation/date-range-query';
import { Roles } from '../identity/decorators';
import { VenueFiguresService } from './venue-figures.service';

@ApiTags('venues')
@Controller('venues/figures')
export class VenueFiguresController {
  constructor(private readonly figures: VenueFiguresService) {}

  @Get()
  @ApiOperation({
    summary: '場地：場地利用數據',
    description: '場地管理者與報表檢視者查看期間內的場地利用數據；期間不正確回 400 `period.invalid`。',
  })
  @Roles('venue_manager', 'report_viewer')
  @ApiOkResponse({
    description: '各行政中心：公共空間開放場次、會議室預約數、與會人數、取消與未到次數；各場地：使用率',
    schema: { type: 'object' },
  })
  @ApiBadRequestResponse({ type: ErrorBody })
  get(@Query() query: DateRangeQuery) {
    return this.figures.figuresFor(parseDateRangeQuery(query.from, query.to));
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { BadRequestError } from '../common/errors/domain-error';
import { ErrorBody } from '../common/errors/error-body';
import { dateRange } from '../common/time';
import { IsIsoDate } from '../common/validation/iso-date';
import { Roles } from '../identity/decorators';
import { VenueFiguresService } from './venue-figures.service';

class VenueFiguresQuery {
  @ApiProperty({ example: '2023-01-01' }) @IsIsoDate() from: string;
  @ApiProperty({ example: '2023-12-31', description: 'last day, inclusive' }) @IsIsoDate() to: string;
}

@ApiTags('venues')
@Controller('venues/figures')
export class VenueFiguresController {
  constructor(private readonly figures: VenueFiguresService) {}

  @Get()
  @ApiOperation({
    summary: '場地：場地利用數據',
    description: '場地管理者與報表檢視者查看期間內的場地利用數據；期間不正確回 400 `venue.bad_period`。',
  })
  @Roles('venue_manager', 'report_viewer')
  @ApiOkResponse({
    description: '各行政中心：公共空間開放場次、會議室預約數、與會人數、取消與未到次數；各場地：使用率',
    schema: { type: 'object' },
  })
  @ApiBadRequestResponse({ type: ErrorBody })
  get(@Query() query: VenueFiguresQuery) {
    let period;
    try {
      period = dateRange(query.from, query.to);
    } catch (error) {
      throw new BadRequestError('venue.bad_period', (error as Error).message);
    }
    return this.figures.figuresFor(period);
  }
}

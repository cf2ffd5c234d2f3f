import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { DateRangeQuery, parseDateRangeQuery } from '../../common/validation/date-range-query';
import { Roles } from '../../identity/decorators';
import { ParkingFigures } from './dto/parking-figures.dto';
import { ParkingFiguresService } from './parking-figures.service';

@ApiTags('parking')
@Controller('parking/figures')
export class ParkingFiguresController {
  constructor(private readonly figures: ParkingFiguresService) {}

  @Get()
  @ApiOperation({
    summary: '停車證：核發統計',
    description: '期間內各停車場核發與撤銷張數，依機關與日期分列。日期錯誤回 400 `period.invalid`。',
  })
  @Roles('parking_officer', 'report_viewer')
  @ApiOkResponse({ type: ParkingFigures })
  @ApiBadRequestResponse({ type: ErrorBody })
  get(@Query() query: DateRangeQuery): Promise<ParkingFigures> {
    return this.figures.figuresFor(parseDateRangeQuery(query.from, query.to));
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators';
import { BadRequestError } from '../common/errors/domain-error';
import { ErrorBody } from '../common/errors/error-body';
import { dateRange, Period } from '../common/time';
import { ParkingFigures, ParkingFiguresQuery } from './dto/figures.dto';
import { ParkingFiguresService } from './parking-figures.service';

@ApiTags('parking')
@Controller('parking/figures')
export class ParkingFiguresController {
  constructor(private readonly figures: ParkingFiguresService) {}

  @Get()
  @ApiOperation({
    summary: '停車證：核發統計',
    description: '期間內各停車場核發與撤銷張數，依機關與日期分列。日期錯誤回 400 `parking.invalid_period`。',
  })
  @Roles('parking_officer', 'report_viewer')
  @ApiOkResponse({ type: ParkingFigures })
  @ApiBadRequestResponse({ type: ErrorBody })
  get(@Query() query: ParkingFiguresQuery): Promise<ParkingFigures> {
    let period: Period;
    try {
      period = dateRange(query.from, query.to);
    } catch (error) {
      throw new BadRequestError('parking.invalid_period', (error as Error).message);
    }
    return this.figures.figuresFor(period);
  }
}

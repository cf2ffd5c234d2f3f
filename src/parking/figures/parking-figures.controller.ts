import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { BadRequestError } from '../../common/errors/domain-error';
import { ErrorBody } from '../../common/errors/error-body';
import { dateRange, Period } from '../../common/time';
import { Roles } from '../../identity/decorators';
import { FiguresQuery, ParkingFigures } from './dto/parking-figures.dto';
import { ParkingFiguresService } from './parking-figures.service';

@ApiTags('parking')
@Controller('parking/figures')
export class ParkingFiguresController {
  constructor(private readonly figures: ParkingFiguresService) {}

  @Get()
  @Roles('parking_officer', 'report_viewer')
  @ApiOkResponse({ type: ParkingFigures })
  @ApiBadRequestResponse({ type: ErrorBody })
  get(@Query() query: FiguresQuery): Promise<ParkingFigures> {
    let period: Period;
    try {
      period = dateRange(query.from, query.to);
    } catch (error) {
      throw new BadRequestError('parking.invalid_period', (error as Error).message);
    }
    return this.figures.figuresFor(period);
  }
}

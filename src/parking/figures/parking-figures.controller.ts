import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { parseDateRangeQuery } from '../../common/validation/date-range-query';
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
    return this.figures.figuresFor(parseDateRangeQuery(query.from, query.to));
  }
}

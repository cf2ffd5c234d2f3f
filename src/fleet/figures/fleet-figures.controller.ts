import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { parseDateRangeQuery } from '../../common/validation/date-range-query';
import { IsIsoDate } from '../../common/validation/iso-date';
import { Roles } from '../../identity/decorators';
import { FleetFiguresService } from './fleet-figures.service';

class FiguresQuery {
  @ApiProperty({ example: '2022-02-01' }) @IsIsoDate() from: string;
  @ApiProperty({ example: '2022-06-30', description: 'last day, inclusive' })
  @IsIsoDate()
  to: string;
}

@ApiTags('fleet')
@Controller('fleet/figures')
export class FleetFiguresController {
  constructor(private readonly figures: FleetFiguresService) {}

  @Get()
  @Roles('dispatcher', 'report_viewer')
  @ApiOkResponse({
    description: 'trips online/paper/VIP/lent, km, hours and utilisation per vehicle, cancellations and no-shows',
    schema: { type: 'object' },
  })
  @ApiBadRequestResponse({ type: ErrorBody })
  get(@Query() query: FiguresQuery) {
    return this.figures.figuresFor(parseDateRangeQuery(query.from, query.to));
  }
}

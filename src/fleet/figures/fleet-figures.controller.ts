import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { BadRequestError } from '../../common/errors/domain-error';
import { ErrorBody } from '../../common/errors/error-body';
import { dateRange } from '../../common/time';
import { Roles } from '../../identity/decorators';
import { FleetFiguresService } from './fleet-figures.service';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

class FiguresQuery {
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
  @Roles('dispatcher', 'report_viewer')
  @ApiOkResponse({
    description: 'trips online/paper/VIP/lent, km, hours and utilisation per vehicle, cancellations and no-shows',
    schema: { type: 'object' },
  })
  @ApiBadRequestResponse({ type: ErrorBody })
  get(@Query() query: FiguresQuery) {
    let period;
    try {
      period = dateRange(query.from, query.to);
    } catch (error) {
      throw new BadRequestError('fleet.bad_period', (error as Error).message);
    }
    return this.figures.figuresFor(period);
  }
}

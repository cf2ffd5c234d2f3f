import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
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
  @Roles('venue_manager', 'report_viewer')
  @ApiOkResponse({
    description:
      'per center: public-space openings, meeting-room bookings, attendees, cancellations, no-shows; per space: use rate',
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

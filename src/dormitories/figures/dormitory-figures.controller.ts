import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { BadRequestError } from '../../common/errors/domain-error';
import { ErrorBody } from '../../common/errors/error-body';
import { dateRange } from '../../common/time';
import { Roles } from '../../identity/decorators';
import { DORMITORY_READERS } from '../dormitory-scope';
import { DormitoryFiguresService } from './dormitory-figures.service';
import { DormitoryFiguresView, FiguresQuery } from './dto/dormitory-figures.dto';

@ApiTags('dormitories')
@Controller('dormitory-figures')
export class DormitoryFiguresController {
  constructor(private readonly figures: DormitoryFiguresService) {}

  @Get()
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ type: DormitoryFiguresView })
  @ApiBadRequestResponse({ type: ErrorBody })
  get(@Query() query: FiguresQuery) {
    if (query.to < query.from) throw new BadRequestError('figures.bad_range', 'to is before from');
    return this.figures.figuresFor(dateRange(query.from, query.to));
  }
}

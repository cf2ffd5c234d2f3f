import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { parseDateRangeQuery } from '../../common/validation/date-range-query';
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
    return this.figures.figuresFor(parseDateRangeQuery(query.from, query.to));
  }
}

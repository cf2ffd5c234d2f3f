import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/decorators';
import { BadRequestError } from '../../common/errors/domain-error';
import { ErrorBody } from '../../common/errors/error-body';
import { dateRange } from '../../common/time';
import { DORMITORY_READERS } from '../dormitory-scope';
import { DormitoryFiguresService } from './dormitory-figures.service';
import { DormitoryFiguresQuery, DormitoryFiguresView } from './dto/dormitory-figures.dto';

@ApiTags('dormitories')
@Controller('dormitory-figures')
export class DormitoryFiguresController {
  constructor(private readonly figures: DormitoryFiguresService) {}

  @Get()
  @ApiOperation({
    summary: '宿舍：宿舍統計',
    description:
      '期間結束時登錄中的各類宿舍數、期間內的居住事實查考、首長宿舍借用次數、拆除、移交與巡查次數。結束早於開始回 400 `figures.bad_range`。',
  })
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ type: DormitoryFiguresView })
  @ApiBadRequestResponse({ type: ErrorBody })
  get(@Query() query: DormitoryFiguresQuery) {
    if (query.to < query.from) throw new BadRequestError('figures.bad_range', 'to is before from');
    return this.figures.figuresFor(dateRange(query.from, query.to));
  }
}

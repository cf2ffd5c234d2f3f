import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { DateRangeQuery, parseDateRangeQuery } from '../../common/validation/date-range-query';
import { Roles } from '../../identity/decorators';
import { DORMITORY_READERS } from '../dormitory-scope';
import { DormitoryFiguresService } from './dormitory-figures.service';
import { DormitoryFiguresView } from './dto/dormitory-figures.dto';

@ApiTags('dormitories')
@Controller('dormitory-figures')
export class DormitoryFiguresController {
  constructor(private readonly figures: DormitoryFiguresService) {}

  @Get()
  @ApiOperation({
    summary: '宿舍：宿舍統計',
    description:
      '期間結束時登錄中的各類宿舍數、期間內的居住事實查考、首長宿舍借用次數、拆除、移交與巡查次數。日期錯誤或結束早於開始回 400 `period.invalid`。',
  })
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ type: DormitoryFiguresView })
  @ApiBadRequestResponse({ type: ErrorBody })
  get(@Query() query: DateRangeQuery) {
    return this.figures.figuresFor(parseDateRangeQuery(query.from, query.to));
  }
}

import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { PageQuery } from '../../common/pagination/keyset';
import { VersionCheckedStep } from '../../common/routes/version-checked-step';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { DORMITORY_READERS } from '../dormitory-scope';
import { DormitoryClearancesService } from './dormitory-clearances.service';
import { ClearancePage, ClearanceView, RecordClearanceStepDto, StartClearanceDto } from './dto/clearance.dto';

@ApiTags('dormitories')
@Controller('dormitory-clearances')
export class DormitoryClearancesController {
  constructor(private readonly clearances: DormitoryClearancesService) {}

  @Get()
  @ApiOperation({ summary: '眷舍騰空：列出各眷舍的騰空進度' })
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ type: ClearancePage })
  list(@CurrentActor() actor: Actor, @Query() query: PageQuery) {
    return this.clearances.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: '眷舍騰空：查看一間眷舍的騰空進度' })
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ type: ClearanceView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.clearances.get(actor, id);
  }

  @Post()
  @ApiOperation({
    summary: '眷舍騰空：通知住戶騰空（開始騰空作業）',
    description:
      '僅限眷舍（422 `dormitory_clearance.family_only`）；一間眷舍只有一筆騰空作業（409 `dormitory_clearance.exists`）。',
  })
  @Roles('dormitory_manager')
  @ApiCreatedResponse({ type: ClearanceView })
  @ApiConflictResponse({ type: ErrorBody, description: '此眷舍已有騰空作業（`dormitory_clearance.exists`）' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: '不是眷舍，或騰空期限早於通知日' })
  start(@CurrentActor() actor: Actor, @Body() input: StartClearanceDto) {
    return this.clearances.start(actor, input);
  }

  @Post(':id/steps')
  @VersionCheckedStep({
    summary: '眷舍騰空：登錄下一步驟（點交、拆除、土地移交財政局）',
    description:
      '只接受下一個步驟（422 `dormitory_clearance.step_out_of_order`，欄位 `step`）；日期不得早於前一步驟（422 `dormitory_clearance.step_before_previous`，欄位 `on`）；土地移交須有財政局文號。需帶回 `version`。',
    type: ClearanceView,
    roles: ['dormitory_manager'],
    unprocessable: '步驟順序不對、日期早於前一步驟或缺少文號',
  })
  recordStep(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: RecordClearanceStepDto,
  ) {
    return this.clearances.recordStep(actor, id, input);
  }
}

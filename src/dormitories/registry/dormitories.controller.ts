import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
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
import { VersionCheckedStep } from '../../common/routes/version-checked-step';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { DORMITORY_READERS } from '../dormitory-scope';
import { DormitoriesService } from './dormitories.service';
import { DormitoryStatusService } from './dormitory-status.service';
import {
  ChangeDormitoryStatusDto,
  CreateDormitoryDto,
  DormitoryDetailView,
  DormitoryPage,
  DormitoryQuery,
  DormitoryUnitView,
  DormitoryView,
  UnitDto,
  UpdateDormitoryDto,
} from './dto/dormitory.dto';

@ApiTags('dormitories')
@Controller('dormitories')
export class DormitoriesController {
  constructor(
    private readonly dormitories: DormitoriesService,
    private readonly statuses: DormitoryStatusService,
  ) {}

  @Get()
  @ApiOperation({ summary: '宿舍：列出宿舍', description: '宿舍管理者看得到自己機關的宿舍。' })
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ type: DormitoryPage, description: '宿舍管理者看得到自己機關的宿舍' })
  list(@CurrentActor() actor: Actor, @Query() query: DormitoryQuery) {
    return this.dormitories.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: '宿舍：查看宿舍（含房間單位）' })
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ type: DormitoryDetailView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.dormitories.get(actor, id);
  }

  @Post()
  @ApiOperation({
    summary: '宿舍：登錄宿舍',
    description:
      '代碼重複回 409；整戶配住的宿舍（首長宿舍、單房間職務宿舍、眷舍）只能有一個單位（422 `dormitory.single_unit`）。',
  })
  @Roles('dormitory_manager')
  @ApiCreatedResponse({ type: DormitoryDetailView })
  @ApiConflictResponse({ type: ErrorBody, description: '代碼已被使用（`conflict.unique`）' })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: '整戶配住的宿舍不可有多個單位（`dormitory.single_unit`）',
  })
  create(@CurrentActor() actor: Actor, @Body() input: CreateDormitoryDto) {
    return this.dormitories.create(actor, input);
  }

  @Patch(':id')
  @VersionCheckedStep({
    summary: '宿舍：修改宿舍',
    description: '已拆除或移交的宿舍不可再修改（422 `dormitory.removed`）；需帶回 `version`。',
    type: DormitoryDetailView,
    roles: ['dormitory_manager'],
    answers: 'ok',
  })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: UpdateDormitoryDto) {
    return this.dormitories.update(actor, id, input);
  }

  @Post(':id/units')
  @ApiOperation({
    summary: '宿舍：新增房間單位',
    description: '只有多房間職務宿舍可有多個單位（422 `dormitory.single_unit`）；單位代碼在同一宿舍內不可重複（409）。',
  })
  @Roles('dormitory_manager')
  @ApiCreatedResponse({ type: DormitoryUnitView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: '此宿舍已有相同的單位代碼' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody })
  addUnit(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: UnitDto) {
    return this.dormitories.addUnit(actor, id, input);
  }

  @Post(':id/status')
  @ApiOperation({
    summary: '宿舍：變更宿舍狀態（拆除、移交財政局…）',
    description:
      '拆除（demolished）或移交（handed_over）於 `effectiveOn` 生效，宿舍自登錄中除去；仍有人配住時不可（422 `dormitory.occupied`），已除去者不可再變更（422 `dormitory.removed`）。',
  })
  @Roles('dormitory_manager')
  @ApiCreatedResponse({
    type: DormitoryView,
    description: '拆除（demolished）或移交（handed_over）於 `effectiveOn` 生效並自登錄中除去',
  })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: '資料已被他人修改（`<資料>.stale_version`），請重新讀取後再試' })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: '仍有人配住（`dormitory.occupied`），或已除去（`dormitory.removed`）',
  })
  changeStatus(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: ChangeDormitoryStatusDto,
  ) {
    return this.statuses.change(actor, id, input);
  }
}

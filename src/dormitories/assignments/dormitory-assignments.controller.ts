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
import { VersionCheckedStep } from '../../common/routes/version-checked-step';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { DORMITORY_READERS } from '../dormitory-scope';
import { DormitoryAssignmentsService } from './dormitory-assignments.service';
import {
  AssignmentPage,
  AssignmentQuery,
  AssignmentView,
  CreateAssignmentDto,
  MoveOutDeadlineDto,
  MoveOutDto,
} from './dto/assignment.dto';

@ApiTags('dormitories')
@Controller('dormitory-assignments')
export class DormitoryAssignmentsController {
  constructor(private readonly assignments: DormitoryAssignmentsService) {}

  @Get()
  @ApiOperation({ summary: '宿舍：列出配住紀錄' })
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ type: AssignmentPage })
  list(@CurrentActor() actor: Actor, @Query() query: AssignmentQuery) {
    return this.assignments.list(actor, query);
  }

  @Post()
  @ApiOperation({
    summary: '宿舍：登錄配住',
    description:
      '住戶為系統使用者（`occupantUserId`），或填寫姓名與機關（422 `dormitory_assignment.occupant_required`）。同一單位期間重疊回 409 `dormitories.unit_occupied`（欄位 `startsOn`）；已除去的宿舍不可配住（422 `dormitory.removed`）。',
  })
  @Roles('dormitory_manager')
  @ApiCreatedResponse({ type: AssignmentView })
  @ApiNotFoundResponse({ type: ErrorBody, description: '單位、使用者或機關不存在' })
  @ApiConflictResponse({
    type: ErrorBody,
    description: '該單位在此期間已有人配住（`dormitories.unit_occupied`）',
  })
  @ApiUnprocessableEntityResponse({ type: ErrorBody })
  create(@CurrentActor() actor: Actor, @Body() input: CreateAssignmentDto) {
    return this.assignments.create(actor, input);
  }

  @Post(':id/move-out')
  @VersionCheckedStep({
    summary: '宿舍：登錄遷出',
    description: '遷出日不可早於遷入日（422）；已遷出回 409 `dormitory_assignment.closed`。',
    type: AssignmentView,
    roles: ['dormitory_manager'],
    conflict: '已遷出（`dormitory_assignment.closed`）',
    unprocessable: '遷出日早於遷入日',
  })
  moveOut(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: MoveOutDto) {
    return this.assignments.moveOut(actor, id, input);
  }

  @Post(':id/move-out-deadline')
  @VersionCheckedStep({
    summary: '宿舍：設定應遷出日期',
    description:
      '設定或清除住戶的應遷出日期（`null` 清除）；逾期仍未遷出者列於 `overdueOn` 查詢。不可早於遷入日（422）；已遷出回 409 `dormitory_assignment.closed`。',
    type: AssignmentView,
    roles: ['dormitory_manager'],
    conflict: '已遷出（`dormitory_assignment.closed`）',
    unprocessable: '應遷出日早於遷入日',
  })
  setMoveOutDeadline(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: MoveOutDeadlineDto,
  ) {
    return this.assignments.setMoveOutDeadline(actor, id, input);
  }
}

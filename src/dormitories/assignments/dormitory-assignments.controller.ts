import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { DORMITORY_READERS } from '../dormitory-scope';
import { DormitoryAssignmentsService } from './dormitory-assignments.service';
import { AssignmentPage, AssignmentQuery, AssignmentView, CreateAssignmentDto, MoveOutDto } from './dto/assignment.dto';

@ApiTags('dormitories')
@Controller('dormitory-assignments')
export class DormitoryAssignmentsController {
  constructor(private readonly assignments: DormitoryAssignmentsService) {}

  @Get()
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ type: AssignmentPage })
  list(@CurrentActor() actor: Actor, @Query() query: AssignmentQuery) {
    return this.assignments.list(actor, query);
  }

  @Post()
  @Roles('dormitory_manager')
  @ApiCreatedResponse({ type: AssignmentView })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'unit, user or agency not found' })
  @ApiConflictResponse({
    type: ErrorBody,
    description: 'the unit is occupied in that period (ex_dormitory_assignments_unit_period)',
  })
  @ApiUnprocessableEntityResponse({ type: ErrorBody })
  create(@CurrentActor() actor: Actor, @Body() input: CreateAssignmentDto) {
    return this.assignments.create(actor, input);
  }

  @Post(':id/move-out')
  @Roles('dormitory_manager')
  @ApiCreatedResponse({ type: AssignmentView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'stale version or already moved out' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: 'move-out before move-in' })
  moveOut(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: MoveOutDto) {
    return this.assignments.moveOut(actor, id, input);
  }
}

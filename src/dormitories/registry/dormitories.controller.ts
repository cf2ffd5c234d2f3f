import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
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
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ type: DormitoryPage, description: "a dormitory manager sees their own agency's dormitories" })
  list(@CurrentActor() actor: Actor, @Query() query: DormitoryQuery) {
    return this.dormitories.list(actor, query);
  }

  @Get(':id')
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ type: DormitoryDetailView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.dormitories.get(actor, id);
  }

  @Post()
  @Roles('dormitory_manager')
  @ApiCreatedResponse({ type: DormitoryDetailView })
  @ApiConflictResponse({ type: ErrorBody, description: 'the code is taken' })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: 'several units on a dormitory that is assigned as a whole',
  })
  create(@CurrentActor() actor: Actor, @Body() input: CreateDormitoryDto) {
    return this.dormitories.create(actor, input);
  }

  @Patch(':id')
  @Roles('dormitory_manager')
  @ApiOkResponse({ type: DormitoryDetailView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'stale version' })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: UpdateDormitoryDto) {
    return this.dormitories.update(actor, id, input);
  }

  @Post(':id/units')
  @Roles('dormitory_manager')
  @ApiCreatedResponse({ type: DormitoryUnitView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'the unit code is taken in this dormitory' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody })
  addUnit(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: UnitDto) {
    return this.dormitories.addUnit(actor, id, input);
  }

  @Post(':id/status')
  @Roles('dormitory_manager')
  @ApiCreatedResponse({
    type: DormitoryView,
    description: 'demolished / handed_over take the dormitory off the register on effectiveOn',
  })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'stale version' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: 'still occupied, or already removed' })
  changeStatus(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: ChangeDormitoryStatusDto,
  ) {
    return this.statuses.change(actor, id, input);
  }
}

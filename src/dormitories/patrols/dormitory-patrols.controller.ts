import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/errors/error-body';
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import { DORMITORY_READERS } from '../dormitory-scope';
import { DormitoryPatrolsService } from './dormitory-patrols.service';
import {
  AddFindingDto,
  CreatePatrolDto,
  PatrolDetailView,
  PatrolFindingView,
  PatrolPage,
  PatrolQuery,
  RepairDto,
} from './dto/patrol.dto';
import { FindingRepairsService } from './finding-repairs.service';

@ApiTags('dormitories')
@Controller('dormitory-patrols')
export class DormitoryPatrolsController {
  constructor(
    private readonly patrols: DormitoryPatrolsService,
    private readonly repairs: FindingRepairsService,
  ) {}

  @Get()
  @ApiOperation({ summary: '宿舍：列出巡查紀錄' })
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ type: PatrolPage })
  list(@CurrentActor() actor: Actor, @Query() query: PatrolQuery) {
    return this.patrols.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: '宿舍：查看巡查紀錄（含發現事項）' })
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ type: PatrolDetailView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.patrols.get(actor, id);
  }

  @Post()
  @ApiOperation({ summary: '宿舍：登錄巡查' })
  @Roles('dormitory_manager')
  @ApiCreatedResponse({ type: PatrolDetailView })
  @ApiNotFoundResponse({ type: ErrorBody })
  create(@CurrentActor() actor: Actor, @Body() input: CreatePatrolDto) {
    return this.patrols.create(actor, input);
  }

  @Post(':id/findings')
  @ApiOperation({
    summary: '宿舍：登錄巡查發現事項',
    description: '帶 `repair` 時在同一交易中開立維修案件：兩者一併儲存或都不儲存；工種不存在回 404。',
  })
  @Roles('dormitory_manager')
  @ApiCreatedResponse({
    type: PatrolFindingView,
    description: '帶 `repair` 時同時開立維修案件',
  })
  @ApiNotFoundResponse({ type: ErrorBody, description: '巡查或工種不存在' })
  addFinding(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: AddFindingDto) {
    return this.repairs.addFinding(actor, id, input);
  }

  @Post(':id/findings/:findingId/repair')
  @ApiOperation({
    summary: '宿舍：為發現事項開立維修案件',
    description: '已開立者回 409；維修案件與發現事項在同一交易中儲存。',
  })
  @Roles('dormitory_manager')
  @ApiCreatedResponse({ type: PatrolFindingView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: '已開立維修案件' })
  requestRepair(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('findingId', ParseUUIDPipe) findingId: string,
    @Body() input: RepairDto,
  ) {
    return this.repairs.requestRepair(actor, id, findingId, input);
  }
}

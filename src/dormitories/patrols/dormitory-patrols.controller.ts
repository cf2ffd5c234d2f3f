import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
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
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ type: PatrolPage })
  list(@CurrentActor() actor: Actor, @Query() query: PatrolQuery) {
    return this.patrols.list(actor, query);
  }

  @Get(':id')
  @Roles(...DORMITORY_READERS)
  @ApiOkResponse({ type: PatrolDetailView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.patrols.get(actor, id);
  }

  @Post()
  @Roles('dormitory_manager')
  @ApiCreatedResponse({ type: PatrolDetailView })
  @ApiNotFoundResponse({ type: ErrorBody })
  create(@CurrentActor() actor: Actor, @Body() input: CreatePatrolDto) {
    return this.patrols.create(actor, input);
  }

  @Post(':id/findings')
  @Roles('dormitory_manager')
  @ApiCreatedResponse({
    type: PatrolFindingView,
    description: 'with `repair`, the maintenance ticket is opened in the same step',
  })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'patrol or trade not found' })
  @ApiServiceUnavailableResponse({ type: ErrorBody, description: 'maintenance is not available; nothing was saved' })
  addFinding(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: AddFindingDto) {
    return this.repairs.addFinding(actor, id, input);
  }

  @Post(':id/findings/:findingId/repair')
  @Roles('dormitory_manager')
  @ApiCreatedResponse({ type: PatrolFindingView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'a repair ticket is already open for it' })
  @ApiServiceUnavailableResponse({ type: ErrorBody, description: 'maintenance is not available; nothing was saved' })
  requestRepair(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('findingId', ParseUUIDPipe) findingId: string,
    @Body() input: RepairDto,
  ) {
    return this.repairs.requestRepair(actor, id, findingId, input);
  }
}

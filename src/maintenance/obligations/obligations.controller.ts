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
import {
  CreateObligationDto,
  ObligationPage,
  ObligationQuery,
  ObligationView,
  UpdateObligationDto,
} from './dto/obligation.dto';
import { ObligationsService } from './obligations.service';

/** The register of statutory and recurring work. It is the office's own: coordinators keep it, report viewers read it. */
@ApiTags('maintenance obligations')
@Controller('maintenance/obligations')
export class ObligationsController {
  constructor(private readonly obligations: ObligationsService) {}

  @Post()
  @Roles('maintenance_coordinator')
  @ApiCreatedResponse({ type: ObligationView, description: 'also creates the first occurrence, due on nextDueDate' })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'unknown trade or location' })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: 'a floor or room as location, or otherKindName missing for kind other',
  })
  create(@CurrentActor() actor: Actor, @Body() input: CreateObligationDto) {
    return this.obligations.create(actor, input);
  }

  @Get()
  @Roles('maintenance_coordinator', 'report_viewer')
  @ApiOkResponse({
    type: ObligationPage,
    description: 'soonest next due date first; filter by center, building, kind and due window',
  })
  list(@Query() query: ObligationQuery) {
    return this.obligations.list(query);
  }

  @Get(':id')
  @Roles('maintenance_coordinator', 'report_viewer')
  @ApiOkResponse({ type: ObligationView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.obligations.get(id);
  }

  @Patch(':id')
  @Roles('maintenance_coordinator')
  @ApiOkResponse({ type: ObligationView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'stale version' })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: 'moving the due date after its work order was opened',
  })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: UpdateObligationDto) {
    return this.obligations.update(actor, id, input);
  }
}

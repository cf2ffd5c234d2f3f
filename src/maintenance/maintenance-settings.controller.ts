import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { AnyRole, CurrentActor, Roles } from '../auth/decorators';
import { ErrorBody } from '../common/errors/error-body';
import { SlaPolicyParams, SlaPolicyView, UpdateSlaPolicyDto } from './sla/dto/sla-policy.dto';
import { SlaPoliciesService } from './sla/sla-policies.service';
import { SetTechnicianTradesDto } from './tickets/dto/ticket-input.dto';
import { TechniciansService } from './tickets/technicians.service';

/** The office's maintenance settings: SLA targets and which technician works in which trade. */
@ApiTags('maintenance')
@Controller('maintenance')
export class MaintenanceSettingsController {
  constructor(
    private readonly policies: SlaPoliciesService,
    private readonly technicians: TechniciansService,
  ) {}

  @Get('sla-policies')
  @AnyRole()
  @ApiOkResponse({ type: [SlaPolicyView] })
  listPolicies() {
    return this.policies.list();
  }

  @Put('sla-policies/:tradeCode/:priority')
  @Roles('maintenance_coordinator')
  @ApiOkResponse({ type: SlaPolicyView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'stale version' })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: 'resolution target shorter than the response target',
  })
  updatePolicy(@CurrentActor() actor: Actor, @Param() params: SlaPolicyParams, @Body() input: UpdateSlaPolicyDto) {
    const { version, ...targets } = input;
    return this.policies.update(actor, params.tradeCode, params.priority, version, targets);
  }

  @Get('technicians/:userId/trades')
  @Roles('maintenance_coordinator', 'technician')
  @ApiOkResponse({ type: [String], description: "coordinators read anyone's trades; a technician only their own" })
  @ApiNotFoundResponse({ type: ErrorBody })
  trades(@CurrentActor() actor: Actor, @Param('userId', ParseUUIDPipe) userId: string) {
    return this.technicians.visibleTradesOf(actor, userId);
  }

  @Put('technicians/:userId/trades')
  @Roles('maintenance_coordinator')
  @ApiOkResponse({ type: [String] })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'unknown trade' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: 'unknown user' })
  setTrades(
    @CurrentActor() actor: Actor,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() input: SetTechnicianTradesDto,
  ) {
    return this.technicians.setTrades(actor, userId, input.tradeCodes);
  }
}

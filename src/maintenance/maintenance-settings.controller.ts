import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ErrorBody } from '../common/errors/error-body';
import { Actor } from '../identity/actor';
import { AnyRole, CurrentActor, Roles } from '../identity/decorators';
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
  @ApiOperation({
    summary: '報修：列出 SLA 目標',
    description: '每個工種與優先等級的回應時限與完工時限（以上班時間計）。',
  })
  @AnyRole()
  @ApiOkResponse({ type: [SlaPolicyView] })
  listPolicies() {
    return this.policies.list();
  }

  @Put('sla-policies/:tradeCode/:priority')
  @ApiOperation({ summary: '報修：修改 SLA 目標', description: '完工時限不可短於回應時限（422）；需帶回 `version`。' })
  @Roles('maintenance_coordinator')
  @ApiOkResponse({ type: SlaPolicyView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: '資料已被他人修改（`<資料>.stale_version`），請重新讀取後再試' })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: '完工時限短於回應時限',
  })
  updatePolicy(@CurrentActor() actor: Actor, @Param() params: SlaPolicyParams, @Body() input: UpdateSlaPolicyDto) {
    const { version, ...targets } = input;
    return this.policies.update(actor, params.tradeCode, params.priority, version, targets);
  }

  @Get('technicians/:userId/trades')
  @ApiOperation({ summary: '報修：查看技術員負責的工種' })
  @Roles('maintenance_coordinator', 'technician')
  @ApiOkResponse({ type: [String], description: "coordinators read anyone's trades; a technician only their own" })
  @ApiNotFoundResponse({ type: ErrorBody })
  trades(@CurrentActor() actor: Actor, @Param('userId', ParseUUIDPipe) userId: string) {
    return this.technicians.visibleTradesOf(actor, userId);
  }

  @Put('technicians/:userId/trades')
  @ApiOperation({
    summary: '報修：設定技術員負責的工種',
    description: '以新清單整批取代；工種不存在回 404，使用者不存在或不是技術員回 422。',
  })
  @Roles('maintenance_coordinator')
  @ApiOkResponse({ type: [String] })
  @ApiNotFoundResponse({ type: ErrorBody, description: '工種不存在' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: '使用者不存在或不是技術員' })
  setTrades(
    @CurrentActor() actor: Actor,
    @Param('userId', ParseUUIDPipe) userId: string,
    @Body() input: SetTechnicianTradesDto,
  ) {
    return this.technicians.setTrades(actor, userId, input.tradeCodes);
  }
}

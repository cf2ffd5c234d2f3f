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
import { Actor } from '../../identity/actor';
import { CurrentActor, Roles } from '../../identity/decorators';
import {
  CreateUnavailabilityDto,
  CreateVehicleDto,
  UnavailabilityView,
  UpdateVehicleDto,
  VehiclePage,
  VehicleQuery,
  VehicleView,
} from './dto/vehicle.dto';
import { VehiclesService } from './vehicles.service';

@ApiTags('fleet')
@Controller('fleet/vehicles')
export class VehiclesController {
  constructor(private readonly vehicles: VehiclesService) {}

  @Get()
  @ApiOperation({ summary: '車輛：列出公務車' })
  @Roles('dispatcher', 'driver', 'report_viewer')
  @ApiOkResponse({ type: VehiclePage })
  list(@Query() query: VehicleQuery) {
    return this.vehicles.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: '車輛：查看公務車' })
  @Roles('dispatcher', 'driver', 'report_viewer')
  @ApiOkResponse({ type: VehicleView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.vehicles.get(id);
  }

  @Post()
  @ApiOperation({
    summary: '車輛：登錄公務車',
    description: '車牌已登錄回 409 `fleet.plate_taken`（欄位 `plate`）；車牌格式依監理機關編碼規則檢查。',
  })
  @Roles('dispatcher')
  @ApiCreatedResponse({ type: VehicleView })
  @ApiConflictResponse({ type: ErrorBody, description: '此車牌已登錄（`fleet.plate_taken`）' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody })
  create(@CurrentActor() actor: Actor, @Body() input: CreateVehicleDto) {
    return this.vehicles.create(actor, input);
  }

  @Patch(':id')
  @ApiOperation({
    summary: '車輛：修改公務車（保險、檢驗、狀態）',
    description: '需帶回 `version`；車牌重複回 409 `fleet.plate_taken`。',
  })
  @Roles('dispatcher')
  @ApiOkResponse({ type: VehicleView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: '資料已被他人修改，或車牌已被使用' })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: UpdateVehicleDto) {
    return this.vehicles.update(actor, id, input);
  }

  @Get(':id/unavailabilities')
  @ApiOperation({ summary: '車輛：列出停用時段' })
  @Roles('dispatcher')
  @ApiOkResponse({ type: [UnavailabilityView] })
  listUnavailabilities(@Param('id', ParseUUIDPipe) id: string) {
    return this.vehicles.listUnavailabilities(id);
  }

  @Post(':id/unavailabilities')
  @ApiOperation({
    summary: '車輛：登錄停用時段（保養、送修）',
    description: '該時段已有車次回 409 `fleet.double_booked`，並列出衝突的申請。',
  })
  @Roles('dispatcher')
  @ApiCreatedResponse({ type: UnavailabilityView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({
    type: ErrorBody,
    description: '該時段已有車次（`fleet.double_booked`），並列出衝突的申請',
  })
  addUnavailability(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: CreateUnavailabilityDto,
  ) {
    return this.vehicles.addUnavailability(actor, id, input);
  }
}

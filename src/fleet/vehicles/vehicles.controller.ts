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
  @Roles('dispatcher', 'driver', 'report_viewer')
  @ApiOkResponse({ type: VehiclePage })
  list(@Query() query: VehicleQuery) {
    return this.vehicles.list(query);
  }

  @Get(':id')
  @Roles('dispatcher', 'driver', 'report_viewer')
  @ApiOkResponse({ type: VehicleView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.vehicles.get(id);
  }

  @Post()
  @Roles('dispatcher')
  @ApiCreatedResponse({ type: VehicleView })
  @ApiConflictResponse({ type: ErrorBody, description: 'the plate is registered already' })
  @ApiUnprocessableEntityResponse({ type: ErrorBody })
  create(@CurrentActor() actor: Actor, @Body() input: CreateVehicleDto) {
    return this.vehicles.create(actor, input);
  }

  @Patch(':id')
  @Roles('dispatcher')
  @ApiOkResponse({ type: VehicleView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'stale version or plate taken' })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: UpdateVehicleDto) {
    return this.vehicles.update(actor, id, input);
  }

  @Get(':id/unavailabilities')
  @Roles('dispatcher')
  @ApiOkResponse({ type: [UnavailabilityView] })
  listUnavailabilities(@Param('id', ParseUUIDPipe) id: string) {
    return this.vehicles.listUnavailabilities(id);
  }

  @Post(':id/unavailabilities')
  @Roles('dispatcher')
  @ApiCreatedResponse({ type: UnavailabilityView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({
    type: ErrorBody,
    description: 'a trip holds the vehicle in that window; the bookings are named',
  })
  addUnavailability(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() input: CreateUnavailabilityDto,
  ) {
    return this.vehicles.addUnavailability(actor, id, input);
  }
}

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
import { DriversService } from './drivers.service';
import { CreateDriverDto, DriverPage, DriverQuery, DriverView, UpdateDriverDto } from './dto/driver.dto';

@ApiTags('fleet')
@Controller('fleet/drivers')
export class DriversController {
  constructor(private readonly drivers: DriversService) {}

  @Get()
  @Roles('dispatcher')
  @ApiOkResponse({ type: DriverPage })
  list(@Query() query: DriverQuery) {
    return this.drivers.list(query);
  }

  @Get(':id')
  @Roles('dispatcher')
  @ApiOkResponse({ type: DriverView })
  @ApiNotFoundResponse({ type: ErrorBody })
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.drivers.get(id);
  }

  @Post()
  @Roles('dispatcher')
  @ApiCreatedResponse({ type: DriverView })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: 'the user does not hold the driver role' })
  @ApiConflictResponse({ type: ErrorBody, description: 'the user has a profile already' })
  create(@CurrentActor() actor: Actor, @Body() input: CreateDriverDto) {
    return this.drivers.create(actor, input);
  }

  @Patch(':id')
  @Roles('dispatcher')
  @ApiOkResponse({ type: DriverView })
  @ApiNotFoundResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'stale version' })
  update(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() input: UpdateDriverDto) {
    return this.drivers.update(actor, id, input);
  }
}
